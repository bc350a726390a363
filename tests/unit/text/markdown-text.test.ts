import { describe, expect, it } from "vitest";
import { escapeMarkdownText, markdownCodeBlock } from "../../../src/lib/text/markdown-text.ts";

describe("escapeMarkdownText", () => {
  it.each([
    ["plain words", "Geodesic Multi Modal Mixup", "Geodesic Multi Modal Mixup"],
    ["emphasis and code", "*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"],
    ["a link", "[click](https://evil.example)", "\\[click\\]\\(https\\://evil\\.example\\)"],
    ["html", "<img src=x onerror=alert(1)>", "\\<img src\\=x onerror\\=alert\\(1\\)\\>"],
    ["a mention", "thanks @octocat", "thanks @\u200boctocat"],
    ["an issue reference", "fixes #12", "fixes \\#\u200b12"],
    ["line breaks and a heading", "one\n\n# two\r\n", "one \\#\u200b two"],
    ["a table cell", "a | b", "a \\| b"],
  ])("keeps %s as text", (_, text, expected) => {
    expect(escapeMarkdownText(text)).toBe(expected);
  });
});

describe("markdownCodeBlock", () => {
  it("fences text with three backticks", () => {
    expect(markdownCodeBlock("added 1, failed 0\n")).toBe("```text\nadded 1, failed 0\n```");
  });

  it("makes its fence longer than any run of backticks inside, so the text cannot close it", () => {
    expect(markdownCodeBlock("a ```` b\n```\n@x")).toBe("`````text\na ```` b\n```\n@x\n`````");
  });
});
