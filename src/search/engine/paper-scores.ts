import type { RankedPaper } from "../core/ranking.ts";
import type { Expansion } from "./expand.ts";
import type { Postings } from "./postings.ts";
import type { TermWeight } from "./scoring.ts";

/**
 * Each paper's best score for one query word (0: no match), and the papers that have one. A short
 * prefix matches most of the collection: per-paper arrays keep that fast where maps do not.
 */
export interface PaperScores {
  best: Float64Array;
  docs: number[];
}

/** No paper matched yet, among `paperCount`. */
export function emptyScores(paperCount: number): PaperScores {
  return { best: new Float64Array(paperCount), docs: [] };
}

/** Records `score` for a paper if it beats the paper's best so far. */
export function raiseScore(scores: PaperScores, doc: number, score: number): void {
  const before = scores.best[doc] as number;
  if (score <= before) return;
  if (before === 0) scores.docs.push(doc);
  scores.best[doc] = score;
}

/** Each paper's best score for one word, over the terms it matched: bonus + weight × stored score. */
export function wordScores(
  expansions: readonly Expansion[],
  paperCount: number,
  postingsOf: (index: number) => Postings,
  termWeight: (expansion: Expansion) => TermWeight,
): PaperScores {
  const group = emptyScores(paperCount);
  for (const expansion of expansions) {
    const { docs, scores } = postingsOf(expansion.index);
    const { bonus, weight } = termWeight(expansion);
    for (let slot = 0; slot < docs.length; slot++) {
      raiseScore(group, docs[slot] as number, bonus + weight * (scores[slot] as number));
    }
  }
  return group;
}

/**
 * The papers that every group (a query word or phrase) matched and `accept` lets through, each
 * scored by the sum of its groups' scores.
 */
export function matchEvery(
  groups: readonly PaperScores[],
  accept: (doc: number) => boolean,
): RankedPaper[] {
  const [smallest, ...others] = [...groups].sort((a, b) => a.docs.length - b.docs.length);
  const ranked: RankedPaper[] = [];
  if (!smallest) return ranked;
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
  return ranked;
}
