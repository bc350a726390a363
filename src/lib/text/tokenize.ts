// How text becomes terms. The search index, the search query, the highlighter and related papers
// all go through `scanWords`, so a word is found, marked and compared exactly as the index holds it.

import { asciiFold } from "./ascii-fold.ts";

/** One word of a text: its normalized term and where it stands in the original text. */
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

/** The longest term kept; anything longer is a hash, a URL fragment or noise, not a word. */
export const MAX_TERM_LENGTH = 40;

// In order: a TeX command (skipped: `\mathbb` must never become a term), an old-style arXiv id,
// a new-style arXiv id with its version, a dotted number such as 3.5, and a plain word. As in
// Unicode's word boundaries (UAX #29), invisible format characters do not end a word: a soft hyphen
// or a zero-width joiner copied from a PDF stays inside it. A zero-width space does end one.
const TEX = String.raw`(\\[A-Za-z]+)`;
const ARXIV_ID = String.raw`([a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?|\d{4}\.\d{4,5}(?:v\d+)?)`;
const DOTTED_NUMBER = String.raw`\d+(?:\.\d+)+`;
const TOKEN = new RegExp(
  `${TEX}|${ARXIV_ID}|${DOTTED_NUMBER}|[\\p{L}\\p{N}\\p{M}](?:[\\p{L}\\p{N}\\p{M}]|(?!\\u200B)\\p{Cf})*`,
  "gu",
);
// The same pattern for text of ASCII only, where a word is letters and digits: most abstracts are,
// and a pattern without Unicode classes is much faster.
const ASCII_TOKEN = new RegExp(`${TEX}|${ARXIV_ID}|${DOTTED_NUMBER}|[A-Za-z0-9]+`, "g");
const NON_ASCII = /[^\0-\x7f]/;
const FORMAT = /\p{Cf}/gu;
const ARXIV_VERSION = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})v\d+$/;
const WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Normalizes one word to its term: lowercase, accents and invisible format characters removed
 * (`Châtelet` → `chatelet`), arXiv versions dropped.
 */
export function normalizeTerm(word: string): string {
  return asciiFold(word.replace(FORMAT, "")).replace(ARXIV_VERSION, "$1");
}

/**
 * Calls `onWord` for each word of a text, in order, with its term and place: TeX commands are
 * skipped, one-character words (math variables, initials) and overlong words are dropped, arXiv ids
 * and dotted numbers stay whole, and each hyphenated pair adds its joined form before its second part.
 */
export function scanWords(
  text: string,
  onWord: (term: string, start: number, end: number, joined: boolean) => void,
): void {
  const ascii = !NON_ASCII.test(text);
  const pattern = ascii ? ASCII_TOKEN : TOKEN;
  // A plain term, not a Token: callers that need no places allocate nothing per word.
  let previousTerm = "";
  let previousStart = 0;
  let previousEnd = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    const start = match.index;
    if (match[1] !== undefined) {
      previousEnd = -1;
      continue;
    }
    const term = ascii && match[2] === undefined ? word.toLowerCase() : normalizeTerm(word);
    if (term.length < 2 || term.length > MAX_TERM_LENGTH) {
      previousEnd = -1;
      continue;
    }
    const end = start + word.length;
    const hyphenated = previousEnd >= 0 && start === previousEnd + 1 && text[previousEnd] === "-";
    if (hyphenated && WORD.test(previousTerm) && WORD.test(term)) {
      const joined = previousTerm + term;
      if (joined.length <= MAX_TERM_LENGTH) onWord(joined, previousStart, end, true);
    }
    onWord(term, start, end, false);
    previousTerm = term;
    previousStart = start;
    previousEnd = end;
  }
}

/** The tokens of a text, in order, as {@link scanWords} finds them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (term, start, end, joined) => {
    tokens.push(joined ? { term, start, end, joined } : { term, start, end });
  });
  return tokens;
}
