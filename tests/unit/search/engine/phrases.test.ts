import { describe, expect, it } from "vitest";
import type { SearchDocument } from "../../../../src/search/build/index-builder.ts";
import { phraseMatches } from "../../../../src/search/engine/phrases.ts";
import { createPostingsCache } from "../../../../src/search/engine/postings.ts";
import { createVocabulary } from "../../../../src/search/engine/vocabulary.ts";
import { memorySource } from "../../../fixtures/search/memory-source.ts";

const paper = (id: string, title: string, text: string): SearchDocument => ({
  id,
  title,
  authors: ["Ada Lovelace"],
  day: "2025-01-01",
  tags: [],
  text,
});
// Papers are numbered in this order (one day).
const PAPERS = [
  paper("a", "Sparse attention", "We make attention sparse."),
  paper("b", "Attention", "Sparse patterns of attention."),
  paper("c", "Sparse models", "Attention, sparse and dense."),
  paper("d", "Dense retrieval", "A dense sparse attention mix."),
];

async function phrase(words: string[], weight: (index: number) => number = () => 1) {
  const { source, loaded } = memorySource(PAPERS, { topPapers: 0 });
  const vocabulary = createVocabulary(source);
  const postings = createPostingsCache(source, vocabulary);
  const indices = await Promise.all(words.map(vocabulary.find));
  await postings.load(indices);
  const before = loaded.length;
  const matches = await phraseMatches(indices, source, postings, weight);
  return { matches, indices, postings, positionFiles: loaded.slice(before) };
}

describe("phraseMatches", () => {
  it("finds the papers with the words side by side in this order, not only near or reversed", async () => {
    const { matches, positionFiles } = await phrase(["sparse", "attention"]);
    expect([...matches.keys()].sort()).toEqual([0, 3]);
    expect(positionFiles.length).toBeGreaterThan(0);
    expect(positionFiles.every((path) => path.includes("/positions/"))).toBe(true);
    expect([...(await phrase(["attention", "sparse"])).matches.keys()].sort()).toEqual([0, 2]);
    expect([...(await phrase(["patterns", "attention"])).matches.keys()]).toEqual([]);
    expect([...(await phrase(["dense", "sparse", "attention"])).matches.keys()]).toEqual([3]);
  });

  it("never matches across two fields, or across two authors", async () => {
    // Paper c's title ends with "models" and its abstract starts with "attention".
    expect([...(await phrase(["models", "attention"])).matches.keys()]).toEqual([]);
    expect([...(await phrase(["lovelace", "sparse"])).matches.keys()]).toEqual([]);
  });

  it("scores a match by the phrase's terms' stored scores, each times its weight", async () => {
    const { matches, indices, postings } = await phrase(["sparse", "attention"], (index) =>
      index === 0 ? 0 : 2,
    );
    const stored = (word: number, doc: number) => {
      const { docs, scores } = postings.get(indices[word] as number);
      return scores[docs.indexOf(doc)] as number;
    };
    const weight = (word: number) => ((indices[word] as number) === 0 ? 0 : 2);
    for (const [doc, score] of matches) {
      expect(score).toBe(stored(0, doc) * weight(0) + stored(1, doc) * weight(1));
    }
  });
});
