import { describe, expect, it } from "vitest";
import { abstractToMdx } from "../../../src/lib/authoring/abstract-mdx.ts";

describe("abstractToMdx", () => {
  it.each([
    [
      "keeps math KaTeX renders",
      "Time $O(n^2)$ and 1$-$2% {x}",
      "Time $O(n^2)$ and 1$-$2% \\{x\\}",
    ],
    ["escapes text without math", "a <b> and *c*", "a \\<b> and \\*c\\*"],
  ])("%s", (_name, abstract, mdx) => {
    expect(abstractToMdx(abstract)).toEqual({ abstractMdx: mdx });
  });

  it("keeps math KaTeX cannot render as plain text, and says why", () => {
    const { abstractMdx, note } = abstractToMdx("We use $\\citep{x}$ bounds.");
    expect(abstractMdx).toBe("We use \\$\\citep\\{x\\}\\$ bounds.");
    expect(note).toMatch(/^its math is kept as plain text, since KaTeX cannot render it: /);
  });
});
