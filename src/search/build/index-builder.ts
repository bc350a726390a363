import {
  deltaEncode,
  MAX_STORED_SCORE,
  SEARCH_FORMAT,
  searchIndexPaths,
  TOP_PAPERS,
  type PositionsShard,
  type PostingsShard,
  type SearchDays,
  type SearchManifest,
  type SearchRecord,
  type VocabularyPart,
  vocabularyKey,
} from "../core/index-format.ts";
import { lowerBound } from "../core/binary-search.ts";
import { DEFAULT_MATCH_SETTINGS, prefixCountingOf } from "../core/match-settings.ts";
import { prefixCompletions } from "../core/prefix-completions.ts";
import { arxivTerm } from "../core/arxiv-term.ts";
import { tokenize } from "../../lib/text/tokenize.ts";

/** One paper as the search index takes it in. */
export interface SearchDocument {
  id: string;
  title: string;
  authors: readonly string[];
  /** The feed day, `YYYY-MM-DD`. */
  day: string;
  tags: readonly string[];
  arxiv?: string | undefined;
  /** The abstract as plain text (math as TeX source, which the tokenizer skips). */
  text: string;
}

/** How the index is cut into files. */
export interface SearchIndexOptions {
  /** Roughly how many bytes of JSON each postings shard holds before the next one starts. */
  postingsShardBytes?: number;
  /** How many papers each records file holds. */
  recordsPerShard?: number;
  /** How many best papers the vocabulary lists for each term. */
  topPapers?: number;
  /** How results write a feed day; the day itself (`YYYY-MM-DD`) by default. */
  dateLabel?: (day: string) => string;
}

/** One file of the index: its path from the index folder and its content. */
export interface SearchIndexFile {
  path: string;
  body: string;
}

/**
 * How much a term counts in each field. Title words weigh most, then authors and tags, then the
 * abstract, where repeats count less and less; an arXiv id outweighs everything.
 */
export const FIELD_WEIGHTS = { id: 30, title: 10, authors: 8, tags: 8, abstract: 3 } as const;

/** Stored scores are the weighted sum times this, rounded into a byte. */
export const SCORE_SCALE = 4;

// Positions of different fields (and different authors) are kept apart, so no phrase spans two.
const FIELD_GAP = 8;
const DEFAULT_SHARD_BYTES = 48_000;
const DEFAULT_RECORDS_PER_SHARD = 10;
// The settings the site searches with; the manifest records them beside the totals they counted.
const PREFIX_COUNTING = prefixCountingOf(DEFAULT_MATCH_SETTINGS);

interface TermPostings {
  docs: number[];
  scores: number[];
  /**
   * Each paper's positions of the term, delta-encoded as the positions shard keeps them, one after
   * the other: an array for every term of every paper would cost more than the positions it holds.
   */
  positions: number[];
  /** Where each paper's positions end in `positions`. */
  positionEnds: number[];
}

