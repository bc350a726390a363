import { upperBound } from "../core/binary-search.ts";
import { deltaDecode, type PostingsShard } from "../core/index-format.ts";
import type { SearchSource } from "./source.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** A term's papers, in ascending order, and its stored score in each. */
export interface Postings {
  docs: Int32Array;
  scores: Uint8Array;
}

/** The postings of the terms queries have needed so far, decoded once each. */
export interface PostingsCache {
  /** Loads the postings of these terms that are not loaded yet. */
  load: (indices: Iterable<number>) => Promise<void>;
  /** A term's postings, once loaded. */
  get: (index: number) => Postings;
}

/** The shard of postings (and of positions) that holds the term at `index`. */
export function shardOf(shardStarts: readonly number[], index: number): number {
  return upperBound(shardStarts, index) - 1;
}

/**
 * The postings of `source`'s index. A term in no more papers than the vocabulary lists for it
 * needs no postings shard: its postings are rebuilt from the list.
 */
export function createPostingsCache(
  source: Pick<SearchSource, "manifest" | "postings">,
  vocabulary: Pick<Vocabulary, "dfAt" | "topAt">,
): PostingsCache {
  const { shardStarts, topPapers } = source.manifest;
  const decoded = new Map<number, Postings>();
  return {
    async load(indices) {
      const missing: number[] = [];
      for (const index of new Set(indices)) {
        if (decoded.has(index)) continue;
        if (vocabulary.dfAt(index) <= topPapers) {
          decoded.set(index, postingsFromTop(vocabulary.topAt(index) ?? []));
        } else {
          missing.push(index);
        }
      }
      const shards = [...new Set(missing.map((index) => shardOf(shardStarts, index)))];
      const loaded = await Promise.all(shards.map((shard) => source.postings(shard)));
      for (const index of missing) {
        const shard = shardOf(shardStarts, index);
        const data = loaded[shards.indexOf(shard)] as PostingsShard;
        const offset = index - (shardStarts[shard] ?? 0);
        decoded.set(index, {
          docs: Int32Array.from(deltaDecode(data.docs[offset] ?? [])),
          scores: Uint8Array.from(data.scores[offset] ?? []),
        });
      }
    },
    get(index) {
      const postings = decoded.get(index);
      if (!postings) throw new Error(`the postings of term ${index} are not loaded`);
      return postings;
    },
  };
}

/** A term's postings rebuilt from its listed best papers (`[paper, score, …]`), in paper order. */
export function postingsFromTop(top: readonly number[]): Postings {
  const pairs: [doc: number, score: number][] = [];
  for (let at = 0; at < top.length; at += 2) pairs.push([top[at] as number, top[at + 1] as number]);
  pairs.sort(([a], [b]) => a - b);
  return {
    docs: Int32Array.from(pairs, ([doc]) => doc),
    scores: Uint8Array.from(pairs, ([, score]) => score),
  };
}
