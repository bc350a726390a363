// The papers as pages show them: the collection loaded once and put in feed order. Per-file and
// cross-file rules are checked when the collection loads. Each kind of page groups them in a module
// of its own (periods.ts, tags.ts, authors.ts, paper-pages.ts, home.ts, archive.ts).
import { getCollection, type CollectionEntry } from "astro:content";
import { arxivAbsUrl, arxivPdfUrl } from "../lib/content/arxiv-id.ts";
import type { Day } from "../lib/feed/dates.ts";
import { groupByDay } from "../lib/feed/grouping.ts";
import { excerpt } from "../lib/text/excerpt.ts";
import { submitterProfile, type SubmitterProfile } from "../lib/content/submitter.ts";
import { throwContentProblems } from "../loaders/content-problems.ts";
import { keyObjectBy } from "./cache-keys.ts";
import { urls } from "./site.ts";

const EXCERPT_LENGTH = 260;

/** A paper as pages show it. */
export interface Paper {
  id: string;
  title: string;
  authors: string[];
  day: Day;
  published: Day | undefined;
  arxiv: string | undefined;
  doi: string | undefined;
  /** Where the paper was published, as arXiv's journal reference gives it. */
  journal: string | undefined;
  tags: string[];
  upvotes: number | undefined;
  /** Whoever added the paper, with the profile on GitHub or Hugging Face to link to. */
  submitter: SubmitterProfile | undefined;
  thumbnail: CollectionEntry<"papers">["data"]["thumbnail"];
  /** The abstract as plain text. */
  text: string;
  /** The abstract as static HTML, math rendered by KaTeX. */
  html: string;
  /** A short plain-text excerpt of the abstract for cards. */
  excerpt: string;
  hasMath: boolean;
  /** Outside links with their labels, in the order cards and pages show them. */
  links: { kind: "arxiv" | "pdf" | "code" | "project"; label: string; href: string }[];
  /** The page of the paper on this site. */
  url: string;
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<"papers">;
}

/** A link with its text. */
export interface Link {
  href: string;
  label: string;
}

let cached: Promise<Paper[]> | undefined;

/** Every paper, newest feed day first, each day in feed order (upvotes, then title). */
export function getPapers(): Promise<Paper[]> {
  // While a paper is broken, `astro dev` shows why on every page instead of the last papers that loaded.
  if (import.meta.env.DEV) throwContentProblems();
  cached ??= getCollection("papers").then((entries) =>
    groupByDay(entries.map(toPaper)).flatMap((day) => day.items),
  );
  return cached;
}

// A contributed URL as a browser would request it: quotes, angle brackets and spaces, which an href
// may not hold as they are, percent-encoded. The schema has checked that it parses.
function serialized(url: string): string {
  return new URL(url).href;
}

function toPaper(entry: CollectionEntry<"papers">): Paper {
  const { data } = entry;
  const links: Paper["links"] = [];
  if (data.arxiv) links.push({ kind: "arxiv", label: "arXiv", href: arxivAbsUrl(data.arxiv) });
  const pdf = data.links?.pdf ?? (data.arxiv ? arxivPdfUrl(data.arxiv) : undefined);
  if (pdf) links.push({ kind: "pdf", label: "PDF", href: serialized(pdf) });
  if (data.links?.code) {
    links.push({ kind: "code", label: "Code", href: serialized(data.links.code) });
  }
  if (data.links?.project) {
    links.push({ kind: "project", label: "Project page", href: serialized(data.links.project) });
  }
  const paper: Paper = {
    id: entry.id,
    title: data.title,
    authors: data.authors,
    day: data.day,
    published: data.published,
    arxiv: data.arxiv,
    doi: data.doi,
    journal: data.journal,
    tags: data.tags ?? [],
    upvotes: data.upvotes,
    submitter: data.submitter === undefined ? undefined : submitterProfile(data.submitter),
    thumbnail: data.thumbnail,
    text: data.text,
    html: entry.rendered?.html ?? "",
    excerpt: excerpt(data.text, EXCERPT_LENGTH),
    hasMath: data.hasMath,
    links,
    url: urls.paper(entry.id),
    entry,
  };
  // A thumbnail is its own file: replacing it changes its built URL, not the paper's digest.
  keyObjectBy(paper, `${entry.id}@${String(entry.digest)}@${data.thumbnail?.src ?? ""}`);
  return paper;
}
