import { describe, expect, it } from "vitest";
import {
  deltaDecode,
  searchIndexPaths,
  type PostingsShard,
  type SearchRecord,
  type VocabularyPart,
} from "../../../../src/search/core/index-format.ts";
import {
  buildSearchIndex,
  documentTerms,
  FIELD_WEIGHTS,
  type SearchDocument,
} from "../../../../src/search/build/index-builder.ts";
import { SEARCH_FIXTURE } from "../../../fixtures/search/papers.ts";

const paper = (overrides: Partial<SearchDocument>): SearchDocument => ({
  id: "p",
  title: "A title",
  authors: [],
  day: "2025-01-01",
  tags: [],
  text: "",
  ...overrides,
});

function files(documents: readonly SearchDocument[], options = {}) {
  const { manifest, files: list } = buildSearchIndex(documents, options);
  const bodies = new Map(list.map(({ path, body }) => [path, JSON.parse(body) as unknown]));
  const get = <T>(path: string) => bodies.get(path) as T;
  const vocabulary = (): VocabularyPart =>
    manifest.vocabulary.reduce<VocabularyPart>(
      (all, _, part) => {
        const { terms, df, top, prefixTotals } = get<VocabularyPart>(
          searchIndexPaths.vocabulary(manifest.version, part),
        );
        return {
          terms: [...all.terms, ...terms],
          df: [...all.df, ...df],
          top: [...all.top, ...top],
          prefixTotals: { ...all.prefixTotals, ...prefixTotals },
        };
      },
      { terms: [], df: [], top: [], prefixTotals: {} },
    );
  return { manifest, bodies, get, vocabulary, version: manifest.version };
}

describe("documentTerms", () => {
  it("weighs a title word above an author, a tag above an abstract word", () => {
    const terms = documentTerms(
      paper({ title: "Kernel", authors: ["Ada Smith"], tags: ["graphs"], text: "kernel graphs" }),
    );
    expect(terms.get("kernel")?.score).toBeGreaterThan(FIELD_WEIGHTS.title);
    expect(terms.get("smith")?.score).toBe(FIELD_WEIGHTS.authors);
    expect(terms.get("graphs")?.score).toBeGreaterThan(FIELD_WEIGHTS.tags);
    expect(terms.get("graphs")?.score).toBeLessThan(FIELD_WEIGHTS.title);
  });

  it("lets repeats in the abstract add less and less", () => {
    const once = documentTerms(paper({ text: "graph" })).get("graph")?.score ?? 0;
    const thrice = documentTerms(paper({ text: "graph graph graph" })).get("graph")?.score ?? 0;
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(3 * once);
    expect(thrice).toBeLessThan(FIELD_WEIGHTS.abstract);
  });

  it("gives the arXiv id its own term and keeps fields apart in positions", () => {
    const terms = documentTerms(
      paper({ title: "One Two", authors: ["Three Four"], arxiv: "2307.03381v2" }),
    );
    expect(terms.get("2307.03381")?.score).toBe(FIELD_WEIGHTS.id);
    expect(terms.get("one")?.positions).toEqual([0]);
    expect(terms.get("two")?.positions).toEqual([1]);
    expect((terms.get("three")?.positions[0] ?? 0) - 1).toBeGreaterThan(1);
  });
});

