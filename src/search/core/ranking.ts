// The order of search results: the higher score first, and between equal scores the newer paper
// (papers are numbered newest first). The index lists each term's best papers in the same order.

/** A paper by number (papers are numbered newest first) with its score. */
export interface RankedPaper {
  doc: number;
  score: number;
}

/** Whether `a` ranks above `b`: a higher score, or the same score and the newer paper. */
export function outranks(a: RankedPaper, b: RankedPaper): boolean {
  return a.score > b.score || (a.score === b.score && a.doc < b.doc);
}

/**
 * The `count` best-ranked papers, best first. A short prefix matches most of the collection while a
 * page shows a few results: keeping only the best few is much faster than sorting every match.
 */
export function bestRanked(ranked: readonly RankedPaper[], count: number): RankedPaper[] {
  if (count <= 0) return [];
  if (count * 8 >= ranked.length) {
    return [...ranked].sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, count);
  }
  const best: RankedPaper[] = [];
  for (const paper of ranked) {
    if (best.length === count && !outranks(paper, best[count - 1] as RankedPaper)) continue;
    let at = best.length;
    while (at > 0 && outranks(paper, best[at - 1] as RankedPaper)) at--;
    best.splice(at, 0, paper);
    if (best.length > count) best.pop();
  }
  return best;
}
