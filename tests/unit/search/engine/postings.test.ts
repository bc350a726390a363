import { describe, expect, it } from "vitest";
import {
  createPostingsCache,
  postingsFromTop,
  shardOf,
} from "../../../../src/search/engine/postings.ts";
import { createVocabulary } from "../../../../src/search/engine/vocabulary.ts";
import { memorySource } from "../../../fixtures/search/memory-source.ts";
import { SEARCH_FIXTURE } from "../../../fixtures/search/papers.ts";

describe("shardOf", () => {
  it("is the last shard starting at or before a term", () => {
    const starts = [0, 10, 25];
    expect([0, 9, 10, 24, 25, 900].map((index) => shardOf(starts, index))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
  });
});

describe("postingsFromTop", () => {
  it("puts a term's listed best papers back in paper order with their scores", () => {
    expect(postingsFromTop([7, 40, 2, 40, 5, 12])).toEqual({
      docs: Int32Array.from([2, 5, 7]),
      scores: Uint8Array.from([40, 12, 40]),
    });
  });
});

describe("createPostingsCache", () => {
  it("decodes a term's postings, from its shard or from the vocabulary when it lists them all", async () => {
    const words = ["language", "lovelace", "attention", "quantization", "we", "language"];
    // With no papers listed, every term's postings come from its shard: the reference.
    const reference = memorySource(SEARCH_FIXTURE, { topPapers: 0, postingsShardBytes: 300 });
    const referenceVocabulary = createVocabulary(reference.source);
    const referencePostings = createPostingsCache(reference.source, referenceVocabulary);
    const referenceIndices = await Promise.all(words.map(referenceVocabulary.find));
    await referencePostings.load(referenceIndices);
    for (const topPapers of [1, 2, 6]) {
      const { source, loaded } = memorySource(SEARCH_FIXTURE, {
        topPapers,
        postingsShardBytes: 300,
      });
      const vocabulary = createVocabulary(source);
      const postings = createPostingsCache(source, vocabulary);
      const indices = await Promise.all(words.map(vocabulary.find));
      await postings.load(indices);
      indices.forEach((index, at) => {
        expect(postings.get(index), `${words[at]} (${topPapers})`).toEqual(
          referencePostings.get(referenceIndices[at] as number),
        );
      });
      const needShards = new Set(
        indices
          .filter((index) => vocabulary.dfAt(index) > topPapers)
          .map((index) => shardOf(source.manifest.shardStarts, index)),
      );
      const shards = loaded.filter((path) => path.includes("/postings/"));
      expect(shards, String(topPapers)).toHaveLength(needShards.size);
      await postings.load(indices);
      expect(loaded.filter((path) => path.includes("/postings/"))).toEqual(shards);
    }
  });

  it("refuses the postings of a term not loaded", () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const postings = createPostingsCache(source, createVocabulary(source));
    expect(() => postings.get(3)).toThrow(/term 3 are not loaded/);
  });
});
