import { describe, expect, it } from "vitest";
import { bestRanked, outranks, type RankedPaper } from "../../../../src/search/core/ranking.ts";

describe("outranks", () => {
  it("puts the higher score first and, between equal scores, the newer paper", () => {
    expect(outranks({ doc: 9, score: 2 }, { doc: 1, score: 1 })).toBe(true);
    expect(outranks({ doc: 1, score: 1 }, { doc: 9, score: 1 })).toBe(true);
    expect(outranks({ doc: 9, score: 1 }, { doc: 1, score: 1 })).toBe(false);
    expect(outranks({ doc: 1, score: 1 }, { doc: 1, score: 1 })).toBe(false);
  });
});

describe("bestRanked", () => {
  // Few distinct scores, so that ties decide much of the order.
  const papers: RankedPaper[] = Array.from({ length: 500 }, (_, index) => ({
    doc: (index * 7919) % 500,
    score: (index * 31) % 5,
  }));
  const sorted = [...papers].sort((a, b) => b.score - a.score || a.doc - b.doc);

  it("keeps the best few, in the order a full sort gives, few or many", () => {
    for (const count of [1, 6, 20, 62, 63, 100, 499, 500, 600]) {
      expect(bestRanked(papers, count), String(count)).toEqual(sorted.slice(0, count));
    }
  });

  it("returns nothing for no papers or a count of zero, and leaves its input alone", () => {
    const before = [...papers];
    expect(bestRanked(papers, 0)).toEqual([]);
    expect(bestRanked([], 5)).toEqual([]);
    bestRanked(papers, 600);
    expect(papers).toEqual(before);
  });
});
