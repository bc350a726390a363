import { describe, expect, it } from "vitest";
import {
  isValidPaperId,
  MAX_SLUG_LENGTH,
  paperId,
  slugifyTitle,
} from "../../../src/lib/content/paper-id.ts";

describe("slugifyTitle", () => {
  it("lowercases and joins words with single hyphens", () => {
    expect(slugifyTitle("Attention Is All You Need")).toBe("attention-is-all-you-need");
  });

  it("turns every run of punctuation and space into one hyphen, with none at either end", () => {
    expect(slugifyTitle("  --Hello, World!!-- ")).toBe("hello-world");
    expect(slugifyTitle("GPT-4: A (Very) Large_Model? Yes/No & more…")).toBe(
      "gpt-4-a-very-large-model-yes-no-more",
    );
    expect(slugifyTitle("Don't stop pre-training")).toBe("don-t-stop-pre-training");
  });

  it("strips accents to plain ASCII letters", () => {
    expect(slugifyTitle("Élan: Ça marche! Über-fast Ñandú")).toBe("elan-ca-marche-uber-fast-nandu");
    expect(slugifyTitle("Gödel, Escher, Bach")).toBe("godel-escher-bach");
  });

  it("unfolds compatibility characters such as ligatures", () => {
    expect(slugifyTitle("Eﬃcient ﬁne-tuning")).toBe("efficient-fine-tuning");
  });

  it("keeps digits", () => {
    expect(slugifyTitle("3D Gaussian Splatting in 2023")).toBe("3d-gaussian-splatting-in-2023");
  });

  it("cuts a long title at a word boundary, at most 80 characters", () => {
    const title = Array.from({ length: 20 }, (_, index) => `word${index}`).join(" ");
    const slug = slugifyTitle(title);
    expect(slug).toBe(
      "word0-word1-word2-word3-word4-word5-word6-word7-word8-word9-word10-word11-word12",
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(title.startsWith(slug.replaceAll("-", " "))).toBe(true);
  });

  it("keeps a title of exactly 80 characters whole", () => {
    const title = `${"a".repeat(39)} ${"b".repeat(40)}`;
    expect(slugifyTitle(title)).toBe(`${"a".repeat(39)}-${"b".repeat(40)}`);
    expect(slugifyTitle(`${title} c`)).toBe(`${"a".repeat(39)}-${"b".repeat(40)}`);
  });

  it("cuts a first word longer than the limit rather than dropping it", () => {
    expect(slugifyTitle(`${"x".repeat(100)} tail`)).toBe("x".repeat(80));
  });

  it("gives an empty slug when nothing in the title is ASCII", () => {
    expect(slugifyTitle("日本語のタイトル")).toBe("");
    expect(slugifyTitle("")).toBe("");
    expect(slugifyTitle("!!!")).toBe("");
  });

  it("gives slugs that are valid ids", () => {
    for (const title of ["Élan: Ça marche!", "GPT-4 (Technical Report)", "x".repeat(200)]) {
      expect(isValidPaperId(slugifyTitle(title))).toBe(true);
    }
  });
});

describe("paperId", () => {
  it("uses the arXiv id without version when there is one", () => {
    expect(paperId({ title: "Anything", arxiv: "2307.03381v2" })).toBe("2307.03381");
    expect(paperId({ title: "Anything", arxiv: "hep-th/9901001" })).toBe("hep-th-9901001");
  });

  it("uses a slug of the title otherwise", () => {
    expect(paperId({ title: "A Paper Without arXiv" })).toBe("a-paper-without-arxiv");
    expect(paperId({ title: "A Paper Without arXiv", arxiv: undefined })).toBe(
      "a-paper-without-arxiv",
    );
    expect(paperId({ title: "A Paper", arxiv: "" })).toBe("a-paper");
  });

  it("throws on an invalid arXiv id", () => {
    expect(() => paperId({ title: "T", arxiv: "2307.0338" })).toThrow(RangeError);
  });
});

describe("isValidPaperId", () => {
  it.each([
    "attention-is-all-you-need",
    "a",
    "3d",
    "2307.03381",
    "0704.0001",
    "1412.1234",
    "hep-th-9901001",
    "math.GT-0309136",
    "x".repeat(80),
  ])("accepts %j", (id) => expect(isValidPaperId(id)).toBe(true));

  it.each([
    ["", "empty"],
    ["x".repeat(81), "longer than 80 characters"],
    ["Attention", "uppercase"],
    ["foo_bar", "underscore"],
    ["foo--bar", "double hyphen"],
    ["-foo", "leading hyphen"],
    ["foo-", "trailing hyphen"],
    ["foo.bar", "a dot in a slug"],
    ["x2307.03381", "a dot that is not an arXiv id"],
    ["foo-2307.03381", "a dot that is not an arXiv id"],
    ["2307.03381v2", "an arXiv version"],
    ["2307.0338", "a malformed arXiv id"],
    ["math.gt-0309136", "arXiv's spelling changed"],
    ["math.GT/0309136", "the slash of an arXiv id"],
    ["caf\u00e9", "non-ASCII"],
  ])("rejects %j (%s)", (id) => expect(isValidPaperId(id)).toBe(false));

  it("accepts the id of every arXiv id", () => {
    for (const arxiv of ["2307.03381v2", "0704.0001", "hep-th/9901001v3", "math.GT/0309136"]) {
      expect(isValidPaperId(paperId({ title: "T", arxiv }))).toBe(true);
    }
  });
});
