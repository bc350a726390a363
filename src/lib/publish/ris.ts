import { arxivArchiveId } from "../content/arxiv-id.ts";
import type { Day } from "../feed/dates.ts";
import { preprintDoi } from "./scholarly-metadata.ts";

/** What a paper's RIS record is made from; its URL is absolute. */
export interface RisInput {
  title: string;
  /** Names in order, as written ("Ada Lovelace" or "Lovelace, Ada"); empty when unknown. */
  authors: readonly string[];
  /** The day the paper appeared. */
  date: Day;
  arxiv?: string | undefined;
  doi?: string | undefined;
  /** The paper's page. */
  url: string;
  /** The abstract as plain text. */
  abstract?: string | undefined;
  tags?: readonly string[] | undefined;
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * A paper as an RIS record, which Zotero, Mendeley and EndNote import. RIS has no preprint type: a
 * report (`TY  - RPRT`, "Preprint" as its type) is what Zotero's RIS import keeps every field of,
 * arXiv as its institution and the archive ID as its number, where UNPB, unknown to Zotero, becomes a
 * journal article; the reading list's export writes the same (src/library/export/). Names are
 * written "Last, First" as RIS asks; a value is one line, so line breaks in it become spaces.
 */
export function toRis(paper: RisInput): string {
  const doi = preprintDoi(paper);
  const lines: [string, string][] = [
    ["TY", "RPRT"],
    ["TI", paper.title],
    ...paper.authors.map((author): [string, string] => ["AU", risName(author)]),
    ["PY", paper.date.slice(0, 4)],
    ["DA", `${paper.date.replaceAll("-", "/")}/`],
    ...(paper.arxiv
      ? [
          ["PB", "arXiv"] as [string, string],
          ["SN", arxivArchiveId(paper.arxiv)] as [string, string],
        ]
      : []),
    ["M3", "Preprint"],
    ...(doi ? [["DO", doi] as [string, string]] : []),
    ["UR", paper.url],
    ...(paper.abstract ? [["AB", paper.abstract] as [string, string]] : []),
    ...(paper.tags ?? []).map((tag): [string, string] => ["KW", tag]),
  ];
  const record = lines
    .map(([tag, value]) => [tag, value.replace(/\s+/g, " ").trim()] as const)
    .filter(([, value]) => value !== "")
    .map(([tag, value]) => `${tag}  - ${value}`);
  return [...record, "ER  - "].join("\r\n");
}

/** Records of several papers, one after another, as one `.ris` file. */
export function risFile(papers: readonly RisInput[]): string {
  return papers.map((paper) => `${toRis(paper)}\r\n\r\n`).join("");
}

// "Ada Lovelace" becomes "Lovelace, Ada"; "Martin Luther King Jr." "King, Martin Luther, Jr.".
function risName(name: string): string {
  const words = name.replace(/\s+/g, " ").trim().split(" ");
  if (name.includes(",") || words.length < 2) return words.join(" ");
  const suffix = words.length > 2 && NAME_SUFFIX.test(words.at(-1) ?? "") ? words.pop() : undefined;
  const last = words.pop() ?? "";
  return [last, words.join(" "), ...(suffix ? [suffix] : [])].join(", ");
}
