import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_SETTINGS } from "../../../../src/search/core/match-settings.ts";
import type { Expansion } from "../../../../src/search/engine/expand.ts";
import { foreseePage, knownTotal } from "../../../../src/search/engine/fast-path.ts";
import type { LoadedPart } from "../../../../src/search/engine/vocabulary.ts";

// Terms 0 and 1 with their best papers as `[paper, score, …]`, best first, two listed per term.
const TOP: Record<number, number[]> = { 0: [4, 40, 2, 10], 1: [2, 30, 9, 30] };
const topAt = (index: number) => TOP[index];
const weight = ({ quality, asTyped }: Expansion) => ({ bonus: asTyped ? 100 : 0, weight: quality });
const term = (index: number, quality: number, asTyped = false): Expansion => ({
  index,
  quality,
  asTyped,
});

describe("foreseePage", () => {
  it("ranks the listed papers of a word's terms by their best weighted score, ties to the newer", () => {
    expect(foreseePage([term(0, 1), term(1, 0.5)], 2, 2, topAt, weight)).toEqual([
      { doc: 4, score: 40 },
      { doc: 2, score: 15 },
    ]);
    expect(foreseePage([term(0, 1), term(1, 0.5, true)], 3, 2, topAt, weight)).toBeUndefined();
  });

  it("adds the bonus of the word as typed", () => {
    expect(foreseePage([term(0, 0.5), term(1, 0.5, true)], 2, 2, topAt, weight)).toEqual([
      { doc: 2, score: 115 },
      { doc: 9, score: 115 },
    ]);
  });

  it("cannot foresee more papers than each term lists, or a term whose part is not loaded", () => {
    expect(foreseePage([term(0, 1)], 3, 2, topAt, weight)).toBeUndefined();
    expect(foreseePage([term(5, 1)], 1, 2, topAt, weight)).toBeUndefined();
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
  const word = (text: string, prefix: boolean) => ({ term: text, prefix, exact: false });
  const two = [term(1, 0.8), term(2, 0.7)];
  const minFuzzy = DEFAULT_MATCH_SETTINGS.minFuzzyLength;

  it("is a single term's document frequency", () => {
    expect(knownTotal(word("train", false), [term(1, 1, true)], vocabulary, minFuzzy, true)).toBe(
      7,
    );
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
