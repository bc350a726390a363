import { describe, expect, it } from "vitest";
import {
  DEFAULT_MATCH_SETTINGS,
  prefixCountingOf,
  samePrefixCounting,
} from "../../../../src/search/core/match-settings.ts";

describe("prefixCountingOf", () => {
  it("keeps only the settings that short-prefix totals depend on", () => {
    expect(prefixCountingOf(DEFAULT_MATCH_SETTINGS)).toEqual({
      minPrefixLength: 2,
      prefixExpansions: 12,
      minFuzzyLength: 4,
    });
  });
});

describe("samePrefixCounting", () => {
  it("holds for equal prefix settings whatever the fuzzy ones, and fails for any other", () => {
    const counted = prefixCountingOf(DEFAULT_MATCH_SETTINGS);
    const fuzzier = { ...DEFAULT_MATCH_SETTINGS, fuzzyExpansions: 9, fuzzyThreshold: 0.6 };
    expect(samePrefixCounting(counted, fuzzier)).toBe(true);
    for (const change of [{ minPrefixLength: 3 }, { prefixExpansions: 6 }, { minFuzzyLength: 5 }]) {
      expect(samePrefixCounting(counted, { ...counted, ...change }), JSON.stringify(change)).toBe(
        false,
      );
    }
  });
});
