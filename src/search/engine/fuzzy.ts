import type Fuse from "fuse.js";
import { STOPWORDS } from "../../lib/text/stopwords.ts";
import type { MatchSettings } from "../core/match-settings.ts";

/** A term of a vocabulary part close to a word, and Fuse.js's score for it (0 is the word itself). */
export interface FuzzyMatch {
  /** The term's place in the part. */
  index: number;
  score: number;
}

// Bigrams are padded so that the first and last letters count as much as the middle ones.
const START = "\u0002";
const END = "\u0003";
// Fuse.js scores only a short list: the bigram filter keeps the likeliest candidates first.
const MAX_FUZZY_CANDIDATES = 300;

type BigramIndex = Map<string, number[]>;
// Built once per vocabulary part, the first time one of its words is matched fuzzily.
const bigramIndexes = new WeakMap<readonly string[], BigramIndex>();

/**
 * The terms of a sorted vocabulary part within one edit (words up to five letters) or two of `term`,
 * or that it starts within as many edits when `prefix`, best first: terms of about the same length
 * and first letter that share enough letter pairs with it are scored by Fuse.js. Common words and
 * numbers never match.
 */
export async function fuzzyMatches(
  terms: readonly string[],
  df: readonly number[],
  term: string,
  prefix: boolean,
  settings: Pick<MatchSettings, "fuzzyExpansions" | "fuzzyThreshold">,
): Promise<FuzzyMatch[]> {
  let index = bigramIndexes.get(terms);
  if (!index) bigramIndexes.set(terms, (index = buildBigramIndex(terms)));
  const maxEdits = term.length <= 5 ? 1 : 2;
  const grams = bigramsOf(START + term + (prefix ? "" : END));
  const needed = Math.max(1, grams.length - 2 * maxEdits);
  const counts = new Map<number, number>();
  for (const gram of grams) {
    for (const candidate of index.get(gram) ?? []) {
      counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
    }
  }
  const candidates: number[] = [];
  for (const [candidate, count] of counts) {
    const length = (terms[candidate] as string).length;
    const fits = prefix
      ? length >= term.length - maxEdits
      : Math.abs(length - term.length) <= maxEdits;
    // Few typos fall on the first letter; requiring it keeps short words from matching noise.
    const sameStart = (terms[candidate] as string)[0] === term[0];
    if (count >= needed && fits && sameStart) candidates.push(candidate);
  }
  candidates.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b);
  const shortlist = candidates.slice(0, MAX_FUZZY_CANDIDATES);
  const FuseSearch = await loadFuse();
  const fuse = new FuseSearch(
    shortlist.map((candidate) => terms[candidate] as string),
    {
      includeScore: true,
      isCaseSensitive: true,
      threshold: settings.fuzzyThreshold,
      location: 0,
      distance: prefix ? 8 : 16,
    },
  );
  return fuse
    .search(term)
    .map((result) => ({ index: shortlist[result.refIndex] as number, score: result.score ?? 1 }))
    .filter(({ index: candidate }) => !STOPWORDS.has(terms[candidate] as string))
    .sort((a, b) => a.score - b.score || (df[b.index] ?? 0) - (df[a.index] ?? 0))
    .slice(0, settings.fuzzyExpansions);
}

// Fuse.js is only needed for a word that is not in the vocabulary, so it loads with the first one.
let fuseModule: Promise<typeof Fuse> | undefined;
function loadFuse(): Promise<typeof Fuse> {
  fuseModule ??= import("fuse.js").then((module) => module.default);
  return fuseModule;
}

function buildBigramIndex(terms: readonly string[]): BigramIndex {
  const index: BigramIndex = new Map();
  terms.forEach((term, position) => {
    if (/^\d/.test(term)) return;
    for (const gram of new Set(bigramsOf(START + term + END))) {
      const list = index.get(gram);
      if (list) list.push(position);
      else index.set(gram, [position]);
    }
  });
  return index;
}

function bigramsOf(text: string): string[] {
  const grams: string[] = [];
  for (let index = 0; index < text.length - 1; index++) grams.push(text.slice(index, index + 2));
  return grams;
}
