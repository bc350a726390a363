import { describe, expect, it } from "vitest";
import {
  DailyPapersFormatError,
  MAX_TITLE_LENGTH,
  parseDailyPapersText,
} from "../../../src/lib/authoring/daily-papers-text.ts";

const HEADER = [
  "new",
  "Get trending papers in your email inbox!",
  "Subscribe",
  "Daily Papers",
  "byAK and the research community",
  "Jul 31",
].join("\n\n");

const PAPERS = [
  "First Paper: A Title",
  "The first abstract. It has two sentences.",
  "Second Paper",
  "The second abstract.",
].join("\n\n");

const EXPECTED_TITLES = ["First Paper: A Title", "Second Paper"];

function titles(text: string): string[] {
  return parseDailyPapersText(text).map((entry) => entry.title);
}

function formatError(text: string): DailyPapersFormatError {
  try {
    parseDailyPapersText(text);
  } catch (error) {
    if (error instanceof DailyPapersFormatError) return error;
    throw error;
  }
  throw new Error("expected a DailyPapersFormatError");
}

describe("parseDailyPapersText", () => {
  it("skips the page header and pairs titles with abstracts", () => {
    expect(parseDailyPapersText(`${HEADER}\n\n${PAPERS}\n`)).toEqual([
      {
        title: "First Paper: A Title",
        abstract: "The first abstract. It has two sentences.",
        paragraph: 7,
        line: 13,
        abstractLine: 15,
        abstractLineCount: 1,
      },
      {
        title: "Second Paper",
        abstract: "The second abstract.",
        paragraph: 9,
        line: 17,
        abstractLine: 19,
        abstractLineCount: 1,
      },
    ]);
  });

  it.each([
    ["no header at all", PAPERS],
    ["only a date", `Jul 31\n\n${PAPERS}`],
    ["header lines in another order", `Daily Papers\n\nnew\n\nJul 31\n\nSubscribe\n\n${PAPERS}`],
    [
      "header lines without blank lines between them",
      `new\nSubscribe\nDaily Papers\nJuly 31, 2025\n\n${PAPERS}`,
    ],
    ["a header running straight into the first title", `Daily Papers\nJul 31\n${PAPERS}`],
    ["extra blank lines and spaces", `\n\n  new  \n\n\n\n Jul 31 \n\n\n${PAPERS}\n\n\n`],
    [
      "Windows line endings and a byte order mark",
      `\uFEFF${HEADER}\r\n\r\n${PAPERS}`.replace(/\n/g, "\r\n"),
    ],
    ["a numeric date", `Daily Papers\n\n2025-07-31\n\n${PAPERS}`],
  ])("finds the papers after %s", (_name, text) => {
    expect(titles(text)).toEqual(EXPECTED_TITLES);
  });

  it("normalizes whitespace and joins an abstract wrapped over several lines", () => {
    const [entry] = parseDailyPapersText(
      "A  Title\twith   gaps\n\nAn abstract\nwrapped  over\n  lines.\n",
    );
    expect(entry?.title).toBe("A Title with gaps");
    expect(entry?.abstract).toBe("An abstract wrapped over lines.");
  });

  it("keeps a paper whose title looks like header text in the middle of the page", () => {
    expect(titles(`${HEADER}\n\nFirst\n\nAbstract one.\n\nSubscribe\n\nAbstract two.`)).toEqual([
      "First",
      "Subscribe",
    ]);
  });

  it("reports a title without an abstract at the end, naming its paragraph and line", () => {
    const error = formatError(`${HEADER}\n\n${PAPERS}\n\nA Lonely Title\n`);
    expect(error.paragraph).toBe(11);
    expect(error.line).toBe(21);
    expect(error.message).toBe(
      'paragraph 11 (line 21): the title "A Lonely Title" has no abstract after it',
    );
  });

  it("reports a missing abstract in the middle, where the pairs shift", () => {
    const abstract = "An abstract that is far longer than any title. ".repeat(8);
    const text = `Title One\n\nTitle Two\n\n${abstract}\n\nTitle Three\n\n${abstract}`;
    const error = formatError(text);
    expect(error.paragraph).toBe(3);
    expect(error.message).toContain(`expected a title (at most ${MAX_TITLE_LENGTH} characters)`);
  });

  it("reports a title that spans lines", () => {
    const error = formatError(`${HEADER}\n\nA Title\nThe abstract without a blank line.\n`);
    expect(error.message).toMatch(/^paragraph 7 \(line 13\): a title must be one line/);
  });

  it("reports a text without papers", () => {
    expect(formatError(`${HEADER}\n`).message).toContain("found no papers");
    expect(formatError("").message).toContain("found no papers");
  });
});