describe("buildSearchIndex", () => {
  it("numbers papers newest day first, keeping the given order within a day", () => {
    const { get, version } = files([
      paper({ id: "old", day: "2024-01-01" }),
      paper({ id: "new-a", day: "2025-01-01" }),
      paper({ id: "new-b", day: "2025-01-01" }),
    ]);
    const records = get<SearchRecord[]>(searchIndexPaths.records(version, 0));
    expect(records.map(([id]) => id)).toEqual(["new-a", "new-b", "old"]);
    // Without a label for dates, results show the day itself.
    expect(records.map(([, , , day, , , , date]) => date === day)).toEqual([true, true, true]);
    expect(get(searchIndexPaths.days(version))).toEqual([
      ["2025-01-01", 2],
      ["2024-01-01", 1],
    ]);
  });

  it("sorts the vocabulary, parts it by first letter and cuts postings into shards of about the size asked", () => {
    const { manifest, get, vocabulary, version } = files(SEARCH_FIXTURE, {
      postingsShardBytes: 300,
    });
    const { terms } = vocabulary();
    expect(terms).toEqual([...terms].sort());
    expect(terms).toHaveLength(manifest.terms);
    expect(manifest.vocabulary[0]).toEqual([
      "0",
      0,
      terms.filter((term) => /^\d/.test(term)).length,
    ]);
    for (const [key, start, count] of manifest.vocabulary) {
      const part = terms.slice(start, start + count);
      expect(part.every((term) => (key === "0" ? /^\d/.test(term) : term.startsWith(key)))).toBe(
        true,
      );
    }
    expect(manifest.shardStarts[0]).toBe(0);
    expect(manifest.shardStarts.length).toBeGreaterThan(5);
    manifest.shardStarts.forEach((_, shard) => {
      const postings = get<PostingsShard>(searchIndexPaths.postings(version, shard));
      const body = JSON.stringify(postings);
      // A shard over the target (plus its two keys) holds one term whose postings alone are bigger.
      if (body.length > 300 + '{"docs":[],"scores":[]}'.length)
        expect(postings.docs).toHaveLength(1);
    });
  });

  it("finds each term's papers through its shard, with its document frequency", () => {
    const { manifest, get, vocabulary, version } = files(SEARCH_FIXTURE, {
      postingsShardBytes: 300,
    });
    const { terms, df } = vocabulary();
    const index = terms.indexOf("lovelace");
    const shard = manifest.shardStarts.findLastIndex((start) => start <= index);
    const postings = get<PostingsShard>(searchIndexPaths.postings(version, shard));
    const docs = deltaDecode(postings.docs[index - (manifest.shardStarts[shard] ?? 0)] ?? []);
    expect(docs).toHaveLength(df[index] ?? -1);
    const records = SEARCH_FIXTURE.filter((document) =>
      document.authors.includes("Ada Lovelace"),
    ).map((document) => document.id);
    expect(records).toHaveLength(docs.length);
  });

  it("lists each term's best papers in its vocabulary part, best score first, then the newer paper", () => {
    const { manifest, get, vocabulary, version } = files(SEARCH_FIXTURE, {
      postingsShardBytes: 300,
      topPapers: 3,
    });
    expect(manifest.topPapers).toBe(3);
    const { terms, df, top } = vocabulary();
    expect(top).toHaveLength(terms.length);
    terms.forEach((term, index) => {
      const shard = manifest.shardStarts.findLastIndex((start) => start <= index);
      const postings = get<PostingsShard>(searchIndexPaths.postings(version, shard));
      const slot = index - (manifest.shardStarts[shard] ?? 0);
      const docs = deltaDecode(postings.docs[slot] ?? []);
      const expected = docs
        .map((doc, at) => [doc, postings.scores[slot]?.[at] ?? 0] as const)
        .sort(([aDoc, aScore], [bDoc, bScore]) => bScore - aScore || aDoc - bDoc)
        .slice(0, 3)
        .flat();
      expect(top[index], term).toEqual(expected);
      expect((top[index]?.length ?? 0) / 2).toBe(Math.min(3, df[index] ?? 0));
    });
    expect(top.some((papers) => papers.length === 6)).toBe(true);
    expect(top.some((papers) => papers.length === 2)).toBe(true);
  });

  it("writes each record's day as the site does, so no browser needs a date formatter", () => {
    const { get, version } = files([paper({ id: "p", day: "2025-07-31" })], {
      dateLabel: (day: string) => `the day ${day}`,
    });
    const [record] = get<SearchRecord[]>(searchIndexPaths.records(version, 0));
    expect(record?.[3]).toBe("2025-07-31");
    expect(record?.[7]).toBe("the day 2025-07-31");
  });

  it("holds no TeX command and no markup in its vocabulary", () => {
    const { terms } = files(SEARCH_FIXTURE).vocabulary();
    for (const command of ["mathbb", "mathcal", "frac", "sqrt", "nabla", "top", "tau", "le"]) {
      expect(terms).not.toContain(command);
    }
    expect(terms.filter((term) => /[\\$^_{}<>]/.test(term))).toEqual([]);
  });

  it("keeps titles as data, markup and all", () => {
    const title = '<img src=x onerror="alert(1)"> Title';
    const { get, version } = files([paper({ title })]);
    expect(get<SearchRecord[]>(searchIndexPaths.records(version, 0))[0]?.[1]).toBe(title);
  });

  it("lists tags most used first, each with its papers", () => {
    const { manifest, get, version } = files(SEARCH_FIXTURE);
    expect(manifest.tags[0]).toEqual(["llm", 6]);
    const papers = deltaDecode(get<number[]>(searchIndexPaths.tag(version, 0)));
    expect(papers).toHaveLength(6);
    expect(manifest.newestDay).toBe("2025-01-20");
    expect(manifest.oldestDay).toBe("2025-01-09");
  });

  it("names a new folder when anything changes, and the same one when nothing does", () => {
    const one = buildSearchIndex(SEARCH_FIXTURE).manifest.version;
    expect(buildSearchIndex(SEARCH_FIXTURE).manifest.version).toBe(one);
    const changed = [...SEARCH_FIXTURE.slice(1), { ...SEARCH_FIXTURE[0], title: "Changed" }];
    expect(buildSearchIndex(changed as SearchDocument[]).manifest.version).not.toBe(one);
  });
});
