import type { PrefixCounting } from "./index-format.ts";

/** How the engine matches words; the defaults are what the site uses. */
export interface MatchSettings {
  /** The shortest last word that also matches as a prefix. */
  minPrefixLength: number;
  /**
   * How many of the commonest terms a prefix of four letters or more expands to. Two and three
   * letters, which start far more terms and say less about what is meant, expand to a third and two
   * thirds as many: that keeps the first keystrokes, which fetch the most, quick.
   */
  prefixExpansions: number;
  /** The shortest word that may match fuzzily. */
  minFuzzyLength: number;
  /** How many fuzzy matches a word may have. */
  fuzzyExpansions: number;
  /** Fuse.js's threshold: 0 matches only exactly, 1 anything. */
  fuzzyThreshold: number;
  /** A word found in fewer papers than this may be a typo in a paper, so fuzzy matches are added. */
  rareDocumentFrequency: number;
}

/** The settings the site searches with. */
export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  minPrefixLength: 2,
  prefixExpansions: 12,
  minFuzzyLength: 4,
  fuzzyExpansions: 3,
  fuzzyThreshold: 0.42,
  rareDocumentFrequency: 3,
};

/** The settings that short-prefix totals depend on, as the manifest records them. */
export function prefixCountingOf(settings: PrefixCounting): PrefixCounting {
  const { minPrefixLength, prefixExpansions, minFuzzyLength } = settings;
  return { minPrefixLength, prefixExpansions, minFuzzyLength };
}

/** Whether two settings expand every short prefix to the same terms, so that one's totals hold for the other. */
export function samePrefixCounting(a: PrefixCounting, b: PrefixCounting): boolean {
  return (
    a.minPrefixLength === b.minPrefixLength &&
    a.prefixExpansions === b.prefixExpansions &&
    a.minFuzzyLength === b.minFuzzyLength
  );
}
