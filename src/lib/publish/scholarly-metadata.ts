import { arxivAbsUrl, arxivArchiveId, arxivDoi, parseArxivId } from "../content/arxiv-id.ts";
import type { Day } from "../feed/dates.ts";
import { excerpt } from "../text/excerpt.ts";

/** What a paper page's metadata is made from; every URL is absolute. */
export interface ScholarlyPaper {
  title: string;
  /** Names in order; empty when unknown. */
  authors: readonly string[];
  /** The feed day, which dates the paper when its publication date is unknown. */
  day: Day;
  /** The day the paper first appeared. */
  published?: Day | undefined;
  /** The arXiv id, with or without version. */
  arxiv?: string | undefined;
  doi?: string | undefined;
  pdfUrl?: string | undefined;
  /** The abstract as plain text. */
  abstract: string;
  /** The abstract shortened for search results and link previews (`paperDescription`). */
  description: string;
  tags: readonly string[];
  /** The paper's page on the site. */
  url: string;
  /** An image of the paper for link previews. */
  imageUrl?: string | undefined;
}

/** A `<meta name content>` tag. */
export interface NamedMeta {
  name: string;
  content: string;
}

/** A `<meta property content>` tag (OpenGraph). */
export interface PropertyMeta {
  property: string;
  content: string;
}

// Link previews cut descriptions short anyway; this keeps whole words.
const DESCRIPTION_LENGTH = 300;

/** A paper's description for its page's `<meta name="description">` and link previews: the abstract, shortened. */
export function paperDescription(abstract: string): string {
  return excerpt(abstract, DESCRIPTION_LENGTH);
}

/** The DOI a reference manager records: the paper's own, else for an arXiv paper the one arXiv registers. */
export function preprintDoi(paper: Pick<ScholarlyPaper, "arxiv" | "doi">): string | undefined {
  const arxiv = arxivIdOf(paper);
  return paper.doi ?? (arxiv ? arxivDoi(arxiv) : undefined);
}

/**
 * Highwire Press `citation_*` tags, read by Google Scholar and reference managers (Zotero, Mendeley).
 * A preprint is published by putting it online, so both of its dates are the day it first appeared,
 * or its feed day when that is unknown. An arXiv paper names arXiv as its publisher and its DOI as
 * saving the paper from arXiv itself does.
 */
export function highwireTags(paper: ScholarlyPaper): NamedMeta[] {
  const date = (paper.published ?? paper.day).replaceAll("-", "/");
  const arxiv = arxivIdOf(paper);
  const doi = preprintDoi(paper);
  return [
    { name: "citation_title", content: paper.title },
    ...paper.authors.map((author) => ({ name: "citation_author", content: author })),
    { name: "citation_publication_date", content: date },
    { name: "citation_online_date", content: date },
    ...(arxiv ? [{ name: "citation_publisher", content: "arXiv" }] : []),
    ...(arxiv ? [{ name: "citation_arxiv_id", content: arxiv }] : []),
    ...(doi ? [{ name: "citation_doi", content: doi }] : []),
    ...(paper.pdfUrl ? [{ name: "citation_pdf_url", content: paper.pdfUrl }] : []),
    { name: "citation_abstract_html_url", content: paper.url },
    ...(paper.abstract ? [{ name: "citation_abstract", content: paper.abstract }] : []),
    ...paper.tags.map((tag) => ({ name: "citation_keywords", content: tag })),
  ];
}

/**
 * What makes Zotero save the page as a Preprint rather than guess a journal article from
 * `citation_title`: `DC.type` naming the Zotero item type, and for an arXiv paper its archive ID in
 * Zotero's own vocabulary (`z.`), which Zotero copies to the item as it is.
 */
export function zoteroPreprintTags(paper: Pick<ScholarlyPaper, "arxiv">): NamedMeta[] {
  const arxiv = arxivIdOf(paper);
  return [
    { name: "DC.type", content: "preprint" },
    ...(arxiv ? [{ name: "z.archiveID", content: arxivArchiveId(arxiv) }] : []),
  ];
}

/** OpenGraph tags for link previews: the paper as an article of the site. */
export function openGraphTags(
  paper: ScholarlyPaper,
  site: { title: string; locale: string },
): PropertyMeta[] {
  return [
    { property: "og:type", content: "article" },
    { property: "og:site_name", content: site.title },
    { property: "og:locale", content: site.locale.replace("-", "_") },
    { property: "og:title", content: paper.title },
    { property: "og:description", content: paper.description },
    { property: "og:url", content: paper.url },
    ...(paper.imageUrl ? [{ property: "og:image", content: paper.imageUrl }] : []),
    { property: "article:published_time", content: paper.published ?? paper.day },
    ...paper.tags.map((tag) => ({ property: "article:tag", content: tag })),
  ];
}

/** Twitter (X) card tags: a large image card when the paper has an image, a summary card otherwise. */
export function twitterTags(paper: ScholarlyPaper): NamedMeta[] {
  return [
    { name: "twitter:card", content: paper.imageUrl ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: paper.title },
    { name: "twitter:description", content: paper.description },
    ...(paper.imageUrl ? [{ name: "twitter:image", content: paper.imageUrl }] : []),
  ];
}

/** The paper as a schema.org `ScholarlyArticle`, for JSON-LD. */
export function scholarlyArticle(paper: ScholarlyPaper): Record<string, unknown> {
  const arxiv = arxivIdOf(paper);
  const identifiers: { propertyID: string; value: string; url: string }[] = [];
  if (arxiv) identifiers.push({ propertyID: "arXiv", value: arxiv, url: arxivAbsUrl(arxiv) });
  if (paper.doi) identifiers.push({ propertyID: "DOI", value: paper.doi, url: doiUrl(paper.doi) });
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: paper.title,
    name: paper.title,
    ...(paper.authors.length > 0
      ? { author: paper.authors.map((name) => ({ "@type": "Person", name })) }
      : {}),
    datePublished: paper.published ?? paper.day,
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    ...(paper.tags.length > 0 ? { keywords: paper.tags } : {}),
    ...(identifiers.length > 0
      ? {
          identifier: identifiers.map(({ propertyID, value }) => ({
            "@type": "PropertyValue",
            propertyID,
            value,
          })),
          sameAs: identifiers.map(({ url }) => url),
        }
      : {}),
    ...(paper.imageUrl ? { image: paper.imageUrl } : {}),
    url: paper.url,
    mainEntityOfPage: paper.url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as `\u003c`,
 * `\u003e` and `\u0026` (the same JSON value), so no text in it, such as a title with `</script>` or
 * `<!--`, can end the element or change how the page is parsed.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function arxivIdOf(paper: Pick<ScholarlyPaper, "arxiv">): string | undefined {
  return paper.arxiv ? parseArxivId(paper.arxiv)?.id : undefined;
}

function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;
}
