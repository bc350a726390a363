import type Fuse from "fuse.js";
import {
  deltaDecode,
  type PositionsShard,
  type PostingsShard,
  type PrefixCounting,
  type SearchDays,
  type SearchManifest,
  type SearchRecord,
  type TagPapers,
  type VocabularyPart,
  vocabularyKey,
} from "../core/index-format.ts";
import { bestRanked, type RankedPaper } from "../core/ranking.ts";
import { normalizeTerm, STOPWORDS, tokenize } from "../core/text.ts";

/** One word of a query. */
export interface QueryWord {
  term: string;
  /** The last word while the reader is still typing it: it also matches the terms it starts. */
  prefix: boolean;
  /** A word in quotes: matched as written, never fuzzily. */
  exact: boolean;
}

/** A query split into what every result must match. */
export interface ParsedQuery {
  words: QueryWord[];
  /** "Quoted phrases" of two or more terms: they must appear in this order, side by side. */
  phrases: string[][];
}

/** Where the engine gets the index files; the worker fetches them, tests hand them over from memory. */
export interface SearchSource {
  manifest: SearchManifest;
  vocabulary(part: number): Promise<VocabularyPart>;
  postings(shard: number): Promise<PostingsShard>;
  positions(shard: number): Promise<PositionsShard>;
  records(shard: number): Promise<SearchRecord[]>;
  days(): Promise<SearchDays>;
  tag(tag: number): Promise<TagPapers>;
}

