import { STOPWORDS } from "../../lib/text/stopwords.ts";
import { lowerBound } from "../core/binary-search.ts";
import type { MatchSettings } from "../core/match-settings.ts";
import { prefixCompletions } from "../core/prefix-completions.ts";
import { fuzzyMatches } from "./fuzzy.ts";
import type { QueryWord } from "./parse-query.ts";
import type { LoadedPart } from "./vocabulary.ts";

/** A term of the vocabulary that a query word matched, and how well (1 for the word itself). */
export interface Expansion {
  index: number;
  quality: number;
  /**
   * The word itself, as typed: it ranks above every term that only resembles the word. Not for a
   * common word, which, typed alone, is more likely the start of a longer word (`at`, `attention`).
   */
  asTyped: boolean;
}

/**
 * The terms of a vocabulary part that a word matches: the word itself, then, unless it is quoted,
 * the commonest completions of a word being typed and, for a word in fewer than
 * `rareDocumentFrequency` papers that way, its closest fuzzy matches.
 */
export async function expandWord(
  part: LoadedPart,
  word: QueryWord,
  settings: MatchSettings,
): Promise<Expansion[]> {
  const { term } = word;
  const { terms, df, start } = part;
  const local = lowerBound(terms, term);
  const exact = terms[local] === term ? local : -1;
  const found: Expansion[] =
    exact >= 0 ? [{ index: start + exact, quality: 1, asTyped: !STOPWORDS.has(term) }] : [];
  if (word.exact) return found;
  let prefixFrequency = 0;
  if (word.prefix) {
    for (const index of prefixCompletions(terms, df, term, settings)) {
      prefixFrequency += df[index] ?? 0;
      // A completion that adds little to what was typed counts almost as much as the word itself.
      const quality = 0.6 + 0.3 * (term.length / (terms[index] as string).length);
      found.push({ index: start + index, quality, asTyped: false });
    }
  }
  const exactFrequency = exact >= 0 ? (df[exact] ?? 0) : 0;
  const isRare =
    exactFrequency + prefixFrequency < settings.rareDocumentFrequency &&
    term.length >= settings.minFuzzyLength &&
    !/^\d/.test(term);
  if (isRare) {
    for (const { index, score } of await fuzzyMatches(terms, df, term, word.prefix, settings)) {
      if (!found.some((expansion) => expansion.index === start + index)) {
        found.push({ index: start + index, quality: 0.75 * (1 - score), asTyped: false });
      }
    }
  }
  return found;
}
