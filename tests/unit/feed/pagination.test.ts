import { describe, expect, it } from "vitest";
import {
  pagedTitle,
  pageOfPages,
  pageSlices,
  pageWindow,
} from "../../../src/lib/feed/pagination.ts";

describe("pageSlices", () => {
  it("splits a list into full pages and a last, shorter one, in order", () => {
    expect(pageSlices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pageSlices([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("gives an empty list one empty page, so its page still exists", () => {
    expect(pageSlices([], 20)).toEqual([[]]);
  });

  it("refuses a page size that is not a whole number of 1 or more", () => {
    expect(() => pageSlices([1], 0)).toThrow(/whole number of items, 1 or more, not 0/);
    expect(() => pageSlices([1], 1.5)).toThrow(RangeError);
  });
});

describe("pageWindow", () => {
  it("shows every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows the first, the last and the current page's neighbours of a long list, with gaps", () => {
    expect(pageWindow(1, 250)).toEqual([1, 2, 3, undefined, 250]);
    expect(pageWindow(100, 250)).toEqual([1, undefined, 98, 99, 100, 101, 102, undefined, 250]);
    expect(pageWindow(250, 250)).toEqual([1, undefined, 248, 249, 250]);
  });

  it("shows a single hidden page instead of a gap standing for it", () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, undefined, 10]);
    expect(pageWindow(7, 10)).toEqual([1, undefined, 5, 6, 7, 8, 9, 10]);
  });

  it("keeps the bar the same length wherever the current page is in a long list", () => {
    const lengths = Array.from({ length: 250 }, (_, index) => pageWindow(index + 1, 250).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(9);
  });
});

describe("pagedTitle", () => {
  it.each([
    ["Tag: robotics", 1, "Tag: robotics"],
    ["Tag: robotics", 2, "Tag: robotics, page 2"],
    ["Week 31, 2025", 12, "Week 31, 2025, page 12"],
  ])("titles %s on page %i as %j", (heading, pageNumber, title) => {
    expect(pagedTitle(heading, pageNumber)).toBe(title);
  });
});

describe("pageOfPages", () => {
  it.each([
    [1, 1, ""],
    [1, 3, ", page 1 of 3"],
    [3, 3, ", page 3 of 3"],
  ])("says page %i of %i as %j", (pageNumber, pageCount, text) => {
    expect(pageOfPages(pageNumber, pageCount)).toBe(text);
  });
});
