// The static JSON API's files (docs/api.md): what the build writes under `api/` and what the
// reading list reads back. A change that is not an addition raises API_VERSION.

/** The version every API file carries; readers check it before they trust a file. */
export const API_VERSION = 1;

/** The folder of the API in the output folder, below the base path. */
export const API_DIR = "api/";

/** One paper, every field of it: `/api/papers/<id>.json`, and each entry of a day's file. */
export interface ApiPaper {
  version: typeof API_VERSION;
  id: string;
  title: string;
  /** Names in order, as the paper's file writes them. */
  authors: string[];
  /** The feed day the paper appeared on (YYYY-MM-DD). */
  day: string;
  /** The day the paper itself was first published (YYYY-MM-DD), when known. */
  published: string | null;
  /** The arXiv id, with its version when the paper's file gives one. */
  arxiv: string | null;
  doi: string | null;
  /** Where the paper was published, as arXiv's journal reference gives it. */
  journal: string | null;
  tags: string[];
  upvotes: number | null;
  /** Whoever added the paper, with their profile. */
  submitter: { site: "GitHub" | "Hugging Face"; username: string; url: string } | null;
  abstract: {
    /** Plain text, as the search index and the feeds carry it. */
    text: string;
    /** Static HTML, math rendered by KaTeX (its stylesheet is the site's `katex/katex.min.css`). */
    html: string;
  };
  /** The BibTeX entry the paper's page shows. */
  bibtex: string;
  /** Every URL is absolute. */
  urls: {
    /** The paper's page on the site. */
    page: string;
    /** This file. */
    api: string;
    arxiv: string | null;
    pdf: string | null;
    code: string | null;
    project: string | null;
    thumbnail: string | null;
  };
}

/** One feed day: `/api/days/YYYY-MM-DD.json`, the day's papers in feed order. */
export interface ApiDay {
  version: typeof API_VERSION;
  day: string;
  papers: Omit<ApiPaper, "version">[];
}

/** Every feed day, newest first, with its paper count: `/api/days.json`. */
export interface ApiDays {
  version: typeof API_VERSION;
  days: { day: string; count: number; url: string }[];
}