/** Narrows results to a tag and/or a range of feed days (`YYYY-MM-DD`, both ends included). */
export interface SearchFilters {
  tag?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** What to search for and which page of results to return. */
export interface SearchRequest {
  query: string;
  /** Stops the search before it fetches more files, as soon as a newer query replaces it. */
  signal?: AbortSignal | undefined;
  filters?: SearchFilters;
  offset?: number;
  limit?: number;
}

/** One result: the paper's number, its score and what to show of it. */
export interface SearchHit {
  doc: number;
  score: number;
  record: SearchRecord;
}

/** The answer to a request. */
export interface SearchResponse {
  /** How many papers match in all (not only on this page). */
  total: number;
  hits: SearchHit[];
  /** The index terms the query matched, to highlight in results. */
  terms: string[];
}

/** A term of the vocabulary that a query word matched, and how well (1 for the word itself). */
export interface Expansion {
  index: number;
  quality: number;
}

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

// Bigrams are padded so that the first and last letters count as much as the middle ones.
const START = "\u0002";
const END = "\u0003";
// Fuse.js scores only a short list: the bigram filter keeps the likeliest candidates first.
const MAX_FUZZY_CANDIDATES = 300;
const PHRASE_BONUS = 1.5;
const QUOTED = /["“”„]([^"“”„]*)(?:["“”„]|$)/g;

/**
 * Splits a query into words and "quoted phrases". `arXiv:` before an id is dropped, the last word
 * matches as a prefix unless something follows it (a space, say), and repeated words count once.
 */
export function parseQuery(input: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const seen = new Set<string>();
  const addWord = (word: QueryWord) => {
    const key = `${word.term}\u0000${word.exact}`;
    if (seen.has(key)) return;
    seen.add(key);
    words.push(word);
  };
  // Quoted parts are blanked out rather than cut, so offsets in the rest stay true to the input.
  const rest = input
    .replace(QUOTED, (quoted: string, inner: string) => {
      const terms = plainTerms(inner);
      if (terms.length === 1) addWord({ term: terms[0] as string, prefix: false, exact: true });
      else if (terms.length > 1) phrases.push(terms);
      return " ".repeat(quoted.length);
    })
    .replace(/\barxiv:\s*/gi, (prefix) => " ".repeat(prefix.length));
  const tokens = tokenize(rest).filter((token) => !token.joined);
  for (const token of tokens) {
    addWord({ term: token.term, prefix: token.end === rest.length, exact: false });
  }
  return { words, phrases };
}

function plainTerms(text: string): string[] {
  return tokenize(text.replace(/\barxiv:\s*/gi, " "))
    .filter((token) => !token.joined)
    .map((token) => token.term);
}

/** The search engine over one index: it matches words to terms, loads only the postings it needs and ranks papers. */
export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchResponse>;
  /** The vocabulary terms a word matches: the word itself, then completions and fuzzy matches. */
  expand(word: QueryWord): Promise<Expansion[]>;
  /** The term at an index of the vocabulary, once its part is loaded. */
  termAt(index: number): string | undefined;
  /** Loads the vocabulary parts that the words typed so far need, before they are searched for. */
  prepare(text: string): Promise<void>;
}

/** Creates the engine for an index; shards are asked of `source` the first time a query needs them. */
export function createSearchEngine(
  source: SearchSource,
  settings: MatchSettings = DEFAULT_MATCH_SETTINGS,
): SearchEngine {
  const { manifest } = source;
  const { shardStarts } = manifest;
  const paperCount = manifest.papers;
  const decoded = new Map<number, { docs: Int32Array; scores: Uint8Array }>();
  const recordShards = new Map<number, Promise<SearchRecord[]>>();
  const parts = new Map<string, Promise<Part>>();
  const counted = manifest.prefixCounting;
  const prefixTotalsHold =
    counted.minPrefixLength === settings.minPrefixLength &&
    counted.prefixExpansions === settings.prefixExpansions &&
    counted.minFuzzyLength === settings.minFuzzyLength;

  interface Part {
    start: number;
    terms: string[];
    df: number[];
    top: number[][];
    prefixTotals: Record<string, number>;
    bigrams?: BigramIndex;
  }
  const loadedParts: Part[] = [];

  const partOf = (term: string): Promise<Part> | undefined => {
    const key = vocabularyKey(term);
    const number = manifest.vocabulary.findIndex(([partKey]) => partKey === key);
    const entry = manifest.vocabulary[number];
    if (!entry) return undefined;
    let part = parts.get(key);
    if (!part) {
      part = source.vocabulary(number).then(({ terms, df, top, prefixTotals }) => {
        const loaded = { start: entry[1], terms, df, top, prefixTotals };
        loadedParts.push(loaded);
        return loaded;
      });
      part.catch(() => parts.delete(key));
      parts.set(key, part);
    }
    return part;
  };
  const loadedPartAt = (index: number) =>
    loadedParts.find((part) => index >= part.start && index < part.start + part.terms.length);
  const termAt = (index: number) => {
    const part = loadedPartAt(index);
    return part?.terms[index - part.start];
  };
  const dfAt = (index: number) => {
    const part = loadedPartAt(index);
    return part?.df[index - part.start] ?? 1;
  };
  const topAt = (index: number) => {
    const part = loadedPartAt(index);
    return part?.top[index - part.start];
  };
  // A term in no more papers than the vocabulary lists for it needs no postings shard at all.
  const isListedWhole = (index: number) => dfAt(index) <= manifest.topPapers;
  const shardOf = (index: number) => upperBound(shardStarts, index) - 1;
  const idf = (index: number) => Math.log(1 + paperCount / dfAt(index));

  async function find(term: string): Promise<number> {
    const part = await partOf(term);
    if (!part) return -1;
    const at = lowerBound(part.terms, term);
    return part.terms[at] === term ? part.start + at : -1;
  }

  async function expand(word: QueryWord): Promise<Expansion[]> {
    const { term } = word;
    const part = await partOf(term);
    if (!part) return [];
    const { terms, df } = part;
    const local = lowerBound(terms, term);
    const exact = terms[local] === term ? local : -1;
    const found: Expansion[] = exact >= 0 ? [{ index: part.start + exact, quality: 1 }] : [];
    if (word.exact) return found;
    let prefixFrequency = 0;
    if (word.prefix) {
      for (const index of prefixCompletions(terms, df, term, settings)) {
        prefixFrequency += df[index] ?? 0;
        // A completion that adds little to what was typed counts almost as much as the word itself.
        const quality = 0.6 + 0.3 * (term.length / (terms[index] as string).length);
        found.push({ index: part.start + index, quality });
      }
    }
    const exactFrequency = exact >= 0 ? (df[exact] ?? 0) : 0;
    const isRare =
      exactFrequency + prefixFrequency < settings.rareDocumentFrequency &&
      term.length >= settings.minFuzzyLength &&
      !/^\d/.test(term);
    if (isRare) {
      part.bigrams ??= buildBigramIndex(terms);
      for (const { index, score } of await fuzzyMatches(part, term, word.prefix)) {
        if (!found.some((expansion) => expansion.index === part.start + index)) {
          found.push({ index: part.start + index, quality: 0.75 * (1 - score) });
        }
      }
    }
    return found;
  }

  async function fuzzyMatches(
    { terms, df, bigrams }: Part,
    term: string,
    prefix: boolean,
  ): Promise<{ index: number; score: number }[]> {
    const index = bigrams as BigramIndex;
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

  async function loadPostings(indices: Iterable<number>): Promise<void> {
    const missing: number[] = [];
    for (const index of new Set(indices)) {
      if (decoded.has(index)) continue;
      if (isListedWhole(index)) decoded.set(index, postingsFromTop(topAt(index) ?? []));
      else missing.push(index);
    }
    const shards = [...new Set(missing.map(shardOf))];
    const loaded = await Promise.all(shards.map((shard) => source.postings(shard)));
    for (const index of missing) {
      const shard = shardOf(index);
      const data = loaded[shards.indexOf(shard)] as PostingsShard;
      const offset = index - (shardStarts[shard] ?? 0);
      decoded.set(index, {
        docs: Int32Array.from(deltaDecode(data.docs[offset] ?? [])),
        scores: Uint8Array.from(data.scores[offset] ?? []),
      });
    }
  }

  async function phraseDocs(indices: number[]): Promise<Map<number, number>> {
    const shards = [...new Set(indices.map(shardOf))];
    const loaded = await Promise.all(shards.map((shard) => source.positions(shard)));
    const positionsOf = (index: number, slot: number): number[] => {
      const shard = shardOf(index);
      const data = loaded[shards.indexOf(shard)] as PositionsShard;
      return deltaDecode(data[index - (shardStarts[shard] ?? 0)]?.[slot] ?? []);
    };
    const postings = indices.map(
      (index) => decoded.get(index) as { docs: Int32Array; scores: Uint8Array },
    );
    const matches = new Map<number, number>();
    const first = postings[0] as { docs: Int32Array; scores: Uint8Array };
    for (const doc of first.docs) {
      const slots = postings.map((posting) => binarySearch(posting.docs, doc));
      if (slots.some((slot) => slot < 0)) continue;
      const starts = new Set(positionsOf(indices[0] as number, slots[0] as number));
      for (let word = 1; word < indices.length && starts.size > 0; word++) {
        const at = new Set(positionsOf(indices[word] as number, slots[word] as number));
        for (const start of starts) if (!at.has(start + word)) starts.delete(start);
      }
      if (starts.size === 0) continue;
      let score = 0;
      slots.forEach((slot, word) => {
        const index = indices[word] as number;
        score += (postings[word]?.scores[slot] ?? 0) * idf(index);
      });
      matches.set(doc, score * PHRASE_BONUS);
    }
    return matches;
  }

  async function filterRange(filters: SearchFilters): Promise<(doc: number) => boolean> {
    const checks: ((doc: number) => boolean)[] = [];
    if (filters.tag) {
      const tag = manifest.tags.findIndex(([name]) => name === filters.tag);
      const papers = tag >= 0 ? new Set(deltaDecode(await source.tag(tag))) : new Set<number>();
      checks.push((doc) => papers.has(doc));
    }
    if (filters.from || filters.to) {
      const from = filters.from || "0000-00-00";
      const to = filters.to || "9999-99-99";
      let low = Infinity;
      let high = -1;
      let doc = 0;
      for (const [day, count] of await source.days()) {
        if (day >= from && day <= to) {
          low = Math.min(low, doc);
          high = doc + count - 1;
        }
        doc += count;
      }
      checks.push((candidate) => candidate >= low && candidate <= high);
    }
    return (doc) => checks.every((check) => check(doc));
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const filters = request.filters ?? {};
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 10;
    // A word just begun is too short to search for, but the next keystroke will need its part.
    const begun = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}])$/u.exec(request.query)?.[1];
    if (begun) partOf(normalizeTerm(begun))?.catch(() => undefined);
    const parsed = parseQuery(request.query);
    const meaningful = parsed.words.filter((word) => !STOPWORDS.has(word.term));
    const words = meaningful.length > 0 || parsed.phrases.length > 0 ? meaningful : parsed.words;
    const [expansions, phraseIndices] = await Promise.all([
      Promise.all(words.map(expand)),
      Promise.all(parsed.phrases.map((phrase) => Promise.all(phrase.map(find)))),
    ]);
    const nothing = { total: 0, hits: [], terms: [] };
    if (expansions.some((list) => list.length === 0)) return nothing;
    if (phraseIndices.some((phrase) => phrase.some((index) => index < 0))) return nothing;

    const matchedTerms = [...expansions.flat().map(({ index }) => index), ...phraseIndices.flat()];
    request.signal?.throwIfAborted();
    const hasFilters = Boolean(filters.tag || filters.from || filters.to);
    const [onlyWord] = expansions;
    if (onlyWord && expansions.length === 1 && parsed.phrases.length === 0 && !hasFilters) {
      const foreseen = foreseePage(onlyWord, offset + limit);
      const total = foreseen && knownTotal(words[0] as QueryWord, onlyWord);
      if (foreseen && total !== undefined) {
        // Nothing left to count: the vocabulary alone answers. The postings load afterwards, for
        // the keystroke that follows: a longer prefix, or a second word to match with this one.
        const answer = await respond(total, foreseen.slice(offset), matchedTerms);
        void loadPostings(matchedTerms).catch(() => undefined);
        return answer;
      }
      // The records this page will show load alongside the postings, which are only needed to count.
      if (foreseen) void loadRecords(foreseen.slice(offset)).catch(() => undefined);
    }
    const [, accept] = await Promise.all([loadPostings(matchedTerms), filterRange(filters)]);

    let ranked: RankedPaper[];
    if (words.length === 0 && parsed.phrases.length === 0) {
      if (!filters.tag && !filters.from && !filters.to) return nothing;
      ranked = [];
      for (let doc = 0; doc < paperCount; doc++) if (accept(doc)) ranked.push({ doc, score: 0 });
    } else {
      // A short prefix matches most of the collection: per-paper arrays keep that fast, where maps
      // of tens of thousands of entries took tens of milliseconds a keystroke.
      const groups: PaperScores[] = expansions.map((list) => {
        const group = emptyScores(paperCount);
        for (const { index, quality } of list) {
          const { docs, scores } = decoded.get(index) as { docs: Int32Array; scores: Uint8Array };
          const weight = quality * idf(index);
          for (let slot = 0; slot < docs.length; slot++) {
            raiseScore(group, docs[slot] as number, weight * (scores[slot] as number));
          }
        }
        return group;
      });
      for (const phrase of phraseIndices) {
        const group = emptyScores(paperCount);
        for (const [doc, score] of await phraseDocs(phrase)) raiseScore(group, doc, score);
        groups.push(group);
      }
      groups.sort((a, b) => a.docs.length - b.docs.length);
      const [smallest, ...others] = groups as [PaperScores, ...PaperScores[]];
      ranked = [];
      for (const doc of smallest.docs) {
        if (!accept(doc)) continue;
        let total = smallest.best[doc] as number;
        for (const other of others) {
          const more = other.best[doc] as number;
          if (more === 0) {
            total = 0;
            break;
          }
          total += more;
        }
        if (total > 0) ranked.push({ doc, score: total });
      }
    }
    request.signal?.throwIfAborted();
    return respond(ranked.length, bestRanked(ranked, offset + limit).slice(offset), matchedTerms);
  }

  /** The response for a page of ranked papers: their records, and the terms that matched. */
  async function respond(
    total: number,
    page: readonly RankedPaper[],
    matchedTerms: readonly number[],
  ): Promise<SearchResponse> {
    const records = await loadRecords(page);
    return {
      total,
      hits: page.map(({ doc, score }, at) => ({ doc, score, record: records[at] as SearchRecord })),
      terms: [...new Set(matchedTerms.map((index) => termAt(index) ?? ""))],
    };
  }

  /**
   * The best `count` papers for one word, from the best papers each of its terms lists, before any
   * postings are loaded; undefined when the vocabulary lists fewer than `count` per term. A paper
   * scores by its best term, so each of the true top `count` is in its best term's top `count`.
   */
  function foreseePage(expansions: readonly Expansion[], count: number): RankedPaper[] | undefined {
    if (count > manifest.topPapers) return undefined;
    const best = new Map<number, number>();
    for (const { index, quality } of expansions) {
      const top = topAt(index);
      if (!top) return undefined;
      const weight = quality * idf(index);
      for (let at = 0; at < top.length; at += 2) {
        const doc = top[at] as number;
        const score = weight * (top[at + 1] as number);
        if (score > (best.get(doc) ?? 0)) best.set(doc, score);
      }
    }
    return bestRanked(
      [...best].map(([doc, score]) => ({ doc, score })),
      count,
    );
  }

  /**
   * How many papers one word matches, when the vocabulary says without postings: a single term's
   * document frequency, or the total the index keeps for a short prefix (when the index counted it
   * with this engine's settings; otherwise the postings count).
   */
  function knownTotal(word: QueryWord, expansions: readonly Expansion[]): number | undefined {
    const [only] = expansions;
    if (only && expansions.length === 1) return dfAt(only.index);
    if (!word.prefix || word.term.length >= settings.minFuzzyLength) return undefined;
    if (!prefixTotalsHold) return undefined;
    const part = only === undefined ? undefined : loadedPartAt(only.index);
    return part && Object.hasOwn(part.prefixTotals, word.term)
      ? part.prefixTotals[word.term]
      : undefined;
  }

  function recordShard(shard: number): Promise<SearchRecord[]> {
    let records = recordShards.get(shard);
    if (!records) {
      records = source.records(shard);
      records.catch(() => recordShards.delete(shard));
      recordShards.set(shard, records);
    }
    return records;
  }

  async function loadRecords(papers: readonly RankedPaper[]): Promise<SearchRecord[]> {
    const perShard = manifest.recordsPerShard;
    const shards = [...new Set(papers.map(({ doc }) => Math.floor(doc / perShard)))];
    const loaded = await Promise.all(shards.map(recordShard));
    return papers.map(({ doc }) => {
      const records = loaded[shards.indexOf(Math.floor(doc / perShard))] as SearchRecord[];
      return records[doc % perShard] as SearchRecord;
    });
  }

  async function prepare(text: string): Promise<void> {
    // Not `tokenize`, which drops one-letter words: one letter is all a vocabulary part needs.
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    await Promise.all(words.flatMap((word) => partOf(normalizeTerm(word)) ?? []));
  }

  return { search, expand, termAt, prepare };
}

