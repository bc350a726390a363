import { describe, expect, it } from "vitest";
import { arxivTerm } from "../../../../src/search/core/arxiv-term.ts";

describe("arxivTerm", () => {
  it("is the id without prefix and version", () => {
    expect(arxivTerm("arXiv:2307.03381v2")).toBe("2307.03381");
    expect(arxivTerm(" arxiv: 2307.03381 ")).toBe("2307.03381");
    expect(arxivTerm("hep-th/9901001")).toBe("hep-th/9901001");
    expect(arxivTerm("math.GT/0309136v1")).toBe("math.gt/0309136");
  });
});
