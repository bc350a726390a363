import { arxivArchiveId, parseArxivId } from "../../lib/content/arxiv-id.ts";
import type { ApiPaper } from "../../lib/publish/api-format.ts";
import { preprintDoi } from "../../lib/publish/scholarly-metadata.ts";
import { cslName, type CslName } from "./csl-name.ts";

/** A reference in CSL-JSON, with the variables a paper fills. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  issued: { "date-parts": number[][] };
  abstract?: string;
  URL: string;
  DOI?: string;
  number?: string;
  publisher?: string;
  genre?: string;
  keyword?: string;
}

/**
 * A paper as a CSL-JSON item as Zotero writes a Preprint (zotero-schema's CSL mappings): type
 * `article`, the repository as `publisher` (arXiv), the archive ID as `number` (`arXiv:<id>`), the DOI
 * arXiv registers when the paper has none of its own, dated the day it appeared, at its page's URL.
 * Built from the API's fields rather than read back from the BibTeX entry, which has no day, no
 * abstract, and LaTeX escapes in its title.
 */
export function cslItem(paper: Omit<ApiPaper, "version">): CslItem {
  const arxiv = paper.arxiv ? parseArxivId(paper.arxiv)?.id : undefined;
  const doi = preprintDoi({ arxiv, doi: paper.doi ?? undefined });
  const authors = paper.authors.filter((name) => name.trim() !== "").map((name) => cslName(name));
  return {
    id: paper.id,
    type: "article",
    title: paper.title,
    ...(authors.length > 0 ? { author: authors } : {}),
    issued: { "date-parts": [(paper.published ?? paper.day).split("-").map(Number)] },
    ...(paper.abstract.text ? { abstract: paper.abstract.text } : {}),
    URL: paper.urls.page,
    ...(doi ? { DOI: doi } : {}),
    ...(arxiv ? { number: arxivArchiveId(arxiv), publisher: "arXiv" } : {}),
    ...(paper.tags.length > 0 ? { keyword: paper.tags.join(", ") } : {}),
  };
}
