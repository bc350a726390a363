import { STOPWORDS } from "../../lib/text/stopwords.ts";
import { lowerBound } from "./binary-search.ts";
import type { PrefixCounting } from "./index-format.ts";
import { DEFAULT_MATCH_SETTINGS } from "./match-settings.ts";

/**
 * Where in a sorted vocabulary part the commonest completions of a prefix are (the prefix itself
 * and common words left out): a third as many as `prefixExpansions` for two letters, two thirds
 * for three, all of them from four letters on. None for a prefix shorter than `minPrefixLength`.
 */
export function prefixCompletions(
  terms: readonly string[],
  df: readonly number[],
  prefix: string,
  settings: PrefixCounting = DEFAULT_MATCH_SETTINGS,
): number[] {
  if (prefix.length < settings.minPrefixLength) return [];
  const completions: number[] = [];
  const end = lowerBound(terms, `${prefix}\uffff`);
  for (let index = lowerBound(terms, prefix); index < end; index++) {
    const term = terms[index] as string;
    if (term !== prefix && !STOPWORDS.has(term)) completions.push(index);
  }
  completions.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b);
  const count = Math.ceil((settings.prefixExpansions * Math.min(3, prefix.length - 1)) / 3);
  return completions.slice(0, count);
}
