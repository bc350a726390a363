import { normalizeTerm } from "../../lib/text/tokenize.ts";

/** The term an arXiv id is indexed and searched under: the id without its version, e.g. `2307.03381`. */
export function arxivTerm(arxiv: string): string {
  return normalizeTerm(arxiv.trim().replace(/^arxiv:\s*/i, ""));
}
