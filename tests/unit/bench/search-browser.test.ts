import { describe, expect, it } from "vitest";
import {
  percentile,
  poolMeasurements,
  type SearchMeasurement,
} from "../../../bench/search-browser.ts";

function pass(overrides: Partial<SearchMeasurement>): SearchMeasurement {
  return {
    firstResultsMs: 100,
    firstQueryGzipBytes: 1000,
    firstQueryBytes: 3000,
    firstQueryRequests: ["a.json"],
    scriptBeforeSearchGzipBytes: 4000,
    keystrokes: [],
    slowest: [],
    longestTaskMs: 0,
    longTasks: 0,
    found: { diffusion: 6 },
    ...overrides,
  };
}

describe("poolMeasurements", () => {
  it("judges every pass's keystrokes together, the slowest and longest of any pass, the median first results", () => {
    const pooled = poolMeasurements([
      pass({
        firstResultsMs: 180,
        keystrokes: [10, 60],
        slowest: [
          { query: "tr", ms: 60 },
          { query: "tra", ms: 10 },
        ],
        longestTaskMs: 0,
      }),
      pass({
        firstResultsMs: 120,
        keystrokes: [20, 30],
        slowest: [
          { query: "di", ms: 30 },
          { query: "dif", ms: 20 },
        ],
        longestTaskMs: 55,
        longTasks: 1,
      }),
      pass({
        firstResultsMs: 140,
        keystrokes: [40, 50],
        slowest: [
          { query: "at", ms: 50 },
          { query: "att", ms: 40 },
        ],
        firstQueryGzipBytes: 9999,
      }),
    ]);
    expect(pooled.keystrokes).toEqual([10, 60, 20, 30, 40, 50]);
    expect(percentile(pooled.keystrokes, 0.5)).toBe(30);
    expect(pooled.slowest).toEqual([
      { query: "tr", ms: 60 },
      { query: "at", ms: 50 },
    ]);
    expect(pooled.firstResultsMs).toBe(140);
    expect(pooled.longestTaskMs).toBe(55);
    expect(pooled.longTasks).toBe(1);
    expect(pooled.firstQueryGzipBytes).toBe(1000);
    expect(pooled.found).toEqual({ diffusion: 6 });
  });

  it("gives one pass as it is", () => {
    const one = pass({ keystrokes: [5, 7], slowest: [{ query: "x", ms: 7 }] });
    expect(poolMeasurements([one])).toEqual(one);
  });

  it("refuses no pass at all", () => {
    expect(() => poolMeasurements([])).toThrow(RangeError);
  });
});

describe("percentile", () => {
  it.each([
    [[], 0.5, Number.NaN],
    [[3], 0.95, 3],
    [[5, 1, 4, 2, 3], 0.5, 3],
    [[5, 1, 4, 2, 3], 0.95, 5],
    [Array.from({ length: 20 }, (_, index) => index + 1), 0.95, 19],
  ])("of %j at %d is %d (nearest rank)", (values, share, expected) => {
    expect(percentile(values, share)).toBe(expected);
  });
});
