import { describe, expect, it } from "vitest";
import { parseQuery, searchedWords } from "../../../../src/search/engine/parse-query.ts";

describe("parseQuery", () => {
  it("matches the last word as a prefix only while it is being typed", () => {
    expect(parseQuery("sparse atten").words).toEqual([
      { term: "sparse", prefix: false, exact: false },
      { term: "atten", prefix: true, exact: false },
    ]);
    expect(parseQuery("sparse atten ").words.at(-1)?.prefix).toBe(false);
  });

  it("reads quoted phrases, an unclosed quote included, and single quoted words as exact", () => {
    expect(parseQuery('"Attention is all" you "need').phrases).toEqual([
      ["attention", "is", "all"],
    ]);
    expect(parseQuery('"Attention is all" you "need').words).toEqual([
      { term: "need", prefix: false, exact: true },
      { term: "you", prefix: false, exact: false },
    ]);
    expect(parseQuery("“dense retriever”").phrases).toEqual([["dense", "retriever"]]);
  });

  it("drops arXiv: before an id and counts a repeated word once", () => {
    expect(parseQuery("arXiv:2307.03381v2 ").words).toEqual([
      { term: "2307.03381", prefix: false, exact: false },
    ]);
    expect(parseQuery("graph Graph ").words).toHaveLength(1);
  });
});

describe("searchedWords", () => {
  const terms = (query: string) => searchedWords(parseQuery(query)).map((word) => word.term);

  it("skips common words next to other words or a phrase", () => {
    expect(terms("the transformer of ")).toEqual(["transformer"]);
    expect(terms('the "sparse attention"')).toEqual([]);
  });

  it("searches common words when they are all there is", () => {
    expect(terms("with the ")).toEqual(["with", "the"]);
  });
});
