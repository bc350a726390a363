import { availableParallelism } from "node:os";
import { STOPWORDS } from "../text/stopwords.ts";
import { scanWords } from "../text/tokenize.ts";
import { startWorker } from "../build/worker-result.ts";

/** What a paper's similarity to others is computed from. */
export interface RelatedInput {
  title: string;
  tags: readonly string[];
  /** The abstract as plain text (math as its TeX source). */
  text: string;
}

/** How related papers are picked. */
export interface RelatedOptions {
  /** The most related papers listed per paper. */
  limit?: number;
  /**
   * Terms found in more than this share of the papers (and in more than 50 papers) are dropped, as words
   * any paper might use ("model", "method"): they say little about a paper, and in a large collection
   * they would make every paper a candidate for every other.
   */
  maxDocumentShare?: number;
  /**
   * Terms found in more papers than this are dropped too, however large the collection. Comparing
   * every pair of papers that share a term costs the square of its papers: without a fixed cap,
   * 50,000 papers would cost 25 times what 10,000 do, not 5 times.
   */
  maxDocumentFrequency?: number;
}

// A title word says more about a paper than an abstract word, a tag more still.
const TITLE_WEIGHT = 2;
const TAG_WEIGHT = 3;

// Below this many papers with a term, comparing them all is cheap, so no term is dropped for being
// common: small collections are compared in full, and the cut only applies at scale.
const MIN_PRUNED_FREQUENCY = 50;

// A term must hold a letter: numbers alone (years, sizes) relate papers by accident.
const LETTER = /\p{L}/u;

/** The weighted terms of a paper: title words count twice, each tag (as `#tag`) three times, abstract words once. */
export function paperTerms(paper: RelatedInput): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  const addWords = (text: string, weight: number) =>
    scanWords(text, (term, _start, _end, joined) => {
      // A hyphenated pair counts through its parts; its joined form would count it twice.
      if (!joined && !STOPWORDS.has(term) && LETTER.test(term)) add(stem(term), weight);
    });
  addWords(paper.title, TITLE_WEIGHT);
  addWords(paper.text, 1);
  for (const tag of new Set(paper.tags)) add(`#${tag}`, TAG_WEIGHT);
  return counts;
}

/**
 * For each paper, the indexes of up to `limit` most similar other papers, most similar first, by cosine
 * similarity of TF-IDF vectors over title, tags and abstract. Papers sharing no term are never related;
 * ties go to the paper given first. Only papers that share a term are ever compared (an inverted index),
 * and each pair once, so the work grows with the overlap between papers rather than with the square of
 * their number.
 */
export function relatedPapers(
  papers: readonly RelatedInput[],
  options: RelatedOptions = {},
): number[][] {
  const index = similarityIndex(papers, options);
  const limit = options.limit ?? DEFAULT_LIMIT;
  return mergeRankings(index.count, limit, [compareRows(index, limit, 0, index.count)]);
}

/**
 * What {@link relatedPapers} finds, with the comparisons shared between this thread and a worker
 * thread started from `workerUrl` (`related-papers-worker.ts`): the comparisons are most of the work
 * at scale. A small collection, or a machine of one core, is compared here alone.
 */
export async function relatedPapersInParallel(
  papers: readonly RelatedInput[],
  options: RelatedOptions,
  workerUrl: URL,
): Promise<number[][]> {
  if (papers.length < MIN_PAPERS_FOR_WORKER || availableParallelism() < 2) {
    return relatedPapers(papers, options);
  }
  // Started first, so that the worker has imported this module by the time the index is built.
  const worker = startWorker<RowsJob, PartialRanking>(workerUrl, "the related papers worker");
  let index: SimilarityIndex;
  try {
    index = similarityIndex(papers, options);
  } catch (error) {
    await worker.stop();
    throw error;
  }
  const limit = options.limit ?? DEFAULT_LIMIT;
  const split = balancedSplit(index);
  const fromWorker = worker.run({ index, limit, from: 0, to: split });
  const here = compareRows(index, limit, split, index.count);
  return mergeRankings(index.count, limit, [await fromWorker, here]);
}

