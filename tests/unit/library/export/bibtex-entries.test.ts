import { describe, expect, it } from "vitest";
import { bibtexEntries } from "../../../../src/library/export/bibtex-entries.ts";

const entry = (key: string, title: string) => `@misc{${key},\n  title = {${title}},\n}`;

describe("bibtexEntries", () => {
  it("joins the entries as they are, in order, one blank line after each", () => {
    const papers = [{ bibtex: entry("a2024x", "X") }, { bibtex: `${entry("b2024y", "Y")}\n` }];
    expect(bibtexEntries(papers)).toBe(`${entry("a2024x", "X")}\n\n${entry("b2024y", "Y")}\n\n`);
  });

  it("numbers a key that an earlier entry has, and only the key", () => {
    const papers = ["First", "Second", "Third"].map((title) => ({
      bibtex: entry("a2024x", title),
    }));
    expect(bibtexEntries(papers)).toBe(
      [entry("a2024x", "First"), entry("a2024x-2", "Second"), entry("a2024x-3", "Third")]
        .map((text) => `${text}\n\n`)
        .join(""),
    );
  });

  it("writes nothing for no papers", () => {
    expect(bibtexEntries([])).toBe("");
  });
});
