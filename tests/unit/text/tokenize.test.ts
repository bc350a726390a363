import { describe, expect, it } from "vitest";
import { normalizeTerm, scanWords, tokenize } from "../../../src/lib/text/tokenize.ts";

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

describe("scanWords", () => {
  it("reports each word as tokenize lists it, without building tokens", () => {
    const text = "Fine-tuning GPT-3.5 on \\mathbb{R} data";
    const seen: [string, number, number, boolean][] = [];
    scanWords(text, (...word) => seen.push(word));
    expect(seen).toEqual(
      tokenize(text).map(({ term, start, end, joined }) => [term, start, end, joined === true]),
    );
  });
});

describe("tokenize on text of ASCII only", () => {
  // ASCII text takes a faster pattern: it must split exactly as the Unicode one does.
  const PIECES = ["ab", "Cd", "x", "-", "/", ".", " ", "0", "12", "v2", "\\frac", "2307.03381"];
  const PIECES_MORE = ["hep", "th", "9901001", "math", "GT", "3.5", "fine", "tuning", "\n"];
  let seed = 11;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pieces = [...PIECES, ...PIECES_MORE];
  const texts = Array.from({ length: 2000 }, () =>
    Array.from({ length: Math.floor(random() * 12) }, () => {
      return pieces[Math.floor(random() * pieces.length)] as string;
    }).join(""),
  );

  it("finds the same tokens as in text that also holds other letters", () => {
    for (const text of texts) {
      // A word of another script far off sends the same text through the Unicode pattern.
      const unicode = tokenize(`${text} \u00e9t\u00e9`);
      expect(unicode.pop()?.term, text).toBe("ete");
      expect(tokenize(text), text).toEqual(unicode);
    }
  });
});
