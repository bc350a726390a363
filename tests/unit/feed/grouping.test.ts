import { describe, expect, it } from "vitest";
import {
  compareWithinDay,
  groupByDay,
  periods,
  splitByDay,
  type FeedItem,
} from "../../../src/lib/feed/grouping.ts";

const item = (day: string, title: string, upvotes?: number, id = `${day}-${title}`): FeedItem =>
  upvotes === undefined ? { id, day, title } : { id, day, title, upvotes };

describe("compareWithinDay", () => {
  it("puts more upvotes first, then orders by title", () => {
    const items = [
      item("2025-07-31", "Beta", 3),
      item("2025-07-31", "Alpha"),
      item("2025-07-31", "Gamma", 30),
      item("2025-07-31", "Alpha", 3),
    ];
    expect(
      items.sort(compareWithinDay).map((paper) => `${paper.title}:${paper.upvotes ?? 0}`),
    ).toEqual(["Gamma:30", "Alpha:3", "Beta:3", "Alpha:0"]);
  });

  it("orders papers alike in upvotes and title by id, whatever order they come in", () => {
    const twins = [item("2025-07-31", "Same", 2, "b"), item("2025-07-31", "Same", 2, "a")];
    expect([...twins].sort(compareWithinDay).map((paper) => paper.id)).toEqual(["a", "b"]);
    expect(
      [...twins]
        .reverse()
        .sort(compareWithinDay)
        .map((paper) => paper.id),
    ).toEqual(["a", "b"]);
  });
});

describe("groupByDay", () => {
  it("groups by day, newest day first, each day in feed order", () => {
    const grouped = groupByDay([
      item("2025-07-28", "B"),
      item("2025-07-31", "Z", 1),
      item("2025-07-28", "A"),
      item("2025-07-31", "Y", 5),
    ]);
    expect(grouped.map(({ day, items }) => [day, items.map((paper) => paper.title)])).toEqual([
      ["2025-07-31", ["Y", "Z"]],
      ["2025-07-28", ["A", "B"]],
    ]);
  });

  it("returns nothing for no papers", () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe("splitByDay", () => {
  it("gives the days of papers in feed order as groupByDay does", () => {
    const unordered = [
      item("2025-07-28", "B"),
      item("2025-07-31", "Z", 1),
      item("2025-07-30", "C"),
      item("2025-07-28", "A"),
      item("2025-07-31", "Y", 5),
    ];
    const grouped = groupByDay(unordered);
    expect(splitByDay(grouped.flatMap((day) => day.items))).toEqual(grouped);
  });

  it("keeps the order it is given, without sorting again", () => {
    const split = splitByDay([
      item("2025-07-31", "Z", 1),
      item("2025-07-31", "Y", 5),
      item("2025-07-28", "A"),
    ]);
    expect(split.map(({ day, items }) => [day, items.map((paper) => paper.title)])).toEqual([
      ["2025-07-31", ["Z", "Y"]],
      ["2025-07-28", ["A"]],
    ]);
    expect(splitByDay([])).toEqual([]);
  });
});

describe("periods", () => {
  const items = [
    item("2024-12-27", "W52"),
    item("2024-12-30", "W01 Monday"),
    item("2025-01-02", "W01 Thursday"),
    item("2025-07-28", "W31 Monday"),
    item("2025-08-01", "W31 Friday"),
  ];

  it("groups days by ISO week across year boundaries and links neighbours, skipping empty weeks", () => {
    const weeks = periods(items, "week");
    expect(
      weeks.map((week) => [week.key, week.days.map(({ day }) => day), week.older, week.newer]),
    ).toEqual([
      ["2025-W31", ["2025-08-01", "2025-07-28"], "2025-W01", undefined],
      ["2025-W01", ["2025-01-02", "2024-12-30"], "2024-W52", "2025-W31"],
      ["2024-W52", ["2024-12-27"], undefined, "2025-W01"],
    ]);
  });

  it("groups by month", () => {
    expect(periods(items, "month").map((month) => [month.key, month.older, month.newer])).toEqual([
      ["2025-08", "2025-07", undefined],
      ["2025-07", "2025-01", "2025-08"],
      ["2025-01", "2024-12", "2025-07"],
      ["2024-12", undefined, "2025-01"],
    ]);
  });

  it("makes one period per day with papers", () => {
    const days = periods(items, "day");
    expect(days.map((day) => day.key)).toEqual([
      "2025-08-01",
      "2025-07-28",
      "2025-01-02",
      "2024-12-30",
      "2024-12-27",
    ]);
    expect(days[1]?.older).toBe("2025-01-02");
    expect(days[1]?.newer).toBe("2025-08-01");
  });
});
