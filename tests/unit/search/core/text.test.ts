import { describe, expect, it } from "vitest";
import { arxivTerm, normalizeTerm, STOPWORDS, tokenize } from "../../../../src/search/core/text.ts";

const terms = (text: string) => tokenize(text).map((token) => token.term);

describe("normalizeTerm", () => {
  it("lowercases and removes accents, including letters that do not decompose", () => {
    expect(normalizeTerm("Châtelet")).toBe("chatelet");
    expect(normalizeTerm("Gödel")).toBe("godel");
    expect(normalizeTerm("Straße")).toBe("strasse");
    expect(normalizeTerm("Łukasz")).toBe("lukasz");
  });

  it("drops the version of an arXiv id", () => {
    expect(normalizeTerm("2307.03381v2")).toBe("2307.03381");
    expect(normalizeTerm("hep-th/9901001v3")).toBe("hep-th/9901001");
  });
});

describe("tokenize", () => {
  it("splits words on punctuation and keeps where each one is", () => {
    expect(tokenize("Sparse, attention!")).toEqual([
      { term: "sparse", start: 0, end: 6 },
      { term: "attention", start: 8, end: 17 },
    ]);
  });

  it("never turns TeX commands or math variables into terms", () => {
    expect(terms("hypersphere \\mathbb{S}^{d-1} and \\mathcal{L} = \\frac{a}{b}")).toEqual([
      "hypersphere",
      "and",
    ]);
  });

  it("keeps arXiv ids and dotted numbers whole", () => {
    expect(terms("arXiv:2307.03381v2, hep-th/9901001 and GPT-3.5")).toEqual([
      "arxiv",
      "2307.03381",
      "hep-th/9901001",
      "and",
      "gpt",
      "3.5",
    ]);
  });

  it("adds the joined form of a hyphenated pair in the place of its first part", () => {
    expect(tokenize("fine-tuning")).toEqual([
      { term: "fine", start: 0, end: 4 },
      { term: "finetuning", start: 0, end: 11, joined: true },
      { term: "tuning", start: 5, end: 11 },
    ]);
  });

  it("drops one-letter words and overlong strings", () => {
    expect(terms(`a b cd ${"x".repeat(41)}`)).toEqual(["cd"]);
  });

  it("keeps invisible format characters inside a word and ends a word at a zero-width space", () => {
    expect(tokenize("trans\u00ADformer")).toEqual([{ term: "transformer", start: 0, end: 12 }]);
    expect(terms("fine\u2060tune, \uFEFFsparse")).toEqual(["finetune", "sparse"]);
    expect(terms("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).toEqual([
      "\u0645\u06CC\u062E\u0648\u0627\u0647\u0645",
    ]);
    expect(terms("sparse\u200Battention")).toEqual(["sparse", "attention"]);
  });

  it("reads letters with combining accents as one word", () => {
    expect(terms("Chate\u0302let")).toEqual(["chatelet"]);
  });
});

describe("arxivTerm", () => {
  it("is the id without prefix and version", () => {
    expect(arxivTerm("arXiv:2307.03381v2")).toBe("2307.03381");
    expect(arxivTerm("hep-th/9901001")).toBe("hep-th/9901001");
  });
});

describe("STOPWORDS", () => {
  it("holds common function words but no content words", () => {
    expect(STOPWORDS.has("the")).toBe(true);
    expect(STOPWORDS.has("attention")).toBe(false);
  });
});