/** The comparisons a worker thread of {@link relatedPapersInParallel} makes: rows `from` to `to`. */
export interface RowsJob {
  index: SimilarityIndex;
  limit: number;
  from: number;
  to: number;
}

/**
 * A collection's TF-IDF vectors and their inverted index, in flat arrays over shared memory, so that
 * a worker thread reads them without a copy.
 */
export interface SimilarityIndex {
  /** How many papers; each is numbered by its place in the list given. */
  count: number;
  /** Paper p's terms and their weights are at [vectorStart[p], vectorStart[p + 1]) of the next two. */
  vectorStart: Int32Array;
  vectorTerms: Int32Array;
  vectorWeights: Float64Array;
  /** Term t's papers, in order, and their weights are at [postingStart[t], postingStart[t + 1]). */
  postingStart: Int32Array;
  postingPapers: Int32Array;
  postingWeights: Float64Array;
}

/** Each paper's best-scoring papers among some of the comparisons, `limit` places per paper. */
export interface PartialRanking {
  papers: Int32Array<ArrayBuffer>;
  scores: Float64Array<ArrayBuffer>;
  counts: Int32Array<ArrayBuffer>;
}

const DEFAULT_LIMIT = 5;
// Below this, starting a worker costs more than sharing the comparisons saves (docs/performance.md).
const MIN_PAPERS_FOR_WORKER = 4000;

/** The TF-IDF vectors of `papers` and their inverted index. */
export function similarityIndex(
  papers: readonly RelatedInput[],
  { maxDocumentShare = 0.1, maxDocumentFrequency = 1000 }: RelatedOptions = {},
): SimilarityIndex {
  const maxFrequency = Math.max(
    MIN_PRUNED_FREQUENCY,
    Math.min(Math.floor(papers.length * maxDocumentShare), maxDocumentFrequency),
  );
  const { vectors, frequency } = tfidfVectors(papers, maxFrequency);
  const vectorStart = sharedInt32(vectors.length + 1);
  vectors.forEach(({ terms }, paper) => {
    vectorStart[paper + 1] = vectorStart[paper]! + terms.length;
  });
  const vectorTerms = sharedInt32(vectorStart[vectors.length]!);
  const vectorWeights = sharedFloat64(vectorTerms.length);
  vectors.forEach(({ terms, weights }, paper) => {
    vectorTerms.set(terms, vectorStart[paper]);
    vectorWeights.set(weights, vectorStart[paper]);
  });
  return {
    count: papers.length,
    vectorStart,
    vectorTerms,
    vectorWeights,
    ...invertedIndex(vectors, frequency),
  };
}

/**
 * Compares each paper of rows `from` to `to` with every later paper it shares a term with, and ranks
 * each pair for both papers: every pair is compared in the rows of its first paper, so rows split
 * between threads compare every pair once in all.
 */
export function compareRows(
  index: SimilarityIndex,
  limit: number,
  from: number,
  to: number,
): PartialRanking {
  const { count, vectorStart, vectorTerms, vectorWeights, postingStart } = index;
  const { postingPapers, postingWeights } = index;
  const best = new BestScores(count, limit);
  const scores = new Float64Array(count);
  const scoredFor = new Int32Array(count).fill(-1);
  // Plain loops over typed arrays: the loop runs for every pair of papers that share a term, and
  // closures with a growing array made garbage that raised the build's peak (docs/performance.md).
  const candidates = new Int32Array(count);
  // Postings list papers in order, so each term's cursor reaches a paper's own posting just as that
  // paper's turn comes: everything after it is a later paper, not yet compared with this one.
  const cursor = firstPostingsFrom(index, from);
  for (let paper = from; paper < to; paper += 1) {
    let candidateCount = 0;
    for (let position = vectorStart[paper]!; position < vectorStart[paper + 1]!; position += 1) {
      const term = vectorTerms[position]!;
      const end = postingStart[term + 1]!;
      // A term only one paper has relates no two papers: it has no postings.
      if (postingStart[term] === end) continue;
      const weight = vectorWeights[position]!;
      const own = cursor[term]!;
      cursor[term] = own + 1;
      for (let at = own + 1; at < end; at += 1) {
        const other = postingPapers[at]!;
        if (scoredFor[other] !== paper) {
          scoredFor[other] = paper;
          scores[other] = 0;
          candidates[candidateCount] = other;
          candidateCount += 1;
        }
        scores[other]! += weight * postingWeights[at]!;
      }
    }
    for (let at = 0; at < candidateCount; at += 1) {
      const other = candidates[at]!;
      const score = scores[other]!;
      if (best.mayTake(paper, score)) best.offer(paper, other, score);
      if (best.mayTake(other, score)) best.offer(other, paper, score);
    }
  }
  return best.ranking();
}

