import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_SETTINGS } from "../../../../src/search/core/match-settings.ts";
import { expandWord } from "../../../../src/search/engine/expand.ts";
import type { QueryWord } from "../../../../src/search/engine/parse-query.ts";
import type { LoadedPart } from "../../../../src/search/engine/vocabulary.ts";

// A vocabulary part whose first term is term 100 of the whole vocabulary.
const TERMS = ["trace", "traces", "trained", "training", "transfer", "transformer", "transformers"];
const DF = [2, 1, 5, 40, 7, 12, 30];
const PART: LoadedPart = {
  start: 100,
  terms: TERMS,
  df: DF,
  top: TERMS.map(() => []),
  prefixTotals: {},
};
const word = (term: string, more: Partial<QueryWord> = {}): QueryWord => ({
  term,
  prefix: false,
  exact: false,
  ...more,
});
const expand = async (query: QueryWord, settings = DEFAULT_MATCH_SETTINGS) =>
  (await expandWord(PART, query, settings)).map(({ index, quality }) => [
    TERMS[index - 100],
    Number(quality.toFixed(3)),
  ]);

describe("expandWord", () => {
  it("matches a common word itself only, at full quality, by its index in the whole vocabulary", async () => {
    expect(await expandWord(PART, word("training"), DEFAULT_MATCH_SETTINGS)).toEqual([
      { index: 103, quality: 1, asTyped: true },
    ]);
  });

  it("marks only the word itself as typed, and not a common word", async () => {
    const typed = await expandWord(PART, word("trace", { prefix: true }), DEFAULT_MATCH_SETTINGS);
    expect(typed.map(({ index, asTyped }) => [TERMS[index - 100], asTyped])).toEqual([
      ["trace", true],
      ["traces", false],
    ]);
    const common: LoadedPart = { ...PART, terms: ["the", "theory"], df: [9, 9], top: [[], []] };
    const [the] = await expandWord(common, word("the", { prefix: true }), DEFAULT_MATCH_SETTINGS);
    expect(the).toMatchObject({ index: 100, quality: 1, asTyped: false });
  });

  it("adds a word being typed's commonest completions, the closer in length the better", async () => {
    expect(await expand(word("transform", { prefix: true }))).toEqual([
      ["transformers", 0.825],
      ["transformer", 0.845],
    ]);
  });

  it("adds fuzzy matches for a word in fewer papers than the rare threshold, and none when quoted", async () => {
    const typo = await expand(word("trainnig"));
    expect(typo.map(([term]) => term)).toContain("training");
    for (const [, quality] of typo) expect(quality).toBeLessThan(0.75);
    expect(await expand(word("trainnig", { exact: true }))).toEqual([]);
    // "trace" is in two papers: perhaps a typo in one of them, so its neighbours join it.
    expect((await expand(word("trace"))).map(([term]) => term)).toEqual(["trace", "traces"]);
    expect(await expand(word("transfer"))).toEqual([["transfer", 1]]);
  });

  it("tries no fuzzy match for a word shorter than the fuzzy minimum, or a number", async () => {
    expect(await expand(word("trx"))).toEqual([]);
    const numbers: LoadedPart = { ...PART, terms: ["2023", "2024"], df: [1, 1], top: [[], []] };
    expect(await expandWord(numbers, word("2025"), DEFAULT_MATCH_SETTINGS)).toEqual([]);
  });
});
