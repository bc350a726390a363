import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDailyPapersText } from "../../../src/lib/authoring/daily-papers-text.ts";
import { findLayoutDoubts } from "../../../src/lib/authoring/layout-doubts.ts";

const doubts = (text: string) => findLayoutDoubts(parseDailyPapersText(text));

describe("findLayoutDoubts", () => {
  it("finds nothing in the bundled sample", () => {
    const sample = readFileSync(
      new URL("../../fixtures/daily-papers-sample.txt", import.meta.url),
      "utf8",
    );
    expect(doubts(sample)).toEqual([]);
  });

  it("names each abstract that reads like a title, at its line", () => {
    const text =
      "Daily Papers\n\nTitle Only One\n\nTitle Only Two\n\nTitle Only Three\n\nTitle Only Four\n";
    expect(doubts(text)).toEqual([
      {
        line: 5,
        message:
          'the abstract of "Title Only One" reads like a title (one short line with no sentence in it): "Title Only Two"; is an abstract missing before it?',
      },
      {
        line: 9,
        message:
          'the abstract of "Title Only Three" reads like a title (one short line with no sentence in it): "Title Only Four"; is an abstract missing before it?',
      },
    ]);
  });

  it.each([
    ["We show that mixing helps. It works on every benchmark we tried.", true],
    ["In this work we propose a method that makes fine-tuning robust across many tasks.", true],
    ["Do Large Language Models Dream of Electric Sheep?", false],
    ["Attention Is All You Need", false],
    ["Mamba: Linear-Time Sequence Modeling with Selective State Spaces", false],
    ["U.S. Patents: A Study of Claims (v. 2)", false],
  ])("takes the title %j for an abstract: %s", (title, doubted) => {
    const text = `${title}\n\nAn abstract. With sentences.\n`;
    expect(doubts(text).map((doubt) => doubt.line)).toEqual(doubted ? [1] : []);
  });

  it.each([
    ["One sentence, ending with a full stop.", false],
    ["Does it, though?", false],
    ["A short abstract without any full stop but on two lines\nlike a wrapped paragraph", false],
    ["Deep Learning for Everyone", true],
  ])("takes the abstract %j for a title: %s", (abstract, doubted) => {
    const text = `A Title\n\n${abstract}\n`;
    expect(doubts(text).map((doubt) => doubt.line)).toEqual(doubted ? [3] : []);
  });
});
