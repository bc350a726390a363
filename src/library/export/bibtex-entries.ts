import type { ApiPaper } from "../../lib/publish/api-format.ts";
import { distinctKeys } from "../../lib/publish/distinct-keys.ts";

// An entry's head: `@misc{key,`.
const ENTRY_HEAD = /^(@\w+\s*\{)([^,\s]*),/;

/**
 * The papers' own BibTeX entries, as their pages show them, as one `.bib` file in order. Two papers
 * whose entries share a key (same first author, year and first title word) get `-2`, `-3`...
 */
export function bibtexEntries(papers: readonly Pick<ApiPaper, "bibtex">[]): string {
  const entries = papers.map((paper) => paper.bibtex.trim());
  const keys = distinctKeys(entries.map((entry) => ENTRY_HEAD.exec(entry)?.[2] ?? ""));
  return entries
    .map((entry, index) => {
      const key = keys[index] ?? "";
      return `${entry.replace(ENTRY_HEAD, (_entryHead, head: string) => `${head}${key},`)}\n\n`;
    })
    .join("");
}