/**
 * Builds every file of the search index from the papers: a manifest, the vocabulary in parts by first
 * letter, postings and positions shards, records shards, the days and each tag's papers. Papers are numbered newest day
 * first (in the given order within a day), so a date range is a range of paper numbers.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  options: SearchIndexOptions = {},
): { manifest: SearchManifest; files: SearchIndexFile[] } {
  const shardBytes = options.postingsShardBytes ?? DEFAULT_SHARD_BYTES;
  const recordsPerShard = options.recordsPerShard ?? DEFAULT_RECORDS_PER_SHARD;
  const topPapers = options.topPapers ?? TOP_PAPERS;
  const dateLabel = options.dateLabel ?? ((day: string) => day);
  const papers = documents
    .map((document, order) => ({ document, order }))
    .sort((a, b) =>
      a.document.day === b.document.day
        ? a.order - b.order
        : a.document.day < b.document.day
          ? 1
          : -1,
    )
    .map(({ document }) => document);

  const postings = new Map<string, TermPostings>();
  papers.forEach((paper, doc) => {
    for (const [term, { score, positions }] of documentTerms(paper)) {
      let entry = postings.get(term);
      if (!entry) {
        postings.set(term, (entry = { docs: [], scores: [], positions: [], positionEnds: [] }));
      }
      entry.docs.push(doc);
      entry.scores.push(Math.min(MAX_STORED_SCORE, Math.max(1, Math.round(score * SCORE_SCALE))));
      for (const delta of deltaEncode(positions)) entry.positions.push(delta);
      entry.positionEnds.push(entry.positions.length);
    }
  });

  const terms = [...postings.keys()].sort();
  const df: number[] = [];
  const top: number[][] = [];
  const shardStarts: number[] = [];
  const postingsShards: PostingsShard[] = [];
  // Positions are most of what the index holds while it is built: each shard's are written out as
  // soon as the shard is complete, and dropped, so that they are never all in memory twice.
  const positionsBodies: string[] = [];
  let positionsShard: PositionsShard = [];
  let shardSize = Infinity;
  terms.forEach((term, index) => {
    const entry = postings.get(term) as TermPostings;
    const docs = deltaEncode(entry.docs);
    // Both arrays and the commas after them, as the shard's JSON will hold them.
    const size = JSON.stringify(docs).length + JSON.stringify(entry.scores).length + 2;
    if (shardSize + size > shardBytes) {
      if (index > 0) positionsBodies.push(JSON.stringify(positionsShard));
      shardStarts.push(index);
      postingsShards.push({ docs: [], scores: [] });
      positionsShard = [];
      shardSize = 0;
    }
    shardSize += size;
    df.push(entry.docs.length);
    top.push(bestPapers(entry, topPapers));
    const postingsShard = postingsShards.at(-1) as PostingsShard;
    postingsShard.docs.push(docs);
    postingsShard.scores.push(entry.scores);
    positionsShard.push(
      entry.positionEnds.map((end, slot) =>
        entry.positions.slice(slot > 0 ? entry.positionEnds[slot - 1] : 0, end),
      ),
    );
    entry.positions = [];
    entry.positionEnds = [];
  });
  if (terms.length > 0) positionsBodies.push(JSON.stringify(positionsShard));
  const vocabulary: SearchManifest["vocabulary"] = [];
  terms.forEach((term, index) => {
    const key = vocabularyKey(term);
    const part = vocabulary.at(-1);
    if (part?.[0] === key) part[2] += 1;
    else vocabulary.push([key, index, 1]);
  });

  const tagCounts = new Map<string, number[]>();
  papers.forEach((paper, doc) => {
    for (const tag of paper.tags) {
      const docs = tagCounts.get(tag);
      if (docs) docs.push(doc);
      else tagCounts.set(tag, [doc]);
    }
  });
  const tags = [...tagCounts.entries()].sort(
    ([a, aDocs], [b, bDocs]) => bDocs.length - aDocs.length || (a < b ? -1 : 1),
  );
  const days: SearchDays = [];
  for (const paper of papers) {
    const last = days.at(-1);
    if (last?.[0] === paper.day) last[1] += 1;
    else days.push([paper.day, 1]);
  }
  const records = papers.map((paper): SearchRecord => [
    paper.id,
    paper.title,
    [...paper.authors],
    paper.day,
    [...paper.tags],
    paper.arxiv ?? "",
    paper.text,
    dateLabel(paper.day),
  ]);

  const bodies: { path: (version: string) => string; body: string }[] = [
    ...vocabulary.map(([, start, count], n) => {
      const partTerms = terms.slice(start, start + count);
      const partDf = df.slice(start, start + count);
      const docsOf = (term: string) => (postings.get(term) as TermPostings).docs;
      return {
        path: (version: string) => searchIndexPaths.vocabulary(version, n),
        body: JSON.stringify({
          terms: partTerms,
          df: partDf,
          top: top.slice(start, start + count),
          prefixTotals: shortPrefixTotals(partTerms, partDf, docsOf, papers.length),
        } satisfies VocabularyPart),
      };
    }),
    { path: searchIndexPaths.days, body: JSON.stringify(days) },
    ...postingsShards.map((shard, n) => ({
      path: (version: string) => searchIndexPaths.postings(version, n),
      body: JSON.stringify(shard),
    })),
    ...positionsBodies.map((body, n) => ({
      path: (version: string) => searchIndexPaths.positions(version, n),
      body,
    })),
    ...chunk(records, recordsPerShard).map((shard, n) => ({
      path: (version: string) => searchIndexPaths.records(version, n),
      body: JSON.stringify(shard),
    })),
    ...tags.map(([, docs], n) => ({
      path: (version: string) => searchIndexPaths.tag(version, n),
      body: JSON.stringify(deltaEncode(docs)),
    })),
  ];
  const version = contentHash(bodies.map(({ body }) => body));
  const manifest: SearchManifest = {
    format: SEARCH_FORMAT,
    version,
    papers: papers.length,
    terms: terms.length,
    vocabulary,
    shardStarts,
    recordsPerShard,
    topPapers,
    prefixCounting: PREFIX_COUNTING,
    tags: tags.map(([tag, docs]) => [tag, docs.length]),
    newestDay: papers[0]?.day ?? "",
    oldestDay: papers.at(-1)?.day ?? "",
  };
  return {
    manifest,
    files: [
      { path: searchIndexPaths.manifest, body: JSON.stringify(manifest) },
      ...bodies.map(({ path, body }) => ({ path: path(version), body })),
    ],
  };
}

/** Each term of a paper with its field-weighted score and its positions. */
export function documentTerms(
  paper: SearchDocument,
): Map<string, { score: number; positions: number[] }> {
  const found = new Map<string, { score: number; positions: number[]; abstractCount: number }>();
  let position = 0;
  const add = (text: string, field: keyof typeof FIELD_WEIGHTS) => {
    // Within one field a term counts once, except in the abstract, where repeats saturate below.
    const seen = new Set<string>();
    for (const token of tokenize(text)) {
      let entry = found.get(token.term);
      if (!entry) found.set(token.term, (entry = { score: 0, positions: [], abstractCount: 0 }));
      if (!token.joined) entry.positions.push(position);
      if (field === "abstract") entry.abstractCount += 1;
      else if (!seen.has(token.term)) entry.score += FIELD_WEIGHTS[field];
      seen.add(token.term);
      if (!token.joined) position += 1;
    }
    position += FIELD_GAP;
  };
  add(paper.title, "title");
  for (const author of paper.authors) add(author, "authors");
  for (const tag of paper.tags) add(tag, "tags");
  add(paper.text, "abstract");
  if (paper.arxiv) {
    const term = arxivTerm(paper.arxiv);
    const entry = found.get(term) ?? { score: 0, positions: [], abstractCount: 0 };
    entry.score += FIELD_WEIGHTS.id;
    found.set(term, entry);
  }
  const terms = new Map<string, { score: number; positions: number[] }>();
  for (const [term, { score, positions, abstractCount }] of found) {
    const abstract = (FIELD_WEIGHTS.abstract * abstractCount) / (abstractCount + 1.2);
    terms.set(term, { score: score + abstract, positions });
  }
  return terms;
}

