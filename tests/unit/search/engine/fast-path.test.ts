import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_SETTINGS } from "../../../../src/search/core/match-settings.ts";
import { foreseePage, knownTotal } from "../../../../src/search/engine/fast-path.ts";
import type { Expansion } from "../../../../src/search/engine/expand.ts";
import type { LoadedPart } from "../../../../src/search/engine/vocabulary.ts";

// Terms 0 and 1 with their best papers as `[paper, score, …]`, best first, two listed per term.
const TOP: Record<number, number[]> = { 0: [4, 40, 2, 10], 1: [2, 30, 9, 30] };
const topAt = (index: number) => TOP[index];
const weight = ({ quality }: Expansion) => quality;

describe("foreseePage", () => {
  it("ranks the listed papers of a word's terms by their best weighted score, ties to the newer", () => {
    const expansions = [
      { index: 0, quality: 1 },
      { index: 1, quality: 0.5 },
    ];
    expect(foreseePage(expansions, 2, 2, topAt, weight)).toEqual([
      { doc: 4, score: 40 },
      { doc: 2, score: 15 },
    ]);
  });

  it("cannot foresee more papers than each term lists, or a term whose part is not loaded", () => {
    expect(foreseePage([{ index: 0, quality: 1 }], 3, 2, topAt, weight)).toBeUndefined();
    expect(foreseePage([{ index: 5, quality: 1 }], 1, 2, topAt, weight)).toBeUndefined();
  });
});

describe("knownTotal", () => {
  const part: LoadedPart = {
    start: 0,
    terms: ["tr", "train", "transformer"],
    df: [1, 7, 9],
    top: [[], [], []],
    prefixTotals: { tr: 12 },
  };
  const vocabulary = { dfAt: (index: number) => part.df[index] ?? 1, partAt: () => part };
  const word = (term: string, prefix: boolean) => ({ term, prefix, exact: false });
  const two = [
    { index: 1, quality: 0.8 },
    { index: 2, quality: 0.7 },
  ];
  const minFuzzy = DEFAULT_MATCH_SETTINGS.minFuzzyLength;

  it("is a single term's document frequency", () => {
    expect(
      knownTotal(word("train", false), [{ index: 1, quality: 1 }], vocabulary, minFuzzy, true),
    ).toBe(7);
  });

  it("is the index's total for a short prefix being typed, only when its settings hold", () => {
    expect(knownTotal(word("tr", true), two, vocabulary, minFuzzy, true)).toBe(12);
    expect(knownTotal(word("tr", true), two, vocabulary, minFuzzy, false)).toBeUndefined();
  });

  it("is unknown for several terms of a longer word, a finished word, or a prefix not counted", () => {
    expect(knownTotal(word("tran", true), two, vocabulary, minFuzzy, true)).toBeUndefined();
    expect(knownTotal(word("tr", false), two, vocabulary, minFuzzy, true)).toBeUndefined();
    expect(knownTotal(word("ra", true), two, vocabulary, minFuzzy, true)).toBeUndefined();
  });
});
