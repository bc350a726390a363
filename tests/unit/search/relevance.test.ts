import { describe, expect, it } from "vitest";
import { STOPWORDS } from "../../../src/lib/text/stopwords.ts";
import { documentTerms } from "../../../src/search/build/index-builder.ts";
import { createSearchEngine } from "../../../src/search/engine/query.ts";
import { memorySource } from "../../fixtures/search/memory-source.ts";
import { SEARCH_FIXTURE } from "../../fixtures/search/papers.ts";

// Small shards, so that the fixture spreads over many files as a real collection does.
const { source } = memorySource(SEARCH_FIXTURE, { postingsShardBytes: 200, recordsPerShard: 3 });
const engine = createSearchEngine(source);

async function ids(query: string, filters = {}): Promise<string[]> {
  const { hits } = await engine.search({ query, filters, limit: 50 });
  return hits.map((hit) => hit.record[0]);
}

// Each query with what must come first, or the exact set of results when order does not matter.
const FIRST: [what: string, query: string, first: string][] = [
  ["a typo", "quantizaton", "2501.01001"],
  ["the word itself", "quantization", "2501.01001"],
  ["a typo with a swapped pair", "trasnformers", "2103.13413"],
  ["a typo in a short word", "atention", "1706.03762"],
  ["an author's surname", "lovelace", "2501.01001"],
  ["an author's full name", "Jared Kaplan", "2001.08361"],
  ["a name without its accents", "chatelet", "2501.01002"],
  ["a name with its accents", "Émilie du Châtelet", "2501.01002"],
  ["an arXiv id", "2307.03381", "2307.03381"],
  ["an arXiv id with prefix and version", "arXiv:2307.03381v2", "2307.03381"],
  ["an old-style arXiv id", "hep-th/9901001", "hep-th-9901001"],
  ["a word being typed", "speculative decod", "2211.17192"],
  ["a partial word", "radian", "2003.08934"],
  ["two words from a title", "sparse attention", "2501.01003"],
  ["words from title and abstract", "diffusion adversarial", "2105.05233"],
  ["a hyphenated word split", "retrieval augmented", "2005.11401"],
  ["a hyphenated word joined", "finetuning multimodal", "2307.03381"],
  [
    "a title word outranks the same word in an abstract",
    "compression",
    "a-survey-of-model-compression",
  ],
  ["a word from the abstract only", "hallucinations", "2005.11401"],
  ["a tag", "robotics", "2104.08821"],
  ["a question in plain words", "what is sparse attention", "2501.01003"],
  // A word as typed outranks words that only resemble it: its typos, and the words it starts.
  ["a word found exactly in an abstract only", "decoder", "2501.01002"],
  ["a rare word in an abstract, over typos of it in titles", "transferable", "2307.03381"],
  ["a rare word in an abstract, over a title word one letter off", "sample", "2105.05233"],
  ["a word found exactly, over a longer word it starts", "ada", "2501.01001"],
  ["a common word being typed, as the start of a longer one", "at", "1706.03762"],
];

const EXACTLY: [what: string, query: string, results: string[]][] = [
  ["a quoted phrase", '"attention is all you need"', ["1706.03762"]],
  ["a quoted phrase inside a longer abstract", '"dense retriever"', ["2005.11401"]],
  ["a phrase with a word", '"language models" kaplan', ["2001.08361"]],
  ["an author with two papers", "ada lovelace", ["2501.01001", "2212.08051"]],
  ["words in different papers match nothing together", "attention mixup", []],
  ["a phrase in the wrong order", '"need you all"', []],
  ["a word in no paper", "xylophone", []],
  ["letters that are no word", "zzqx", []],
  ["a TeX command", "mathbb", []],
  ["another TeX command", "mathcal", []],
  ["an arXiv id that is not in the collection", "2401.99999", []],
];

describe("search relevance on the fixture collection", () => {
  for (const [what, query, first] of FIRST) {
    it(`${what}: “${query}” finds ${first} first`, async () => {
      expect((await ids(query))[0]).toBe(first);
    });
  }

  for (const [what, query, results] of EXACTLY) {
    it(`${what}: “${query}” finds ${results.length ? results.join(", ") : "nothing"}`, async () => {
      expect((await ids(query)).sort()).toEqual([...results].sort());
    });
  }

  it("a prefix finds every paper with a word it starts", async () => {
    const found = await ids("quant");
    expect(found).toEqual(expect.arrayContaining(["2501.01001", "2501.01002", "2212.08051"]));
  });

  it("a typo finds the papers with the word it misspells, and the survey that mentions it", async () => {
    const found = await ids("quantizaton");
    expect(found).toEqual(expect.arrayContaining(["2501.01001", "a-survey-of-model-compression"]));
    expect(found).not.toContain("1706.03762");
  });

  it("filters by tag and by feed days", async () => {
    expect((await ids("attention", { tag: "attention" })).sort()).toEqual(
      ["1706.03762", "2205.14135", "2501.01003"].sort(),
    );
    expect((await ids("attention", { from: "2025-01-17", to: "2025-01-19" })).sort()).toEqual([
      "1706.03762",
      "2501.01003",
    ]);
    expect(await ids("", { tag: "physics" })).toEqual(["2501.01002", "hep-th-9901001"]);
  });

  it("puts every paper with a word as typed above every paper whose words only resemble it", async () => {
    const termsOf = new Map(SEARCH_FIXTURE.map((paper) => [paper.id, documentTerms(paper)]));
    const vocabulary = new Set([...termsOf.values()].flatMap((terms) => [...terms.keys()]));
    let resembling = 0;
    for (const term of [...vocabulary].filter((word) => !STOPWORDS.has(word))) {
      // Still being typed, and finished.
      for (const query of [term, `${term} `]) {
        const holds = (await ids(query)).map((id) => termsOf.get(id)?.has(term));
        expect(
          holds.indexOf(false) < 0 || holds.lastIndexOf(true) < holds.indexOf(false),
          query,
        ).toBe(true);
        if (holds.includes(false)) resembling += 1;
      }
    }
    // Many words also find papers that only resemble them, or this test would prove nothing.
    expect(resembling).toBeGreaterThan(50);
  });
});
