// Loaded when the reader first exports to a reference format: fetches the saved papers' API files,
// a few at a time, then the converter (which loads Citation.js) only now.
import type { ApiPaper } from "../../lib/publish/api-format.ts";
import { libraryEntries } from "../state/library-entries.ts";
import type { Library } from "../storage/library-format.ts";
import { downloadFile } from "./download-file.ts";
import { fetchApiPaper } from "./fetch-api-paper.ts";

const AT_ONCE = 8;

/** Downloads the saved papers in `format`; says what it did, for the page's status line. */
export async function exportReferences(
  format: "bibtex" | "ris" | "csl-json",
  library: Library,
): Promise<string> {
  const entries = libraryEntries(library, "all");
  const papers: ApiPaper[] = [];
  for (let start = 0; start < entries.length; start += AT_ONCE) {
    const batch = entries.slice(start, start + AT_ONCE);
    for (const paper of await Promise.all(batch.map((entry) => fetchApiPaper(entry.id)))) {
      if (paper) papers.push(paper);
    }
  }
  const { referenceFile } = await import("../export/reference-files.ts");
  const file = await referenceFile(format, papers);
  downloadFile(file);
  const missing = entries.length - papers.length;
  return (
    `Downloaded ${file.fileName} with ${papers.length} ${papers.length === 1 ? "paper" : "papers"}.` +
    (missing > 0
      ? ` ${missing} saved ${missing === 1 ? "paper is" : "papers are"} no longer on this site.`
      : "")
  );
}
