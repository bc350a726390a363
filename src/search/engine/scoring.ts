import { MAX_STORED_SCORE } from "../core/index-format.ts";
import type { Expansion } from "./expand.ts";

// A phrase found in order says more than its words found anywhere in the paper.
const PHRASE_BONUS = 1.5;

/** How rare a term is: ln(1 + papers / papers with the term). */
export function idf(paperCount: number, documentFrequency: number): number {
  return Math.log(1 + paperCount / documentFrequency);
}

/** What a paper holding a query word's matched term scores for that word: `bonus + weight × stored score`. */
export interface TermWeight {
  bonus: number;
  weight: number;
}

/** How a query's matches score. */
export interface Scoring {
  /** What a word's matched term counts: the match's quality times the term's idf, and the bonus of a word as typed. */
  termWeight: (expansion: Expansion) => TermWeight;
  /** What one stored score of a phrase's term counts. */
  phraseWeight: (index: number) => number;
}

/** The words and phrase terms of a query, which bound what its matches can score. */
export interface QueryShape {
  words: number;
  phraseTerms: number;
}

/**
 * The scoring of a query over `paperCount` papers, given each term's document frequency. A paper
 * with more of the query's words as typed ranks above one with fewer, whatever their fields; the
 * field-weighted score orders papers with as many. So that one number says both, each word as typed
 * adds a bonus above all that every other match of the query can add together.
 */
export function createScoring(
  paperCount: number,
  documentFrequency: (index: number) => number,
  query: QueryShape,
): Scoring {
  const weightOf = (index: number) => idf(paperCount, documentFrequency(index));
  // No term is rarer than one paper's, no match better than the word itself, no score above a byte.
  const most = MAX_STORED_SCORE * idf(paperCount, 1);
  const asTypedBonus = most * (query.words + PHRASE_BONUS * query.phraseTerms) + 1;
  return {
    termWeight: ({ index, quality, asTyped }) => ({
      bonus: asTyped ? asTypedBonus : 0,
      weight: quality * weightOf(index),
    }),
    phraseWeight: (index) => PHRASE_BONUS * weightOf(index),
  };
}
