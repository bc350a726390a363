import { describe, expect, it } from "vitest";
import { searchIndexPaths } from "../../../../src/search/core/index-format.ts";
import {
  DEFAULT_MATCH_SETTINGS,
  type MatchSettings,
} from "../../../../src/search/core/match-settings.ts";
import { createSearchEngine } from "../../../../src/search/engine/query.ts";
import type { SearchSource } from "../../../../src/search/engine/source.ts";
import type { SearchDocument } from "../../../../src/search/build/index-builder.ts";
import { memorySource } from "../../../fixtures/search/memory-source.ts";
import { SEARCH_FIXTURE } from "../../../fixtures/search/papers.ts";

describe("createSearchEngine", () => {
  it("loads only the shards a query needs, once each", async () => {
    // Two results, and one best paper listed per term: "lovelace" needs its postings.
    const { source, loaded } = memorySource(SEARCH_FIXTURE, {
      postingsShardBytes: 200,
      recordsPerShard: 1,
      topPapers: 1,
    });
    const engine = createSearchEngine(source);
    await engine.search({ query: "lovelace ", limit: 2 });
    const version = source.manifest.version;
    const postings = loaded.filter((path) => path.startsWith(`${version}/postings/`));
    expect(postings).toHaveLength(1);
    expect(loaded.filter((path) => path.startsWith(`${version}/records/`))).toHaveLength(2);
    expect(loaded.some((path) => path.includes("positions"))).toBe(false);
    expect(source.manifest.shardStarts.length).toBeGreaterThan(10);
    await engine.search({ query: "lovelace ", limit: 2 });
    expect(loaded.filter((path) => path.startsWith(`${version}/postings/`))).toHaveLength(1);
  });

  it("needs no postings for a word whose papers the vocabulary lists in full", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE, { postingsShardBytes: 200 });
    const engine = createSearchEngine(source);
    const { total, hits } = await engine.search({ query: "lovelace " });
    expect(total).toBe(2);
    expect(hits.map(({ record }) => record[2])).toEqual([
      ["Ada Lovelace", "Yuki Tanaka"],
      ["Zhang Wei", "Ada Lovelace"],
    ]);
    expect(loaded.some((path) => path.includes("/postings/"))).toBe(false);
    const withPostings = createSearchEngine(memorySource(SEARCH_FIXTURE, { topPapers: 1 }).source);
    expect((await withPostings.search({ query: "lovelace " })).hits).toEqual(hits);
  });

  it("loads a one-word query's results alongside its postings, and no other records", async () => {
    const cases = [
      { papers: manyPapers(), queries: ["gr", "graph", "ne", "neural", "networks ", "zzz"] },
      { papers: SEARCH_FIXTURE, queries: ["tr", "tra", "la", "lan", "re", "de", "mo", "in"] },
    ];
    for (const { papers, queries } of cases) {
      const built = memorySource(papers, { recordsPerShard: 1, postingsShardBytes: 400 });
      for (const [query, limit] of queries.flatMap((query) =>
        [1, 3, 6].map((n) => [query, n] as const),
      )) {
        // Postings arrive a task later than asked for, as over a network.
        const events: string[] = [];
        const source: SearchSource = {
          ...built.source,
          postings: async (shard) => {
            events.push("postings asked");
            const postings = await built.source.postings(shard);
            await new Promise((resolve) => setTimeout(resolve, 1));
            events.push("postings arrived");
            return postings;
          },
          records: (shard) => {
            events.push(`records ${shard}`);
            return built.source.records(shard);
          },
        };
        const { hits } = await createSearchEngine(source).search({ query, limit });
        const asked = events.filter((event) => event.startsWith("records"));
        expect(asked.sort(), `${query} (${limit})`).toEqual(
          hits.map(({ doc }) => `records ${doc}`).sort(),
        );
        const arrived = events.indexOf("postings arrived");
        if (arrived >= 0 && hits.length > 0) {
          expect(events.indexOf(asked[0] as string), query).toBeLessThan(arrived);
        }
      }
    }
  });

  it("answers a short prefix or a single term from the vocabulary alone, as the postings would", async () => {
    for (const papers of [manyPapers(), SEARCH_FIXTURE]) {
      const built = memorySource(papers, { postingsShardBytes: 400 });
      // Postings that never arrive: an answer that waited for them would never come.
      const asked: number[] = [];
      const source: SearchSource = {
        ...built.source,
        postings: (shard) => {
          asked.push(shard);
          return new Promise(() => undefined);
        },
      };
      const slow = createSearchEngine(memorySource(papers, { topPapers: 0 }).source);
      const queries = new Set(
        (await vocabularyOf(source)).flatMap((term) => [
          term.slice(0, 2),
          term.slice(0, 3),
          `${term} `,
        ]),
      );
      for (const query of queries) {
        const answer = await createSearchEngine(source).search({ query, limit: 6 });
        const expected = await slow.search({ query, limit: 6 });
        expect(answer.total, query).toBe(expected.total);
        expect(
          answer.hits.map(({ doc }) => doc),
          query,
        ).toEqual(expected.hits.map(({ doc }) => doc));
      }
      // Asked for afterwards, for the keystroke that follows.
      expect(asked.length).toBeGreaterThan(0);
    }
  });

  it("takes a short prefix's total from the index only when its prefix settings equal the ones recorded", async () => {
    const built = memorySource(manyPapers());
    // Postings that never arrive: a search that needs them never settles.
    const source: SearchSource = { ...built.source, postings: () => new Promise(() => undefined) };
    const settle = (settings: MatchSettings) =>
      Promise.race([
        createSearchEngine(source, settings).search({ query: "ne", limit: 3 }),
        new Promise((resolve) => setTimeout(() => resolve("waiting for postings"), 50)),
      ]);
    // Equal settings in another object: the index's totals hold.
    expect(await settle({ ...DEFAULT_MATCH_SETTINGS })).toMatchObject({ total: 300 });
    expect(await settle({ ...DEFAULT_MATCH_SETTINGS, prefixExpansions: 6 })).toBe(
      "waiting for postings",
    );
    expect(await settle({ ...DEFAULT_MATCH_SETTINGS, minFuzzyLength: 5 })).toBe(
      "waiting for postings",
    );
  });

  it("counts a short prefix as its own settings expand it when they differ from the index's", async () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    // Without listed papers every count comes from the postings: the reference.
    const { source: postingsOnly } = memorySource(SEARCH_FIXTURE, { topPapers: 0 });
    const narrower = { ...DEFAULT_MATCH_SETTINGS, prefixExpansions: 6 };
    const prefixes = new Set((await vocabularyOf(source)).map((term) => term.slice(0, 2)));
    let differing = 0;
    for (const query of prefixes) {
      const { total } = await createSearchEngine(source, narrower).search({ query, limit: 6 });
      const expected = await createSearchEngine(postingsOnly, narrower).search({ query, limit: 6 });
      expect(total, query).toBe(expected.total);
      const { total: recorded } = await createSearchEngine(source).search({ query, limit: 6 });
      if (recorded !== total) differing += 1;
    }
    // Some prefix must count differently, or this test would not tell the two apart.
    expect(differing).toBeGreaterThan(0);
  });

  it("loads records only once the postings are there when more results than listed are asked for, or several words", async () => {
    for (const request of [
      { query: "graph", limit: 7 },
      { query: "graph neu", limit: 3 },
    ]) {
      const { source, loaded } = memorySource(manyPapers(), { recordsPerShard: 1 });
      const { hits } = await createSearchEngine(source).search(request);
      const records = loaded.filter((path) => path.includes("/records/"));
      expect(records).toHaveLength(hits.length);
      expect(loaded.findIndex((path) => path.includes("/records/"))).toBeGreaterThan(
        loaded.findLastIndex((path) => path.includes("/postings/")),
      );
    }
  });

  it("loads positions only to check a phrase", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    await createSearchEngine(source).search({ query: '"dense retriever"' });
    expect(loaded).toContain(searchIndexPaths.positions(source.manifest.version, 0));
  });

  it("counts every match and returns the page asked for", async () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const engine = createSearchEngine(source);
    const all = await engine.search({ query: "llm", limit: 50 });
    const page = await engine.search({ query: "llm", offset: 2, limit: 2 });
    expect(all.total).toBe(6);
    expect(page.total).toBe(6);
    expect(page.hits.map((hit) => hit.doc)).toEqual(all.hits.slice(2, 4).map((hit) => hit.doc));
  });

  it("ignores common words next to others, but searches them alone", async () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const engine = createSearchEngine(source);
    const withStopwords = await engine.search({ query: "the transformer of ", limit: 50 });
    const without = await engine.search({ query: "transformer ", limit: 50 });
    expect(withStopwords.total).toBe(without.total);
    expect((await engine.search({ query: "with " })).total).toBeGreaterThan(0);
  });

  it("returns the terms it matched, for highlighting", async () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const { terms } = await createSearchEngine(source).search({ query: "quantizaton" });
    expect(terms).toContain("quantization");
  });

  it("finds nothing without a query or a filter, and every paper of a filter without a query", async () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const engine = createSearchEngine(source);
    expect((await engine.search({ query: "  " })).total).toBe(0);
    const june = await engine.search({ query: "", filters: { from: "2025-01-20" } });
    expect(june.hits.map((hit) => hit.record[0])).toEqual(["2501.01001", "2501.01002"]);
    expect((await engine.search({ query: "", filters: { tag: "no-such-tag" } })).total).toBe(0);
  });

  it("expands a word to close vocabulary terms and a prefix to its commonest completions", async () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const engine = createSearchEngine(source);
    const names = async (word: Parameters<typeof engine.expand>[0]) =>
      (await engine.expand(word)).map(({ index }) => engine.termAt(index));
    expect(await names({ term: "quantizaton", prefix: false, exact: false })).toContain(
      "quantization",
    );
    expect(await names({ term: "quantizaton", prefix: false, exact: true })).toEqual([]);
    expect(await names({ term: "tra", prefix: true, exact: false })).toEqual(
      expect.arrayContaining(["training", "transformers"]),
    );
    const completions = await engine.expand({ term: "tra", prefix: true, exact: false });
    for (const { quality } of completions) expect(quality).toBeLessThan(1);
  });

  it("expands two- and three-letter prefixes to fewer terms than longer ones", async () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const engine = createSearchEngine(source, { ...DEFAULT_MATCH_SETTINGS, prefixExpansions: 3 });
    const completions = async (term: string) =>
      (await engine.expand({ term, prefix: true, exact: false })).filter(
        ({ quality }) => quality < 1,
      ).length;
    expect(await completions("tr")).toBe(1);
    expect(await completions("tra")).toBe(2);
    expect(await completions("t")).toBe(0);
  });

  it("prepares a word too short to search for by loading only its vocabulary part", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    await createSearchEngine(source).prepare("l");
    const l = source.manifest.vocabulary.findIndex(([key]) => key === "l");
    expect(loaded).toEqual([searchIndexPaths.vocabulary(source.manifest.version, l)]);
  });

  it("stops a search replaced by a newer one before it loads postings or records", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    const controller = new AbortController();
    const searching = createSearchEngine(source).search({
      query: "lovelace",
      signal: controller.signal,
    });
    controller.abort();
    await expect(searching).rejects.toThrow(/abort/i);
    expect(loaded.some((path) => path.includes("/postings/") || path.includes("/records/"))).toBe(
      false,
    );
  });

  it("pages through many matches in the order of the whole ranking, ties to the newer paper", async () => {
    const engine = createSearchEngine(memorySource(manyPapers()).source);
    for (const query of ["graph", "graph neu"]) {
      const whole = (await engine.search({ query, limit: 300 })).hits;
      expect(whole).toHaveLength(300);
      whole.slice(1).forEach((hit, index) => {
        const before = whole[index] as (typeof whole)[number];
        expect(before.score).toBeGreaterThanOrEqual(hit.score);
        if (before.score === hit.score) expect(before.doc).toBeLessThan(hit.doc);
      });
      for (let offset = 0; offset < 40; offset += 7) {
        const page = await engine.search({ query, offset, limit: 7 });
        expect(page.total).toBe(300);
        expect(page.hits.map(({ doc }) => doc)).toEqual(
          whole.slice(offset, offset + 7).map(({ doc }) => doc),
        );
      }
      expect(await engine.search({ query, limit: 0 })).toMatchObject({ total: 300, hits: [] });
    }
  });

  it("loads the vocabulary part of a word just begun, for the next keystroke", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    const engine = createSearchEngine(source);
    const partPath = (key: string) =>
      searchIndexPaths.vocabulary(
        source.manifest.version,
        source.manifest.vocabulary.findIndex(([partKey]) => partKey === key),
      );
    await engine.search({ query: "lovelace q" });
    expect(loaded).toContain(partPath("q"));
    await engine.search({ query: "lovelace qu" });
    await engine.search({ query: "sparse" });
    // Each part once, "q" ahead of the search that needs it.
    expect(loaded.filter((path) => path.includes("/vocabulary/")).sort()).toEqual(
      [partPath("l"), partPath("q"), partPath("s")].sort(),
    );
  });

  it("loads only the vocabulary part of each word's first letter", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    await createSearchEngine(source).search({ query: "lovelace" });
    const parts = loaded.filter((path) => path.includes("/vocabulary/"));
    const l = source.manifest.vocabulary.findIndex(([key]) => key === "l");
    expect(parts).toEqual([searchIndexPaths.vocabulary(source.manifest.version, l)]);
  });
});

/** Every term of an index, part after part. */
async function vocabularyOf(source: SearchSource): Promise<string[]> {
  const parts = await Promise.all(
    source.manifest.vocabulary.map((_, part) => source.vocabulary(part)),
  );
  return parts.flatMap((part) => part.terms);
}

/** 300 papers whose scores repeat (same title, same abstract), so that ties decide much of the order. */
function manyPapers(): SearchDocument[] {
  return Array.from({ length: 300 }, (_, number) => ({
    id: `paper-${number}`,
    title: number % 3 === 0 ? "Graph neural networks" : "Neural networks",
    authors: ["Ada Lovelace"],
    day: `2025-01-${String(28 - (number % 28)).padStart(2, "0")}`,
    tags: [],
    text: `${"graph ".repeat(1 + (number % 4))}neural message passing.`,
  }));
}
