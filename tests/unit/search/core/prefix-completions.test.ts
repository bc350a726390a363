import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_SETTINGS } from "../../../../src/search/core/match-settings.ts";
import { prefixCompletions } from "../../../../src/search/core/prefix-completions.ts";

// A sorted vocabulary part and how many papers have each term.
const TERMS = ["the", "then", "there", "theorem", "theory", "thermal", "thesis", "thin"];
const DF = [90, 40, 30, 5, 20, 9, 1, 7];
const completions = (prefix: string, prefixExpansions = 12) =>
  prefixCompletions(TERMS, DF, prefix, { ...DEFAULT_MATCH_SETTINGS, prefixExpansions }).map(
    (index) => TERMS[index],
  );

describe("prefixCompletions", () => {
  it("lists the terms a prefix starts, commonest first, without the prefix itself or common words", () => {
    expect(completions("the")).toEqual(["theory", "thermal", "theorem", "thesis"]);
    expect(completions("theo")).toEqual(["theory", "theorem"]);
  });

  it("keeps a third as many for two letters and two thirds for three as for four", () => {
    expect(completions("th", 3)).toEqual(["theory"]);
    expect(completions("the", 3)).toEqual(["theory", "thermal"]);
    expect(completions("theo", 3)).toEqual(["theory", "theorem"]);
  });

  it("has none for a prefix shorter than the shortest searched, or one that starts no term", () => {
    expect(completions("t")).toEqual([]);
    expect(completions("xy")).toEqual([]);
  });
});