/**
 * A term's `count` best papers as `[paper, score, …]`: highest score first, then the newer paper.
 * Its papers come in ascending order, so among equal scores the one met first is the newer.
 */
function bestPapers({ docs, scores }: TermPostings, count: number): number[] {
  const best: number[] = [];
  for (let slot = 0; slot < docs.length; slot++) {
    const score = scores[slot] as number;
    if (best.length === count && score <= (scores[best[count - 1] as number] as number)) continue;
    let at = best.length;
    while (at > 0 && score > (scores[best[at - 1] as number] as number)) at--;
    best.splice(at, 0, slot);
    if (best.length > count) best.pop();
  }
  return best.flatMap((slot) => [docs[slot] as number, scores[slot] as number]);
}

/**
 * For each prefix of a vocabulary part too short to match fuzzily, how many papers its expansion
 * (the prefix itself if it is a term, and its commonest completions, as the search engine picks
 * them) matches, when that is more than one term.
 */
function shortPrefixTotals(
  terms: readonly string[],
  df: readonly number[],
  docsOf: (term: string) => readonly number[],
  paperCount: number,
): Record<string, number> {
  const { minPrefixLength, minFuzzyLength } = PREFIX_COUNTING;
  const prefixes = new Set<string>();
  for (const term of terms) {
    for (let length = minPrefixLength; length < minFuzzyLength && length <= term.length; length++) {
      prefixes.add(term.slice(0, length));
    }
  }
  const totals: Record<string, number> = {};
  // Each paper is marked with the last prefix that counted it, so no set is built per prefix.
  const countedFor = new Int32Array(paperCount).fill(-1);
  let prefixNumber = 0;
  for (const prefix of prefixes) {
    const expansion = prefixCompletions(terms, df, prefix, PREFIX_COUNTING).map(
      (index) => terms[index] as string,
    );
    if (terms[lowerBound(terms, prefix)] === prefix) expansion.push(prefix);
    if (expansion.length < 2) continue;
    let total = 0;
    for (const term of expansion) {
      for (const doc of docsOf(term)) {
        if (countedFor[doc] === prefixNumber) continue;
        countedFor[doc] = prefixNumber;
        total += 1;
      }
    }
    totals[prefix] = total;
    prefixNumber += 1;
  }
  return totals;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

// FNV-1a over every file, two ways seeded, as 16 hex digits: enough to tell builds apart, and
// pure JavaScript so the library needs nothing from Node.
function contentHash(bodies: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const body of bodies) {
    for (let index = 0; index < body.length; index++) {
      const code = body.charCodeAt(index);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 0xff, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