/** Each paper's `limit` most similar papers, most similar first, from the rankings of all the rows. */
export function mergeRankings(
  count: number,
  limit: number,
  parts: readonly PartialRanking[],
): number[][] {
  const best = new BestScores(count, limit);
  for (const part of parts) {
    for (let paper = 0; paper < count; paper += 1) {
      for (let place = 0; place < part.counts[paper]!; place += 1) {
        const score = part.scores[paper * limit + place]!;
        if (best.mayTake(paper, score))
          best.offer(paper, part.papers[paper * limit + place]!, score);
      }
    }
  }
  return Array.from({ length: count }, (_, paper) => best.of(paper));
}

/**
 * The row that splits the comparisons in two halves of equal work. Early rows compare a paper with
 * more later papers than late rows do, so the halves are not halves of the rows.
 */
export function balancedSplit(index: SimilarityIndex): number {
  const { count, vectorStart, vectorTerms, postingStart } = index;
  const cursor = postingStart.slice(0, -1);
  const work = new Float64Array(count);
  let total = 0;
  for (let paper = 0; paper < count; paper += 1) {
    for (let position = vectorStart[paper]!; position < vectorStart[paper + 1]!; position += 1) {
      const term = vectorTerms[position]!;
      const end = postingStart[term + 1]!;
      if (postingStart[term] === end) continue;
      const own = cursor[term]!;
      cursor[term] = own + 1;
      work[paper]! += end - own - 1;
    }
    total += work[paper]!;
  }
  let done = 0;
  for (let paper = 0; paper < count; paper += 1) {
    if (done >= total / 2) return paper;
    done += work[paper]!;
  }
  return count;
}

// For each term, where its postings reach the papers numbered `from` and after.
function firstPostingsFrom(index: SimilarityIndex, from: number): Int32Array {
  const { postingStart, postingPapers } = index;
  const cursor = postingStart.slice(0, -1);
  if (from === 0) return cursor;
  for (let term = 0; term < cursor.length; term += 1) {
    let low = postingStart[term]!;
    let high = postingStart[term + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (postingPapers[middle]! < from) low = middle + 1;
      else high = middle;
    }
    cursor[term] = low;
  }
  return cursor;
}

// The `limit` best-scoring papers for each paper, kept sorted in flat arrays.
class BestScores {
  readonly #limit: number;
  readonly #papers: Int32Array<ArrayBuffer>;
  readonly #scores: Float64Array<ArrayBuffer>;
  readonly #counts: Int32Array<ArrayBuffer>;

  constructor(count: number, limit: number) {
    this.#limit = limit;
    this.#papers = new Int32Array(count * limit);
    this.#scores = new Float64Array(count * limit);
    this.#counts = new Int32Array(count);
  }

