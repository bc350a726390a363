import { escapeMdxText } from "./mdx-escape.ts";
import { checkAbstract } from "../content/render-abstract.ts";

/**
 * An abstract as written by arXiv (and repeated by Hugging Face) turned into MDX: `$...$` math stays
 * math and the rest is escaped, unless KaTeX cannot render the math, which then stays plain text
 * and is named in `note`.
 */
export function abstractToMdx(abstract: string): { abstractMdx: string; note?: string } {
  const abstractMdx = escapeMdxText(abstract, { keepMath: true });
  const [mathProblem] = checkAbstract(abstractMdx).problems;
  if (!mathProblem) return { abstractMdx };
  const plain = escapeMdxText(abstract);
  if (checkAbstract(plain).problems.length > 0) return { abstractMdx };
  return {
    abstractMdx: plain,
    note: `its math is kept as plain text, since KaTeX cannot render it: ${mathProblem.message}`,
  };
}
