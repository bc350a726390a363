import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_SETTINGS } from "../../../../src/search/core/match-settings.ts";
import { fuzzyMatches } from "../../../../src/search/engine/fuzzy.ts";

// A sorted vocabulary part and how many papers have each term.
const TERMS = [
  "quadratic",
  "quantization",
  "quantized",
  "quantum",
  "qubits",
  "query",
  "question",
  "questions",
];
const DF = [4, 9, 3, 2, 1, 6, 2, 5];
const names = async (term: string, prefix = false, settings = DEFAULT_MATCH_SETTINGS) =>
  (await fuzzyMatches(TERMS, DF, term, prefix, settings)).map(({ index }) => TERMS[index]);

describe("fuzzyMatches", () => {
  it("finds the terms a typo misspells, the closest first", async () => {
    expect(await names("quantizaton")).toEqual(["quantization"]);
    expect(await names("qeustion")).toEqual(expect.arrayContaining(["question", "questions"]));
  });

  it("scores the word itself 0 and a typo between 0 and 1", async () => {
    const [itself] = await fuzzyMatches(TERMS, DF, "quantum", false, DEFAULT_MATCH_SETTINGS);
    expect(itself).toEqual({ index: TERMS.indexOf("quantum"), score: expect.any(Number) });
    expect(itself?.score).toBeLessThan(0.01);
    const [typo] = await fuzzyMatches(TERMS, DF, "quantun", false, DEFAULT_MATCH_SETTINGS);
    expect(typo?.score).toBeGreaterThan(0);
    expect(typo?.score).toBeLessThan(1);
  });

  it("lets a word being typed match the longer terms it nearly starts", async () => {
    expect(await names("quantiz", true)).toEqual(
      expect.arrayContaining(["quantization", "quantized"]),
    );
    expect(await names("quantiz", false)).not.toContain("quantization");
  });

  it("needs the same first letter and keeps to the number of matches asked for", async () => {
    expect(await names("wuantum")).toEqual([]);
    expect(
      await names("ques", true, { ...DEFAULT_MATCH_SETTINGS, fuzzyExpansions: 1 }),
    ).toHaveLength(1);
  });

  it("never matches a common word", async () => {
    const match = (terms: string[]) =>
      fuzzyMatches(terms, [9, 9], "thenn", false, DEFAULT_MATCH_SETTINGS);
    expect(await match(["then", "thin"])).toEqual([]);
    expect(await match(["thin", "thinn"])).not.toEqual([]);
  });
});
