import { indexOfSorted } from "../core/binary-search.ts";
import { deltaDecode, type PositionsShard } from "../core/index-format.ts";
import { shardOf, type PostingsCache } from "./postings.ts";
import type { SearchSource } from "./source.ts";

/**
 * The papers in which the terms at `indices` stand side by side in this order, each with the sum
 * of `weight(term) × stored score` over the phrase's terms. The terms' postings must be loaded; their
 * positions are loaded here, the only time any are.
 */
export async function phraseMatches(
  indices: readonly number[],
  source: Pick<SearchSource, "manifest" | "positions">,
  postings: Pick<PostingsCache, "get">,
  weight: (index: number) => number,
): Promise<Map<number, number>> {
  const { shardStarts } = source.manifest;
  const shards = [...new Set(indices.map((index) => shardOf(shardStarts, index)))];
  const loaded = await Promise.all(shards.map((shard) => source.positions(shard)));
  const positionsOf = (index: number, slot: number): number[] => {
    const shard = shardOf(shardStarts, index);
    const data = loaded[shards.indexOf(shard)] as PositionsShard;
    return deltaDecode(data[index - (shardStarts[shard] ?? 0)]?.[slot] ?? []);
  };
  const lists = indices.map((index) => postings.get(index));
  const matches = new Map<number, number>();
  const [first] = lists;
  if (!first) return matches;
  for (const doc of first.docs) {
    const slots = lists.map((list) => indexOfSorted(list.docs, doc));
    if (slots.some((slot) => slot < 0)) continue;
    const starts = new Set(positionsOf(indices[0] as number, slots[0] as number));
    for (let word = 1; word < indices.length && starts.size > 0; word++) {
      const at = new Set(positionsOf(indices[word] as number, slots[word] as number));
      for (const start of starts) if (!at.has(start + word)) starts.delete(start);
    }
    if (starts.size === 0) continue;
    let score = 0;
    slots.forEach((slot, word) => {
      score += (lists[word]?.scores[slot] ?? 0) * weight(indices[word] as number);
    });
    matches.set(doc, score);
  }
  return matches;
}
