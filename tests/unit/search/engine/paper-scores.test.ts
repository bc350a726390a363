import { describe, expect, it } from "vitest";
import {
  emptyScores,
  matchEvery,
  raiseScore,
  wordScores,
} from "../../../../src/search/engine/paper-scores.ts";
import type { Postings } from "../../../../src/search/engine/postings.ts";

const scoresOf = (paperCount: number, entries: [doc: number, score: number][]) => {
  const scores = emptyScores(paperCount);
  for (const [doc, score] of entries) raiseScore(scores, doc, score);
  return scores;
};

describe("raiseScore", () => {
  it("keeps each paper's best score, and lists each paper once", () => {
    const scores = scoresOf(5, [
      [3, 2],
      [1, 4],
      [3, 5],
      [3, 1],
    ]);
    expect([...scores.best]).toEqual([0, 4, 0, 5, 0]);
    expect(scores.docs).toEqual([3, 1]);
  });
});

describe("wordScores", () => {
  it("scores each paper by its best matched term: its bonus plus its weight times its stored score", () => {
    const postings: Record<number, Postings> = {
      7: { docs: Int32Array.from([0, 2]), scores: Uint8Array.from([10, 4]) },
      8: { docs: Int32Array.from([2, 3]), scores: Uint8Array.from([10, 1]) },
    };
    const scores = wordScores(
      [
        { index: 7, quality: 1, asTyped: false },
        { index: 8, quality: 0.5, asTyped: true },
      ],
      4,
      (index) => postings[index] as Postings,
      ({ quality, asTyped }) => ({ bonus: asTyped ? 100 : 0, weight: quality * 2 }),
    );
    expect([...scores.best]).toEqual([20, 0, 110, 101]);
    expect(scores.docs.sort()).toEqual([0, 2, 3]);
  });
});

describe("matchEvery", () => {
  const first = scoresOf(6, [
    [0, 1],
    [1, 2],
    [2, 3],
    [4, 1],
  ]);
  const second = scoresOf(6, [
    [1, 10],
    [2, 20],
    [5, 5],
  ]);

  it("keeps the papers every group matched, scored by the sum, whichever group is smaller", () => {
    const expected = [
      { doc: 1, score: 12 },
      { doc: 2, score: 23 },
    ];
    const byDoc = (ranked: { doc: number }[]) => [...ranked].sort((a, b) => a.doc - b.doc);
    expect(byDoc(matchEvery([first, second], () => true))).toEqual(expected);
    expect(byDoc(matchEvery([second, first], () => true))).toEqual(expected);
    expect(byDoc(matchEvery([first], () => true)).map(({ doc }) => doc)).toEqual([0, 1, 2, 4]);
  });

  it("drops the papers the filter refuses, and finds nothing without groups", () => {
    expect(matchEvery([first, second], (doc) => doc !== 2)).toEqual([{ doc: 1, score: 12 }]);
    expect(matchEvery([], () => true)).toEqual([]);
  });
});
