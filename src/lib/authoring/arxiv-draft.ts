import type { ArxivEntry } from "./arxiv-atom.ts";
import { normalizeSpace } from "./arxiv-atom.ts";
import { findCodeLink } from "./code-link.ts";
import { isValidDay, type Day } from "../feed/dates.ts";
import { abstractToMdx } from "./abstract-mdx.ts";
import type { PaperDraft } from "./paper-writer.ts";
import type { PaperFrontmatter } from "../content/paper-schema.ts";

/** A paper draft made from an arXiv entry, with anything the contributor should know about it. */
export interface ArxivDraft {
  draft: PaperDraft;
  /** What was changed to make the entry fit, e.g. math KaTeX cannot render kept as plain text. */
  notes: string[];
}

/** The tag for an arXiv category, lowercase kebab-case: `cs.CV` → `cs-cv`, `hep-th` → `hep-th`. */
export function categoryTag(category: string): string {
  return category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Turns an arXiv entry into a paper for the feed day `day`: title, authors and abstract with their
 * whitespace normalized, the versioned arXiv id, the day version 1 appeared, DOI and journal
 * reference, the primary category as the first tag, and a code link found in the authors' comment
 * or the abstract. The abstract's `$...$` math stays math, unless KaTeX cannot render it.
 */
export function arxivEntryToDraft(
  entry: ArxivEntry,
  options: { day: Day; tags?: readonly string[] },
): ArxivDraft {
  const notes: string[] = [];
  const summary = normalizeSpace(entry.summary);
  const code = findCodeLink([entry.comment ?? "", summary].join("\n\n"));
  const published = entry.published.slice(0, 10);
  const primaryTag = entry.primaryCategory ? categoryTag(entry.primaryCategory) : "";
  const tags = [...new Set([primaryTag, ...(options.tags ?? [])].filter((tag) => tag !== ""))];
  const frontmatter: PaperFrontmatter = {
    title: normalizeSpace(entry.title),
    authors: entry.authors.map(normalizeSpace),
    arxiv: `${entry.id}${entry.version}`,
    ...(isValidDay(published) ? { published } : {}),
    ...(entry.doi ? { doi: entry.doi } : {}),
    ...(entry.journalRef ? { journal: entry.journalRef } : {}),
    ...(code ? { links: { code } } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
  const { abstractMdx, note } = abstractToMdx(summary);
  if (note) notes.push(note);
  return {
    draft: { frontmatter, abstractMdx, day: options.day, origin: `arXiv ${entry.id}` },
    notes,
  };
}