  // Whether `score` could enter the paper's list: false for most offers once the list is full, and
  // cheap enough to be inlined, so that a rejected offer costs no call. A tie with the last place is
  // left to `offer`, which knows the papers.
  mayTake(paper: number, score: number): boolean {
    if (!(score > 0) || this.#limit === 0) return false;
    const count = this.#counts[paper]!;
    return count < this.#limit || score >= this.#scores[paper * this.#limit + count - 1]!;
  }

  // Only for a score `mayTake` let through.
  offer(paper: number, other: number, score: number): void {
    const base = paper * this.#limit;
    const count = this.#counts[paper]!;
    if (count === this.#limit && !this.#better(base + count - 1, other, score)) return;
    let at = base + Math.min(count, this.#limit - 1);
    while (at > base && this.#better(at - 1, other, score)) {
      this.#papers[at] = this.#papers[at - 1]!;
      this.#scores[at] = this.#scores[at - 1]!;
      at -= 1;
    }
    this.#papers[at] = other;
    this.#scores[at] = score;
    this.#counts[paper] = Math.min(count + 1, this.#limit);
  }

  // Whether (other, score) ranks above the entry at `at`: a higher score, or the same from an earlier paper.
  #better(at: number, other: number, score: number): boolean {
    return score > this.#scores[at]! || (score === this.#scores[at] && other < this.#papers[at]!);
  }

  of(paper: number): number[] {
    const base = paper * this.#limit;
    return [...this.#papers.subarray(base, base + this.#counts[paper]!)];
  }

  ranking(): PartialRanking {
    return { papers: this.#papers, scores: this.#scores, counts: this.#counts };
  }
}

interface SparseVector {
  terms: number[];
  weights: number[];
}

// L2-normalised TF-IDF vectors with sublinear term frequency, terms numbered in order of first use,
// and how many papers have each term.
function tfidfVectors(
  papers: readonly RelatedInput[],
  maxFrequency: number,
): { vectors: SparseVector[]; frequency: number[] } {
  const termNumbers = new Map<string, number>();
  const frequency: number[] = [];
  const counted = papers.map((paper) => {
    const terms: number[] = [];
    const counts: number[] = [];
    for (const [term, count] of paperTerms(paper)) {
      let number = termNumbers.get(term);
      if (number === undefined) {
        number = frequency.length;
        termNumbers.set(term, number);
        frequency.push(0);
      }
      frequency[number]! += 1;
      terms.push(number);
      counts.push(count);
    }
    return { terms, counts };
  });
  const vectors = counted.map(({ terms, counts }) => {
    const kept: number[] = [];
    const weights: number[] = [];
    terms.forEach((term, position) => {
      const papersWithTerm = frequency[term]!;
      if (papersWithTerm > maxFrequency) return;
      kept.push(term);
      weights.push((1 + Math.log(counts[position]!)) * Math.log(papers.length / papersWithTerm));
    });
    const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return { terms: kept, weights: weights.map((weight) => weight / norm) };
  });
  return { vectors, frequency };
}

// Term t's postings (papers and their weights) are at [start[t], start[t + 1]) of two flat arrays.
// A term only one paper has relates no two papers: it is left out of the index (but counts in the norm).
function invertedIndex(
  vectors: readonly SparseVector[],
  frequency: readonly number[],
): Pick<SimilarityIndex, "postingStart" | "postingPapers" | "postingWeights"> {
  const indexed = (term: number) => frequency[term]! >= 2;
  const start = sharedInt32(frequency.length + 1);
  for (const { terms } of vectors) {
    for (const term of terms) if (indexed(term)) start[term + 1]! += 1;
  }
  for (let term = 0; term < frequency.length; term += 1) start[term + 1]! += start[term]!;
  const papers = sharedInt32(start[frequency.length]!);
  const weights = sharedFloat64(papers.length);
  const next = start.slice(0, -1);
  vectors.forEach((vector, paper) => {
    vector.terms.forEach((term, position) => {
      if (!indexed(term)) return;
      const at = next[term]!;
      papers[at] = paper;
      weights[at] = vector.weights[position]!;
      next[term] = at + 1;
    });
  });
  return { postingStart: start, postingPapers: papers, postingWeights: weights };
}

function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}

function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

// Folds plurals into their singular ("models" and "model" are one term); a full stemmer would buy little more.
function stem(word: string): string {
  if (!word.endsWith("s") || word.length < 4) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  return word.slice(0, -1);
}
