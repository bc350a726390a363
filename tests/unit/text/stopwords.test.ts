import { describe, expect, it } from "vitest";
import { STOPWORDS } from "../../../src/lib/text/stopwords.ts";
import { normalizeTerm } from "../../../src/lib/text/tokenize.ts";

describe("STOPWORDS", () => {
  it("holds common function words but no content words", () => {
    expect(STOPWORDS.has("the")).toBe(true);
    expect(STOPWORDS.has("attention")).toBe(false);
  });

  it("holds terms as the tokenizer writes them, or it could never match one", () => {
    for (const word of STOPWORDS) expect(normalizeTerm(word), word).toBe(word);
  });
});