/** Each paper's best score for one query word (0: no match), and the papers that have one. */
interface PaperScores {
  best: Float64Array;
  docs: number[];
}

/** A term's postings rebuilt from its listed best papers, in paper order. */
function postingsFromTop(top: readonly number[]): { docs: Int32Array; scores: Uint8Array } {
  const pairs: [doc: number, score: number][] = [];
  for (let at = 0; at < top.length; at += 2) pairs.push([top[at] as number, top[at + 1] as number]);
  pairs.sort(([a], [b]) => a - b);
  return {
    docs: Int32Array.from(pairs, ([doc]) => doc),
    scores: Uint8Array.from(pairs, ([, score]) => score),
  };
}

function emptyScores(paperCount: number): PaperScores {
  return { best: new Float64Array(paperCount), docs: [] };
}

function raiseScore(scores: PaperScores, doc: number, score: number): void {
  const before = scores.best[doc] as number;
  if (score <= before) return;
  if (before === 0) scores.docs.push(doc);
  scores.best[doc] = score;
}

// Fuse.js is only needed for a word that is not in the vocabulary, so it loads with the first one.
let fuseModule: Promise<typeof Fuse> | undefined;
function loadFuse(): Promise<typeof Fuse> {
  fuseModule ??= import("fuse.js").then((module) => module.default);
  return fuseModule;
}

type BigramIndex = Map<string, number[]>;

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

/** The first place in a sorted array whose value is not below `value`. */
export function lowerBound<T extends string | number>(sorted: readonly T[], value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as T) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle] as number;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
