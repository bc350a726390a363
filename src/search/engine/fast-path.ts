import { bestRanked, type RankedPaper } from "../core/ranking.ts";
import type { Expansion } from "./expand.ts";
import type { QueryWord } from "./parse-query.ts";
import type { TermWeight } from "./scoring.ts";
import type { Vocabulary } from "./vocabulary.ts";

/**
 * The best `count` papers for one word, from the best papers each of its terms lists, before any
 * postings are loaded; undefined when the vocabulary lists fewer than `count` per term. A paper
 * scores by its best term, so each of the true top `count` is in its best term's top `count`.
 */
export function foreseePage(
  expansions: readonly Expansion[],
  count: number,
  topPapers: number,
  topAt: Vocabulary["topAt"],
  termWeight: (expansion: Expansion) => TermWeight,
): RankedPaper[] | undefined {
  if (count > topPapers) return undefined;
  const best = new Map<number, number>();
  for (const expansion of expansions) {
    const top = topAt(expansion.index);
    if (!top) return undefined;
    const { bonus, weight } = termWeight(expansion);
    for (let at = 0; at < top.length; at += 2) {
      const doc = top[at] as number;
      const score = bonus + weight * (top[at + 1] as number);
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
 * document frequency, or the total the index keeps for a short prefix when `prefixTotalsHold` (the
 * index counted it with this engine's settings; otherwise the postings count).
 */
export function knownTotal(
  word: QueryWord,
  expansions: readonly Expansion[],
  vocabulary: Pick<Vocabulary, "dfAt" | "partAt">,
  minFuzzyLength: number,
  prefixTotalsHold: boolean,
): number | undefined {
  const [only] = expansions;
  if (only && expansions.length === 1) return vocabulary.dfAt(only.index);
  if (!word.prefix || word.term.length >= minFuzzyLength) return undefined;
  if (!prefixTotalsHold) return undefined;
  const part = only === undefined ? undefined : vocabulary.partAt(only.index);
  return part && Object.hasOwn(part.prefixTotals, word.term)
    ? part.prefixTotals[word.term]
    : undefined;
}
