import { normalizeTerm } from "../../lib/text/tokenize.ts";
import { lowerBound } from "../core/binary-search.ts";
import { vocabularyKey, type VocabularyPart } from "../core/index-format.ts";
import { onceEach } from "./promise-cache.ts";
import type { SearchSource } from "./source.ts";

/** A part of the vocabulary once loaded, with the index of its first term in the whole vocabulary. */
export interface LoadedPart extends VocabularyPart {
  start: number;
}

/** The vocabulary of an index, loaded part by part as words need it. */
export interface Vocabulary {
  /** The part that holds a term (loaded the first time), or undefined when no term starts as it does. */
  partOf: (term: string) => Promise<LoadedPart> | undefined;
  /** The index of a term in the vocabulary, or -1. */
  find: (term: string) => Promise<number>;
  /** The loaded part that holds an index. */
  partAt: (index: number) => LoadedPart | undefined;
  /** The term at an index, once its part is loaded. */
  termAt: (index: number) => string | undefined;
  /** How many papers have the term at an index (1 until its part is loaded). */
  dfAt: (index: number) => number;
  /** The term's best papers as `[paper, score, …]`, once its part is loaded. */
  topAt: (index: number) => number[] | undefined;
  /** Loads the parts that the words of a text need. */
  prepare: (text: string) => Promise<void>;
  /** Starts loading the part of a query's last word when it is one letter, too short to search for. */
  prepareBegunWord: (query: string) => void;
}

/** The vocabulary of `source`'s index; each part is fetched once, when a word first needs it. */
export function createVocabulary(
  source: Pick<SearchSource, "manifest" | "vocabulary">,
): Vocabulary {
  const parts = source.manifest.vocabulary;
  const loaded: LoadedPart[] = [];
  const loadPart = onceEach(async (number: number): Promise<LoadedPart> => {
    const [, start] = parts[number] as (typeof parts)[number];
    const part = { ...(await source.vocabulary(number)), start };
    loaded.push(part);
    return part;
  });
  const partOf = (term: string) => {
    const key = vocabularyKey(term);
    const number = parts.findIndex(([partKey]) => partKey === key);
    return number < 0 ? undefined : loadPart(number);
  };
  const partAt = (index: number) =>
    loaded.find((part) => index >= part.start && index < part.start + part.terms.length);
  const at = <T>(index: number, column: (part: LoadedPart) => readonly T[]): T | undefined => {
    const part = partAt(index);
    return part && column(part)[index - part.start];
  };
  return {
    partOf,
    partAt,
    async find(term) {
      const part = await partOf(term);
      if (!part) return -1;
      const local = lowerBound(part.terms, term);
      return part.terms[local] === term ? part.start + local : -1;
    },
    termAt: (index) => at(index, (part) => part.terms),
    dfAt: (index) => at(index, (part) => part.df) ?? 1,
    topAt: (index) => at(index, (part) => part.top),
    async prepare(text) {
      // Not `tokenize`, which drops one-letter words: one letter is all a vocabulary part needs.
      const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
      await Promise.all(words.flatMap((word) => partOf(normalizeTerm(word)) ?? []));
    },
    prepareBegunWord(query) {
      const begun = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}])$/u.exec(query)?.[1];
      if (begun) partOf(normalizeTerm(begun))?.catch(() => undefined);
    },
  };
}
