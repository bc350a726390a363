import { describe, expect, it } from "vitest";
import { MAX_STORED_SCORE } from "../../../../src/search/core/index-format.ts";
import { createScoring, idf } from "../../../../src/search/engine/scoring.ts";

describe("idf", () => {
  it("is higher for rarer terms, and never 0", () => {
    expect(idf(100, 1)).toBeCloseTo(Math.log(101));
    expect(idf(100, 10)).toBeGreaterThan(idf(100, 50));
    expect(idf(100, 100)).toBeCloseTo(Math.log(2));
  });
});

describe("createScoring", () => {
  // Term 0 is in one paper of 100, term 1 in 50.
  const documentFrequency = (index: number) => [1, 50][index] ?? 1;
  const scoring = createScoring(100, documentFrequency, { words: 2, phraseTerms: 0 });
  const term = (index: number, quality: number, asTyped = false) => ({ index, quality, asTyped });

  it("weighs a matched term by the match's quality and the term's rarity", () => {
    expect(scoring.termWeight(term(0, 1)).weight).toBeCloseTo(idf(100, 1));
    expect(scoring.termWeight(term(1, 0.5)).weight).toBeCloseTo(0.5 * idf(100, 50));
    expect(scoring.termWeight(term(1, 0.5)).bonus).toBe(0);
  });

  it("weighs a phrase's terms above the same terms found apart", () => {
    for (const index of [0, 1]) {
      expect(scoring.phraseWeight(index)).toBeGreaterThan(
        scoring.termWeight(term(index, 1)).weight,
      );
    }
  });

  it("gives a word as typed a bonus above the most every other match of the query adds", () => {
    for (const shape of [
      { words: 1, phraseTerms: 0 },
      { words: 3, phraseTerms: 0 },
      { words: 1, phraseTerms: 4 },
    ]) {
      const query = createScoring(100, documentFrequency, shape);
      const { bonus } = query.termWeight(term(1, 1, true));
      // Every word matched by its rarest term at the top score, every phrase term likewise.
      const most =
        shape.words * query.termWeight(term(0, 1)).weight * MAX_STORED_SCORE +
        shape.phraseTerms * query.phraseWeight(0) * MAX_STORED_SCORE;
      expect(bonus, JSON.stringify(shape)).toBeGreaterThan(most);
    }
  });
});
