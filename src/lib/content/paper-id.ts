import { arxivPaperId, parseArxivId } from "./arxiv-id.ts";

/** The longest id a paper without an arXiv id may have. */
export const MAX_SLUG_LENGTH = 80;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug of a title: lowercase ASCII letters, digits and `-`, cut at a word boundary to at most 80 characters. */
export function slugifyTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  return slug || (words[0] ?? "").slice(0, MAX_SLUG_LENGTH);
}

/** The permanent id of a paper: its arXiv id when it has one, otherwise a slug of its title. */
export function paperId(paper: { title: string; arxiv?: string | undefined }): string {
  return paper.arxiv ? arxivPaperId(paper.arxiv) : slugifyTitle(paper.title);
}

/** True when `id` is a well-formed paper id: a title slug or the paper id of an arXiv id; at most 80 characters. */
export function isValidPaperId(id: string): boolean {
  if (id.length === 0 || id.length > MAX_SLUG_LENGTH) return false;
  return SLUG_PATTERN.test(id) || isArxivPaperId(id);
}

// arXiv paper ids keep arXiv's own spelling, dots and subject classes included
// (2307.03381, math.GT-0309136), which a slug never has.
function isArxivPaperId(id: string): boolean {
  const arxiv = parseArxivId(id.replace(/-(\d{7})$/, "/$1"));
  return arxiv !== null && arxiv.version === undefined && arxivPaperId(arxiv.id) === id;
}
