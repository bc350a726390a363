import { MAX_TITLE_LENGTH, type DailyPapersEntry } from "./daily-papers-text.ts";

/** A title or abstract of a pasted list that looks like the other: the pairs may have shifted. */
export interface LayoutDoubt {
  /** The line of the text it is on, counted from 1. */
  line: number;
  message: string;
}

// A full stop, question or exclamation mark that ends a sentence, maybe inside quotes or brackets.
const SENTENCE_END = /[.!?]["'”’)\]]*(?:\s|$)/;
const ENDS_AS_SENTENCE = /[.!?]["'”’)\]]*$/;
const TWO_SENTENCES = /[.!?]["'”’)\]]*\s+\p{Lu}/u;
// More words than a title that ends with a full stop usually has.
const TITLE_WORDS = 12;

/**
 * Finds abstracts that read like titles (one short line with no sentence in it) and titles that
 * read like abstracts (written in sentences): signs that a title or abstract is missing and every
 * pair after it is shifted, which no format check can see.
 */
export function findLayoutDoubts(entries: readonly DailyPapersEntry[]): LayoutDoubt[] {
  const doubts: LayoutDoubt[] = [];
  for (const entry of entries) {
    if (readsLikeAbstract(entry.title)) {
      doubts.push({
        line: entry.line,
        message: `the title ${quote(entry.title)} reads like an abstract (it is written in sentences); is a title missing before it?`,
      });
    }
    if (
      entry.abstractLineCount === 1 &&
      entry.abstract.length <= MAX_TITLE_LENGTH &&
      !SENTENCE_END.test(entry.abstract)
    ) {
      doubts.push({
        line: entry.abstractLine,
        message: `the abstract of ${quote(entry.title)} reads like a title (one short line with no sentence in it): ${quote(entry.abstract)}; is an abstract missing before it?`,
      });
    }
  }
  return doubts;
}

function readsLikeAbstract(title: string): boolean {
  return (
    ENDS_AS_SENTENCE.test(title) &&
    (title.split(" ").length >= TITLE_WORDS || TWO_SENTENCES.test(title))
  );
}

function quote(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`;
}
