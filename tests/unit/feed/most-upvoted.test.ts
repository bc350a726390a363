import { describe, expect, it } from "vitest";
import { groupByDay, type FeedItem } from "../../../src/lib/feed/grouping.ts";
import { hasUpvotes, mostUpvoted } from "../../../src/lib/feed/most-upvoted.ts";

const paper = (id: string, day: string, upvotes?: number): FeedItem => ({
  id,
  day,
  title: `Paper ${id}`,
  upvotes,
});

/** The papers in feed order, as the period pages receive them. */
const feedOrder = (items: FeedItem[]) => groupByDay(items).flatMap((day) => day.items);

describe("mostUpvoted", () => {
  it.each([
    {
      name: "orders by upvotes, most first, across days",
      papers: [
        paper("a", "2025-07-31", 3),
        paper("b", "2025-07-28", 40),
        paper("c", "2025-07-30", 7),
      ],
      expected: ["b", "c", "a"],
    },
    {
      name: "breaks ties by the feed's order: the newer day first",
      papers: [paper("old", "2025-07-28", 5), paper("new", "2025-07-31", 5)],
      expected: ["new", "old"],
    },
    {
      name: "breaks ties within a day by the day's order (title, then id)",
      papers: [
        paper("b", "2025-07-31", 2),
        paper("a", "2025-07-31", 2),
        paper("z", "2025-07-30", 9),
      ],
      expected: ["z", "a", "b"],
    },
    {
      name: "counts a paper without upvotes as 0",
      papers: [
        paper("none", "2025-07-31"),
        paper("zero", "2025-07-30", 0),
        paper("one", "2025-07-28", 1),
      ],
      expected: ["one", "none", "zero"],
    },
    { name: "leaves an empty list empty", papers: [], expected: [] },
  ])("$name", ({ papers, expected }) => {
    expect(mostUpvoted(feedOrder(papers)).map((item) => item.id)).toEqual(expected);
  });

  it("leaves its input as it was", () => {
    const papers = feedOrder([paper("a", "2025-07-31", 1), paper("b", "2025-07-30", 2)]);
    mostUpvoted(papers);
    expect(papers.map((item) => item.id)).toEqual(["a", "b"]);
  });
});

describe("hasUpvotes", () => {
  it.each([
    { name: "no papers", papers: [], expected: false },
    { name: "papers without upvotes", papers: [paper("a", "2025-07-31")], expected: false },
    { name: "papers with 0 upvotes", papers: [paper("a", "2025-07-31", 0)], expected: false },
    {
      name: "one upvoted paper among others",
      papers: [paper("a", "2025-07-31"), paper("b", "2025-07-30", 1)],
      expected: true,
    },
  ])("$name: $expected", ({ papers, expected }) => {
    expect(hasUpvotes(papers)).toBe(expected);
  });
});
