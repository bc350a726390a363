// The BibTeX and RIS files of a list of papers (a day's, a week's, a month's, a tag's), which
// reference managers import, and each paper's citation as its own page gives it.
import { bibtexFile, toBibtex, type CitationInput } from "../lib/publish/citation.ts";
import { risFile, type RisInput } from "../lib/publish/ris.ts";
import { withCacheKeys } from "./cache-keys.ts";
import type { Paper } from "./papers.ts";
import { site } from "./site.ts";

/** The formats a list's papers download in, by file extension, with the media type a host should send. */
export const BIBLIOGRAPHY_FORMATS = {
  bib: { label: "BibTeX", type: "application/x-bibtex" },
  ris: { label: "RIS", type: "application/x-research-info-systems" },
} as const;

/** A file format of a list's papers. */
export type BibliographyFormat = keyof typeof BIBLIOGRAPHY_FORMATS;

/** A download link of a list's page. */
export interface Download {
  label: string;
  href: string;
  type: string;
}

/** The downloads of the list whose first page is at `listUrl` (ending in `/`): `papers.bib`, `papers.ris`. */
export function bibliographyDownloads(listUrl: string): Download[] {
  return Object.entries(BIBLIOGRAPHY_FORMATS).map(([extension, { label, type }]) => ({
    label,
    href: `${listUrl}papers.${extension}`,
    type,
  }));
}

/** What a paper's citations are made from; every list's file cites it as its page does. */
export function citationInput(paper: Paper): CitationInput {
  return {
    title: paper.title,
    authors: paper.authors,
    year: (paper.published ?? paper.day).slice(0, 4),
    url: new URL(paper.url, site.url).href,
    ...(paper.arxiv ? { arxiv: paper.arxiv } : {}),
    ...(paper.doi ? { doi: paper.doi } : {}),
  };
}

// The paper pages and the API both cite every paper: each entry is made once.
const bibtexEntries = new WeakMap<Paper, string>();

/** A paper's BibTeX entry, as its page shows it and its API file gives it. */
export function paperBibtex(paper: Paper): string {
  let entry = bibtexEntries.get(paper);
  if (entry === undefined) {
    entry = toBibtex(citationInput(paper));
    bibtexEntries.set(paper, entry);
  }
  return entry;
}

/** A list's papers as one file of a format, in the list's order. */
export function bibliographyFile(format: BibliographyFormat, papers: readonly Paper[]): string {
  return format === "bib" ? bibtexFile(papers.map(citationInput)) : risFile(papers.map(risInput));
}

/** What a list's file route is given: the format, and the list's papers. */
export interface BibliographyProps {
  format: BibliographyFormat;
  papers: readonly Paper[];
}

/** A list's papers as the response of its file route. */
export function bibliographyResponse({ format, papers }: BibliographyProps): Response {
  return new Response(bibliographyFile(format, papers), {
    headers: { "Content-Type": `${BIBLIOGRAPHY_FORMATS[format].type}; charset=utf-8` },
  });
}

/** The static paths of a list's files, `<list>/papers.bib` and `<list>/papers.ris`. */
export function bibliographyPaths<Params extends Record<string, string>>(
  params: Params,
  papers: readonly Paper[],
) {
  // Keyed like the pages, so that a rebuild writes again only the files whose papers changed.
  return withCacheKeys(
    (Object.keys(BIBLIOGRAPHY_FORMATS) as BibliographyFormat[]).map((format) => ({
      params: { ...params, format },
      props: { format, papers } satisfies BibliographyProps,
    })),
  );
}

// A list's file leaves the abstracts out, as the BibTeX entries do: a month's file stays small.
function risInput(paper: Paper): RisInput {
  return {
    title: paper.title,
    authors: paper.authors,
    date: paper.published ?? paper.day,
    arxiv: paper.arxiv,
    doi: paper.doi,
    url: new URL(paper.url, site.url).href,
    tags: paper.tags,
  };
}
