// The files of the search index, as the build writes them and the browser reads them. Every file is
// JSON so that any static host compresses it; see docs/search.md for the sizes.

/** The folder of the site that holds the search index, under the base path. */
export const SEARCH_INDEX_DIR = "search-index/";

/**
 * The version of the file layout below; the browser refuses an index of another version. Bump it
 * too when what the build counts with changes: the stopwords, or how a prefix picks its completions.
 */
export const SEARCH_FORMAT = 6;

/**
 * How many best papers the vocabulary lists for each term: the header's search shows this many, so
 * its results can be fetched while the postings are still on their way.
 */
export const TOP_PAPERS = 6;

/** `manifest.json`, the one file at a fixed URL: it names the folder of this build's index. */
export interface SearchManifest {
  format: typeof SEARCH_FORMAT;
  /** A hash of every index file, naming the folder they live in, so no browser mixes two builds. */
  version: string;
  papers: number;
  terms: number;
  /**
   * The vocabulary, sorted, is cut by first letter: each part's key (`a` to `z`, `0` for terms before
   * `a`, `~` for terms after `z`), the index of its first term and its number of terms. A word only
   * ever needs the part of its own first letter.
   */
  vocabulary: [key: string, start: number, count: number][];
  /** The index of the first term of each postings shard. */
  shardStarts: number[];
  recordsPerShard: number;
  /** How many best papers each term lists in its vocabulary part (`VocabularyPart.top`). */
  topPapers: number;
  /**
   * The match settings `VocabularyPart.prefixTotals` were counted with: an engine that expands
   * prefixes otherwise counts from the postings instead.
   */
  prefixCounting: PrefixCounting;
  /** Every tag with its number of papers, most used first; a tag's number is its place here. */
  tags: [tag: string, papers: number][];
  /** The newest and oldest feed days, for the date filter. */
  newestDay: string;
  oldestDay: string;
}

/** The match settings that decide which prefixes are short and which terms each expands to. */
export interface PrefixCounting {
  minPrefixLength: number;
  prefixExpansions: number;
  minFuzzyLength: number;
}

/** `vocabulary/<n>.json`: the terms of one part of the vocabulary and how many papers have each. */
export interface VocabularyPart {
  /** Sorted by UTF-16 code units (JavaScript's default sort), so the terms a prefix starts are contiguous. */
  terms: string[];
  df: number[];
  /**
   * For each term, its best papers as `[paper, score, paper, score, …]`: highest stored score first,
   * then the newer paper, at most `topPapers` of them, so all of them when `df` is no more.
   */
  top: number[][];
  /**
   * How many papers each prefix too short to match fuzzily (2 or 3 letters) matches while typed,
   * through the term itself and its commonest completions, when that is more than one term: with
   * `top`, a one-word search for it needs no postings at all.
   */
  prefixTotals: Record<string, number>;
}

/** The key of the vocabulary part a term belongs to. */
export function vocabularyKey(term: string): string {
  const first = term.charAt(0);
  if (first < "a") return "0";
  return first > "z" ? "~" : first;
}

/** The highest score a paper's term is stored with: scores are kept in a byte. */
export const MAX_STORED_SCORE = 255;

/**
 * `postings/<n>.json`: for each term of the shard in vocabulary order, the papers that have it (paper
 * numbers, delta-encoded) and the term's field-weighted score in each (1 to `MAX_STORED_SCORE`).
 */
export interface PostingsShard {
  docs: number[][];
  scores: number[][];
}

/**
 * `positions/<n>.json`: for each term of the shard, for each of its papers in postings order, the
 * term's positions in that paper (delta-encoded), loaded only to check "quoted phrases".
 */
export type PositionsShard = number[][][];

/**
 * What a result shows of one paper: id, title, authors, feed day, tags, arXiv id ("" if none),
 * abstract text, and the feed day as the site writes it ("Jul 31, 2025"), so that no browser needs
 * a date formatter.
 */
export type SearchRecord = [
  id: string,
  title: string,
  authors: string[],
  day: string,
  tags: string[],
  arxiv: string,
  text: string,
  date: string,
];

/** `days.json`: each feed day with its number of papers, newest first, in paper-number order. */
export type SearchDays = [day: string, papers: number][];

/** `tags/<n>.json`: the papers of tag number n, delta-encoded. */
export type TagPapers = number[];

/** The path of each index file, from the index folder. */
export const searchIndexPaths = {
  manifest: "manifest.json",
  vocabulary: (version: string, part: number) => `${version}/vocabulary/${part}.json`,
  postings: (version: string, shard: number) => `${version}/postings/${shard}.json`,
  positions: (version: string, shard: number) => `${version}/positions/${shard}.json`,
  records: (version: string, shard: number) => `${version}/records/${shard}.json`,
  days: (version: string) => `${version}/days.json`,
  tag: (version: string, tag: number) => `${version}/tags/${tag}.json`,
};

/** Turns ascending numbers into the differences between neighbours, the first kept as is. */
export function deltaEncode(values: readonly number[]): number[] {
  return values.map((value, index) => value - (index > 0 ? (values[index - 1] ?? 0) : 0));
}

/** Undoes `deltaEncode`. */
export function deltaDecode(deltas: readonly number[]): number[] {
  let sum = 0;
  return deltas.map((delta) => (sum += delta));
}
