/** One paper read from the plain-text copy of a Daily Papers page. */
export interface DailyPapersEntry {
  /** The title, on one line with its whitespace normalized. */
  title: string;
  /** The abstract as plain text with its whitespace normalized. */
  abstract: string;
  /** Which blank-line separated paragraph of the text holds the title, counted from 1. */
  paragraph: number;
  /** The line of the text the title is on, counted from 1. */
  line: number;
  /** The line the abstract starts on, and how many lines its paragraph has. */
  abstractLine: number;
  abstractLineCount: number;
}

/** Why a Daily Papers text could not be read, with the paragraph and line where it goes wrong. */
export class DailyPapersFormatError extends Error {
  readonly paragraph: number;
  readonly line: number;

  constructor(paragraph: number, line: number, message: string) {
    super(`paragraph ${paragraph} (line ${line}): ${message}`);
    this.name = "DailyPapersFormatError";
    this.paragraph = paragraph;
    this.line = line;
  }
}

/** Titles are far shorter; a longer "title" means an abstract is missing and the pairs have shifted. */
export const MAX_TITLE_LENGTH = 300;

interface Paragraph {
  number: number;
  line: number;
  lines: string[];
}

// The page chrome that a copy of huggingface.co/papers starts with, in any order or number.
const HEADER_LINES = new Set([
  "new",
  "get trending papers in your email inbox!",
  "subscribe",
  "daily papers",
  "byak and the research community",
  "by ak and the research community",
  "trending papers",
]);
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
// The day the page shows: "Jul 31", "July 31, 2025", "31 Jul" or "2025-07-31".
const DATE_LINE = new RegExp(
  `^(?:${MONTH} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${MONTH}(?:,? \\d{4})?|\\d{4}-\\d{2}-\\d{2})$`,
  "i",
);

/**
 * Reads the plain-text copy of a Hugging Face Daily Papers page: header lines, then blank-line
 * separated paragraphs alternating a one-line title and its abstract. Throws a
 * {@link DailyPapersFormatError} naming the paragraph when the text does not have that shape.
 */
export function parseDailyPapersText(text: string): DailyPapersEntry[] {
  const paragraphs = splitParagraphs(text);
  let first = 0;
  while (first < paragraphs.length && paragraphs[first]?.lines.every(isHeaderLine)) first++;
  // Header lines may run straight into the first title without a blank line.
  const firstPaper = paragraphs[first];
  while (firstPaper && firstPaper.lines.length > 1 && isHeaderLine(firstPaper.lines[0] ?? "")) {
    firstPaper.lines.shift();
    firstPaper.line++;
  }
  const entries: DailyPapersEntry[] = [];
  for (let index = first; index < paragraphs.length; index += 2) {
    const title = paragraphs[index] as Paragraph;
    const abstract = paragraphs[index + 1];
    const titleText = normalizeSpace(title.lines.join(" "));
    if (title.lines.length > 1) {
      throw new DailyPapersFormatError(
        title.number,
        title.line,
        `a title must be one line, but this paragraph has ${title.lines.length}; is the blank line between a title and its abstract missing?`,
      );
    }
    if (titleText.length > MAX_TITLE_LENGTH) {
      throw new DailyPapersFormatError(
        title.number,
        title.line,
        `expected a title (at most ${MAX_TITLE_LENGTH} characters) but found ${titleText.length} characters; is the title or abstract before it missing?`,
      );
    }
    if (!abstract) {
      throw new DailyPapersFormatError(
        title.number,
        title.line,
        `the title "${titleText}" has no abstract after it`,
      );
    }
    entries.push({
      title: titleText,
      abstract: normalizeSpace(abstract.lines.join(" ")),
      paragraph: title.number,
      line: title.line,
      abstractLine: abstract.line,
      abstractLineCount: abstract.lines.length,
    });
  }
  if (entries.length === 0) {
    throw new DailyPapersFormatError(
      1,
      1,
      "found no papers: expected a title line, a blank line and an abstract after the header",
    );
  }
  return entries;
}

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n/)
    .forEach((line, index) => {
      if (line.trim() === "") {
        current = undefined;
        return;
      }
      if (!current) {
        current = { number: paragraphs.length + 1, line: index + 1, lines: [] };
        paragraphs.push(current);
      }
      current.lines.push(line);
    });
  return paragraphs;
}

function isHeaderLine(line: string): boolean {
  const normalized = normalizeSpace(line).toLowerCase();
  return HEADER_LINES.has(normalized) || DATE_LINE.test(normalized);
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
