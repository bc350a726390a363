import { describe, expect, it } from "vitest";
import {
  indexOfSorted,
  lowerBound,
  upperBound,
} from "../../../../src/search/core/binary-search.ts";

describe("lowerBound", () => {
  it("finds where a value would be inserted in a sorted list", () => {
    expect(lowerBound(["a", "c", "e"], "c")).toBe(1);
    expect(lowerBound(["a", "c", "e"], "d")).toBe(2);
    expect(lowerBound(["a", "c", "e"], "z")).toBe(3);
  });

  it("finds the first of equal values, and 0 in an empty list", () => {
    expect(lowerBound([1, 2, 2, 2, 3], 2)).toBe(1);
    expect(lowerBound([], 5)).toBe(0);
  });
});

describe("upperBound", () => {
  it("finds the place after the last value not above the one sought", () => {
    expect(upperBound([1, 2, 2, 2, 3], 2)).toBe(4);
    expect(upperBound([0, 10, 20], 15)).toBe(2);
    expect(upperBound([0, 10, 20], -1)).toBe(0);
    expect(upperBound([0, 10, 20], 20)).toBe(3);
  });
});

describe("indexOfSorted", () => {
  it("finds a value's place in a sorted array, or -1", () => {
    const sorted = Int32Array.from([2, 3, 5, 8, 13]);
    sorted.forEach((value, index) => expect(indexOfSorted(sorted, value)).toBe(index));
    for (const missing of [0, 4, 9, 14]) expect(indexOfSorted(sorted, missing)).toBe(-1);
    expect(indexOfSorted([], 1)).toBe(-1);
  });
});
