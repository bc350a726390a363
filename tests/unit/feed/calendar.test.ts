import { describe, expect, it } from "vitest";
import {
  archiveYears,
  monthCalendar,
  shadeLevel,
  yearMonthTotals,
  type ArchiveYear,
} from "../../../src/lib/feed/calendar.ts";

describe("shadeLevel", () => {
  it("is 0 for a day without papers", () => {
    expect(shadeLevel(0, 10)).toBe(0);
  });

  it("grows with the count, up to 4 on the busiest day", () => {
    expect([1, 3, 5, 8, 10].map((count) => shadeLevel(count, 10))).toEqual([1, 2, 2, 4, 4]);
  });

  it("gives any day with papers at least level 1", () => {
    expect(shadeLevel(1, 5000)).toBe(1);
  });
});

describe("monthCalendar", () => {
  const counts = new Map([
    ["2025-07-31", 67],
    ["2025-07-28", 2],
  ]);
  const weeks = monthCalendar("2025-07", counts, 67);

  it("lays a month out in Monday-first weeks of seven cells", () => {
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    // July 1st 2025 is a Tuesday.
    expect(weeks[0]?.[0]).toBeNull();
    expect(weeks[0]?.[1]?.day).toBe("2025-07-01");
    expect(weeks[4]?.[3]?.day).toBe("2025-07-31");
    expect(weeks[4]?.slice(4)).toEqual([null, null, null]);
  });

  it("gives every day its count and shade", () => {
    const cells = weeks.flat().filter((cell) => cell !== null);
    expect(cells).toHaveLength(31);
    expect(cells.find((cell) => cell.day === "2025-07-31")).toEqual({
      day: "2025-07-31",
      count: 67,
      level: 4,
    });
    expect(cells.find((cell) => cell.day === "2025-07-28")?.level).toBe(1);
    expect(cells.find((cell) => cell.day === "2025-07-02")).toEqual({
      day: "2025-07-02",
      count: 0,
      level: 0,
    });
  });

  it("handles a month that starts on a Monday and a leap February", () => {
    const february = monthCalendar("2027-02", new Map(), 0);
    expect(february).toHaveLength(4);
    expect(february[0]?.[0]?.day).toBe("2027-02-01");
    const leap = monthCalendar("2024-02", new Map(), 0).flat();
    expect(leap.filter((cell) => cell !== null)).toHaveLength(29);
  });
});

describe("archiveYears", () => {
  const counts = new Map([
    ["2024-11-05", 1],
    ["2024-12-02", 2],
    ["2024-12-20", 1],
    ["2025-01-10", 1],
    ["2025-07-28", 2],
    ["2025-07-31", 4],
  ]);
  const years = archiveYears(counts);

  it("groups days into years and months, newest first, with their totals", () => {
    expect(years.map(({ year, total }) => ({ year, total }))).toEqual([
      { year: "2025", total: 7 },
      { year: "2024", total: 4 },
    ]);
    expect(years[0]?.months.map(({ month, total }) => [month, total])).toEqual([
      ["2025-07", 6],
      ["2025-01", 1],
    ]);
    expect(years[1]?.months.map(({ month, total }) => [month, total])).toEqual([
      ["2024-12", 3],
      ["2024-11", 1],
    ]);
  });

  it("shades every month against the busiest day of the whole collection", () => {
    const december = years[1]?.months[0]?.weeks.flat();
    // December's busiest day has 2 papers, the collection's 4: half as dark as July 31.
    expect(december?.find((cell) => cell?.day === "2024-12-02")?.level).toBe(2);
    const july = years[0]?.months[0]?.weeks.flat();
    expect(july?.find((cell) => cell?.day === "2025-07-31")?.level).toBe(4);
  });

  it("has no years when there are no papers", () => {
    expect(archiveYears(new Map())).toEqual([]);
  });
});

describe("yearMonthTotals", () => {
  it("lists all twelve months of a year, January first, with 0 for those without papers", () => {
    const [year] = archiveYears(
      new Map([
        ["2025-07-31", 4],
        ["2025-01-10", 1],
      ]),
    );
    const totals = yearMonthTotals(year as ArchiveYear);
    expect(totals).toHaveLength(12);
    expect(totals[0]).toEqual({ month: "2025-01", total: 1 });
    expect(totals[6]).toEqual({ month: "2025-07", total: 4 });
    expect(totals.filter(({ total }) => total === 0)).toHaveLength(10);
  });
});
