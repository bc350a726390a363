// How text becomes search terms. The index builder, the query parser and the highlighter all go
// through `tokenize`, so a word is found and marked exactly when the index holds it.

import { asciiFold } from "../../lib/text/ascii-fold.ts";

/** One word of a text as search sees it: its normalized term and where it stands in the original text. */
export interface Token {
  /** The normalized term: lowercase, accents and punctuation removed. */
  term: string;
  /** Where the word starts in the original text (UTF-16 offset). */
  start: number;
  /** Where the word ends in the original text (exclusive). */
  end: number;
  /**
   * True for the joined form of a hyphenated pair (`fine-tuning` also gives `finetuning`); it shares
   * its place with the first part, so it takes no position of its own.
   */
  joined?: true;
}

/** Terms too common to narrow a search: skipped between other words, still indexed for phrases. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an and are as at be but by for from has have in into is it its of on or our that the their " +
    "then there these this those to was we were which while with"
  ).split(" "),
);

/** The longest term kept; anything longer is a hash, a URL fragment or noise, not a word. */
export const MAX_TERM_LENGTH = 40;

// In order: a TeX command (skipped: `\mathbb` must never become a term), an old-style arXiv id,
// a new-style arXiv id with its version, a dotted number such as 3.5, and a plain word. As in
// Unicode's word boundaries (UAX #29), invisible format characters do not end a word: a soft hyphen
// or a zero-width joiner copied from a PDF stays inside it. A zero-width space does end one.
const TOKEN =
  /\\[A-Za-z]+|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?|\d{4}\.\d{4,5}(?:v\d+)?|\d+(?:\.\d+)+|[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}]|(?!\u200B)\p{Cf})*/gu;
const FORMAT = /\p{Cf}/gu;
const ARXIV_VERSION = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})v\d+$/;
/**
 * Normalizes one word to its term: lowercase, accents and invisible format characters removed
 * (`Châtelet` → `chatelet`), arXiv versions dropped.
 */
export function normalizeTerm(word: string): string {
  return asciiFold(word.replace(FORMAT, "")).replace(ARXIV_VERSION, "$1");
}

/**
 * Splits text into the tokens search indexes, in order. TeX commands are skipped, one-character
 * words (math variables, initials) and overlong words are dropped, arXiv ids and dotted numbers stay
 * whole, and each hyphenated pair adds its joined form.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    if (word.startsWith("\\")) {
      previous = undefined;
      continue;
    }
    const term = normalizeTerm(word);
    const token: Token = { term, start, end: start + word.length };
    if (term.length < 2 || term.length > MAX_TERM_LENGTH) {
      previous = undefined;
      continue;
    }
    if (previous && text.slice(previous.end, start) === "-" && isWord(previous.term, term)) {
      const joined = previous.term + term;
      if (joined.length <= MAX_TERM_LENGTH) {
        tokens.push({ term: joined, start: previous.start, end: token.end, joined: true });
      }
    }
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

function isWord(...terms: string[]): boolean {
  return terms.every((term) => /^[\p{L}\p{N}]+$/u.test(term));
}

/** The term an arXiv id is indexed and searched under: the id without its version, e.g. `2307.03381`. */
export function arxivTerm(arxiv: string): string {
  return normalizeTerm(arxiv.trim().replace(/^arxiv:\s*/i, ""));
}
