import type { ApiPaper } from "../../lib/publish/api-format.ts";
import { bibtexEntries } from "./bibtex-entries.ts";

/** The files the reading list exports its papers as, with the name and media type of each. */
export const REFERENCE_FORMATS = {
  bibtex: { fileName: "daily-papers-library.bib", mediaType: "application/x-bibtex" },
  ris: { fileName: "daily-papers-library.ris", mediaType: "application/x-research-info-systems" },
  "csl-json": {
    fileName: "daily-papers-library.json",
    mediaType: "application/vnd.citationstyles.csl+json",
  },
} as const;

/** A format the reading list exports. */
export type ReferenceFormat = keyof typeof REFERENCE_FORMATS;

/**
 * The papers as a file for reference managers: BibTeX (the entries of their pages), RIS or CSL-JSON
 * (written by Citation.js), in the order given.
 */
export async function referenceFile(
  format: ReferenceFormat,
  papers: readonly Omit<ApiPaper, "version">[],
): Promise<{ body: string; fileName: string; mediaType: string }> {
  const body = format === "bibtex" ? bibtexEntries(papers) : await citationJsFile(format, papers);
  return { body, ...REFERENCE_FORMATS[format] };
}

// Citation.js is fetched only when a reader exports RIS or CSL-JSON, never with the page.
async function citationJsFile(
  format: Exclude<ReferenceFormat, "bibtex">,
  papers: readonly Omit<ApiPaper, "version">[],
): Promise<string> {
  const { cslJsonFile, risFile } = await import("./citation-js-files.ts");
  return format === "ris" ? risFile(papers) : cslJsonFile(papers);
}
