import { Cite, type RisRecord } from "@citation-js/core";
import "@citation-js/plugin-ris";
import type { ApiPaper } from "../../lib/publish/api-format.ts";
import { cslItem } from "./csl-item.ts";

/** The papers as a CSL-JSON file, which Zotero imports as Preprints and Pandoc cites. */
export function cslJsonFile(papers: readonly Omit<ApiPaper, "version">[]): string {
  return `${new Cite(papers.map(cslItem)).format("data", { format: "text" })}\n`;
}

/**
 * The papers as an RIS file. RIS has no preprint type; each record is a report (`TY  - RPRT`), which
 * Zotero's RIS import reads as a Report keeping every field (arXiv as its institution, the archive ID
 * as its number, "Preprint" as its type), where JOUR loses the archive ID and the type, and UNPB,
 * unknown to Zotero, becomes a Journal Article.
 */
export function risFile(papers: readonly Omit<ApiPaper, "version">[]): string {
  const items = papers.map((paper) => ({ ...cslItem(paper), type: "report", genre: "Preprint" }));
  const records = new Cite(items).format("ris", { format: "object" });
  return records.map((record) => `${risLines(record).join("\r\n")}\r\n\r\n`).join("");
}

// Citation.js's own text output breaks values every 70 characters, and Zotero joins the pieces back
// with a space, which breaks URLs and words; so the lines are laid out here, one value to a line. A
// line break inside a value would end it, and what follows could read as a field of its own.
function risLines({ TY: type, ...fields }: RisRecord): string[] {
  const line = (tag: string, value: string) =>
    `${tag}  - ${value.replace(/[\s\u0085]+/g, " ").trim()}`;
  const values = Object.entries(fields).flatMap(([tag, value]) =>
    [value].flat().map((one) => line(tag, one)),
  );
  return [line("TY", type), ...values, "ER  - "];
}
