import { readFileSync } from "node:fs";
import type { ApiPaper } from "../../src/lib/publish/api-format.ts";

/**
 * The papers of tests/fixtures/api/library-export/, as the static API serves them: an arXiv paper
 * with accented and particle names, math and braces in its title and HTML and quotes in its abstract;
 * a paper with a DOI and no arXiv id; one whose BibTeX key repeats the first's; an old-style arXiv id.
 */
export const LIBRARY_PAPERS: readonly ApiPaper[] = [
  "arxiv-paper",
  "doi-paper",
  "same-key-paper",
  "old-style-paper",
].map(
  (name) =>
    JSON.parse(
      readFileSync(new URL(`../fixtures/api/library-export/${name}.json`, import.meta.url), "utf8"),
    ) as ApiPaper,
);
