import type { SearchRecord } from "../core/index-format.ts";
import {
  DEFAULT_MATCH_SETTINGS,
  samePrefixCounting,
  type MatchSettings,
} from "../core/match-settings.ts";
import { bestRanked, type RankedPaper } from "../core/ranking.ts";
import { expandWord, type Expansion } from "./expand.ts";
import { foreseePage, knownTotal } from "./fast-path.ts";
import { hasFilters, paperFilter, type SearchFilters } from "./filters.ts";
import { emptyScores, matchEvery, raiseScore, wordScores } from "./paper-scores.ts";
import { parseQuery, searchedWords, type QueryWord } from "./parse-query.ts";
import { phraseMatches } from "./phrases.ts";
import { createPostingsCache } from "./postings.ts";
import { createRecordLoader } from "./records.ts";
import { createScoring } from "./scoring.ts";
import type { SearchSource } from "./source.ts";
import { createVocabulary } from "./vocabulary.ts";

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
  const paperCount = manifest.papers;
  const vocabulary = createVocabulary(source);
  const postings = createPostingsCache(source, vocabulary);
  const loadRecords = createRecordLoader(source);
  const prefixTotalsHold = samePrefixCounting(manifest.prefixCounting, settings);

  async function expand(word: QueryWord): Promise<Expansion[]> {
    const part = await vocabulary.partOf(word.term);
    return part ? expandWord(part, word, settings) : [];
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const filters = request.filters ?? {};
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 10;
    // A word just begun is too short to search for, but the next keystroke will need its part.
    vocabulary.prepareBegunWord(request.query);
    const parsed = parseQuery(request.query);
    const words = searchedWords(parsed);
    const [expansions, phraseIndices] = await Promise.all([
      Promise.all(words.map(expand)),
      Promise.all(parsed.phrases.map((phrase) => Promise.all(phrase.map(vocabulary.find)))),
    ]);
    const nothing = { total: 0, hits: [], terms: [] };
    if (expansions.some((list) => list.length === 0)) return nothing;
    if (phraseIndices.some((phrase) => phrase.some((index) => index < 0))) return nothing;

    const matchedTerms = [...expansions.flat().map(({ index }) => index), ...phraseIndices.flat()];
    const scoring = createScoring(paperCount, vocabulary.dfAt, {
      words: words.length,
      phraseTerms: phraseIndices.flat().length,
    });
    request.signal?.throwIfAborted();
    const [onlyWord] = expansions;
    if (
      onlyWord &&
      expansions.length === 1 &&
      parsed.phrases.length === 0 &&
      !hasFilters(filters)
    ) {
      const foreseen = foreseePage(
        onlyWord,
        offset + limit,
        manifest.topPapers,
        vocabulary.topAt,
        scoring.termWeight,
      );
      const total =
        foreseen &&
        knownTotal(
          words[0] as QueryWord,
          onlyWord,
          vocabulary,
          settings.minFuzzyLength,
          prefixTotalsHold,
        );
      if (foreseen && total !== undefined) {
        // Nothing left to count: the vocabulary alone answers. The postings load afterwards, for
        // the keystroke that follows: a longer prefix, or a second word to match with this one.
        const answer = await respond(total, foreseen.slice(offset), matchedTerms);
        void postings.load(matchedTerms).catch(() => undefined);
        return answer;
      }
      // The records this page will show load alongside the postings, which are only needed to count.
      if (foreseen) void loadRecords(foreseen.slice(offset)).catch(() => undefined);
    }
    const [, accept] = await Promise.all([
      postings.load(matchedTerms),
      paperFilter(filters, source),
    ]);

    let ranked: RankedPaper[];
    if (words.length === 0 && parsed.phrases.length === 0) {
      if (!hasFilters(filters)) return nothing;
      ranked = [];
      for (let doc = 0; doc < paperCount; doc++) if (accept(doc)) ranked.push({ doc, score: 0 });
    } else {
      const groups = expansions.map((list) =>
        wordScores(list, paperCount, postings.get, scoring.termWeight),
      );
      for (const phrase of phraseIndices) {
        const group = emptyScores(paperCount);
        const matches = await phraseMatches(phrase, source, postings, scoring.phraseWeight);
        for (const [doc, score] of matches) raiseScore(group, doc, score);
        groups.push(group);
      }
      ranked = matchEvery(groups, accept);
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
      terms: [...new Set(matchedTerms.map((index) => vocabulary.termAt(index) ?? ""))],
    };
  }

  return { search, expand, termAt: vocabulary.termAt, prepare: vocabulary.prepare };
}
