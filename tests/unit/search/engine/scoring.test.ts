import { describe, expect, it } from "vitest";
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
  const scoring = createScoring(100, (index) => [1, 50][index] ?? 1);

  it("weighs a matched term by the match's quality and the term's rarity", () => {
    expect(scoring.termWeight({ index: 0, quality: 1 })).toBeCloseTo(idf(100, 1));
    expect(scoring.termWeight({ index: 1, quality: 0.5 })).toBeCloseTo(0.5 * idf(100, 50));
  });

  it("weighs a phrase's terms above the same terms found apart", () => {
    for (const index of [0, 1]) {
      expect(scoring.phraseWeight(index)).toBeGreaterThan(
        scoring.termWeight({ index, quality: 1 }),
      );
    }
  });
});
