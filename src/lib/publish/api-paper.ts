import { API_VERSION, type ApiPaper } from "./api-format.ts";

/** What a paper's API file is made from: the paper as pages show it, with missing values undefined. */
export interface ApiPaperSource {
  id: string;
  title: string;
  authors: readonly string[];
  day: string;
  published: string | undefined;
  arxiv: string | undefined;
  doi: string | undefined;
  journal: string | undefined;
  tags: readonly string[];
  upvotes: number | undefined;
  submitter: { site: "GitHub" | "Hugging Face"; username: string; url: string } | undefined;
  text: string;
  html: string;
  /** Outside links, absolute, by kind. */
  links: readonly { kind: "arxiv" | "pdf" | "code" | "project"; href: string }[];
}

/** What the site adds to a paper for its API file: its BibTeX entry and its absolute URLs. */
export interface ApiPaperExtras {
  bibtex: string;
  page: string;
  api: string;
  thumbnail: string | undefined;
}

/** A paper as its API file gives it: every field present, null where the paper has no value. */
export function toApiPaper(paper: ApiPaperSource, extras: ApiPaperExtras): ApiPaper {
  const link = (kind: ApiPaperSource["links"][number]["kind"]) =>
    paper.links.find((candidate) => candidate.kind === kind)?.href ?? null;
  return {
    version: API_VERSION,
    id: paper.id,
    title: paper.title,
    authors: [...paper.authors],
    day: paper.day,
    published: paper.published ?? null,
    arxiv: paper.arxiv ?? null,
    doi: paper.doi ?? null,
    journal: paper.journal ?? null,
    tags: [...paper.tags],
    upvotes: paper.upvotes ?? null,
    submitter: paper.submitter
      ? { site: paper.submitter.site, username: paper.submitter.username, url: paper.submitter.url }
      : null,
    abstract: { text: paper.text, html: paper.html },
    bibtex: extras.bibtex,
    urls: {
      page: extras.page,
      api: extras.api,
      arxiv: link("arxiv"),
      pdf: link("pdf"),
      code: link("code"),
      project: link("project"),
      thumbnail: extras.thumbnail ?? null,
    },
  };
}
