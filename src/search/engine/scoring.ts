import type { Expansion } from "./expand.ts";

// A phrase found in order says more than its words found anywhere in the paper.
const PHRASE_BONUS = 1.5;

/** How rare a term is: ln(1 + papers / papers with the term). */
export function idf(paperCount: number, documentFrequency: number): number {
  return Math.log(1 + paperCount / documentFrequency);
}

/** What a query's matches count: the score a paper gets from each stored score of a matched term. */
export interface Scoring {
  /** What one stored score of a word's matched term counts: the match's quality times the term's idf. */
  termWeight: (expansion: Expansion) => number;
  /** What one stored score of a phrase's term counts. */
  phraseWeight: (index: number) => number;
}

/** The scoring of a query over `paperCount` papers, given each term's document frequency. */
export function createScoring(
  paperCount: number,
  documentFrequency: (index: number) => number,
): Scoring {
  const weightOf = (index: number) => idf(paperCount, documentFrequency(index));
  return {
    termWeight: ({ index, quality }) => quality * weightOf(index),
    phraseWeight: (index) => PHRASE_BONUS * weightOf(index),
  };
}
