import { STOPWORDS } from "../../lib/text/stopwords.ts";
import { tokenize } from "../../lib/text/tokenize.ts";

/** One word of a query. */
export interface QueryWord {
  term: string;
  /** The last word while the reader is still typing it: it also matches the terms it starts. */
  prefix: boolean;
  /** A word in quotes: matched as written, never fuzzily. */
  exact: boolean;
}

/** A query split into what every result must match. */
export interface ParsedQuery {
  words: QueryWord[];
  /** "Quoted phrases" of two or more terms: they must appear in this order, side by side. */
  phrases: string[][];
}

const QUOTED = /["“”„]([^"“”„]*)(?:["“”„]|$)/g;
const ARXIV_PREFIX = /\barxiv:\s*/gi;

/**
 * Splits a query into words and "quoted phrases". `arXiv:` before an id is dropped, the last word
 * matches as a prefix unless something follows it (a space, say), and repeated words count once.
 */
export function parseQuery(input: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const seen = new Set<string>();
  const addWord = (word: QueryWord) => {
    const key = `${word.term}\u0000${word.exact}`;
    if (seen.has(key)) return;
    seen.add(key);
    words.push(word);
  };
  // Quoted parts are blanked out rather than cut, so offsets in the rest stay true to the input.
  const rest = input
    .replace(QUOTED, (quoted: string, inner: string) => {
      const terms = plainTerms(inner);
      if (terms.length === 1) addWord({ term: terms[0] as string, prefix: false, exact: true });
      else if (terms.length > 1) phrases.push(terms);
      return " ".repeat(quoted.length);
    })
    .replace(ARXIV_PREFIX, (prefix) => " ".repeat(prefix.length));
  for (const token of tokenize(rest)) {
    if (!token.joined) {
      addWord({ term: token.term, prefix: token.end === rest.length, exact: false });
    }
  }
  return { words, phrases };
}

/**
 * The words a result must match: common words are skipped next to other words or a phrase, since
 * nearly every paper has them, but searched for when they are all there is.
 */
export function searchedWords({ words, phrases }: ParsedQuery): QueryWord[] {
  const meaningful = words.filter((word) => !STOPWORDS.has(word.term));
  return meaningful.length > 0 || phrases.length > 0 ? meaningful : words;
}

function plainTerms(text: string): string[] {
  return tokenize(text.replace(ARXIV_PREFIX, " "))
    .filter((token) => !token.joined)
    .map((token) => token.term);
}
