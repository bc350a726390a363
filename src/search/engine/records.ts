import type { SearchRecord } from "../core/index-format.ts";
import type { RankedPaper } from "../core/ranking.ts";
import { onceEach } from "./promise-cache.ts";
import type { SearchSource } from "./source.ts";

/** Loads what results show of papers, fetching each records file once. */
export function createRecordLoader(
  source: Pick<SearchSource, "manifest" | "records">,
): (papers: readonly Pick<RankedPaper, "doc">[]) => Promise<SearchRecord[]> {
  const perShard = source.manifest.recordsPerShard;
  const shardOf = (doc: number) => Math.floor(doc / perShard);
  const recordShard = onceEach((shard: number) => source.records(shard));
  return async (papers) => {
    const shards = [...new Set(papers.map(({ doc }) => shardOf(doc)))];
    const loaded = await Promise.all(shards.map(recordShard));
    return papers.map(({ doc }) => {
      const records = loaded[shards.indexOf(shardOf(doc))] as SearchRecord[];
      return records[doc % perShard] as SearchRecord;
    });
  };
}
