import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { escapeMdxText } from "../../../src/lib/authoring/mdx-escape.ts";
import { renderAbstract } from "../../../src/lib/content/render-abstract.ts";

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

/** The visible text of the HTML the site renders for an abstract, failing on any problem. */
function renderedText(mdx: string): string {
  const rendered = renderAbstract(mdx);
  expect(rendered.problems, `problems rendering ${JSON.stringify(mdx)}`).toEqual([]);
  return normalize(toText(fromHtml(rendered.html, { fragment: true })));
}

function expectRoundTrip(text: string): void {
  expect(renderedText(escapeMdxText(text)), JSON.stringify(text)).toBe(normalize(text));
}

describe("escapeMdxText", () => {
  it.each([
    ["<", "a < b and <div onclick=x>", "a \\< b and \\<div onclick=x>"],
    ["{ }", "keep {props} literal", "keep \\{props\\} literal"],
    ["*", "a*b*c and **bold**", "a\\*b\\*c and \\*\\*bold\\*\\*"],
    ["_", "_under_ and __double__", "\\_under\\_ and \\_\\_double\\_\\_"],
    ["backticks", "`code` and ```fence```", "\\`code\\` and \\`\\`\\`fence\\`\\`\\`"],
    ["$", "costs $5 or $x$", "costs \\$5 or \\$x\\$"],
    ["~", "30%~50% and ~~strike~~", "30%\\~50% and \\~\\~strike\\~\\~"],
    ["[ ]", "see [x](https://example.org/y)", "see \\[x\\](https://example.org/y)"],
    ["|", "| a | b |", "\\| a \\| b \\|"],
    ["&", "R&D writes &amp; and &#x41;", "R&D writes \\&amp; and \\&#x41;"],
    ["backslash", "C:\\path, \\{ and a final \\", "C:\\path, \\\\\\{ and a final \\\\"],
  ])("escapes %s with backslashes and renders it as written", (_name, text, expected) => {
    expect(escapeMdxText(text)).toBe(expected);
    expectRoundTrip(text);
  });

  it.each([
    ["#", "# 1 on the leaderboard", "\\# 1 on the leaderboard"],
    [">", "> 90% of the gains", "\\> 90% of the gains"],
    ["-", "- not a bullet", "\\- not a bullet"],
    ["+", "+ not a bullet", "\\+ not a bullet"],
    ["*", "* not a bullet", "\\* not a bullet"],
    ["1.", "1. We list findings", "1\\. We list findings"],
    ["1)", "1) We list findings", "1\\) We list findings"],
    ["thematic break", "---", "\\---"],
    ["import", "import quotas matter", "&#105;mport quotas matter"],
    ["export", "export controls matter", "&#101;xport controls matter"],
  ])("neutralises %s at the start of a line", (_name, text, expected) => {
    expect(escapeMdxText(text)).toBe(expected);
    expectRoundTrip(text);
    expectRoundTrip(`First line\n${text}`);
    expectRoundTrip(`First paragraph.\n\n${text}`);
  });

  it("finds markers behind indentation, which MDX does not read as code", () => {
    expect(escapeMdxText("    # still a heading")).toBe("\\# still a heading");
    expectRoundTrip("Text\n      > quoted\n\t1. listed");
  });

  it("keeps setext underlines and fences from forming", () => {
    for (const text of [
      "Title\n===",
      "Title\n---",
      "~~~\ncode\n~~~",
      "```\ncode\n```",
      "$$\nx\n$$",
    ]) {
      expectRoundTrip(text);
    }
  });

  it("leaves ordinary punctuation and mid-text markers readable", () => {
    const text =
      "Results (on 5-digit numbers) improve: 99.9% vs. 80%, e.g. 2-3x faster! Is it? Yes; 1. 2) # > - + = ' \" / @ ^ %";
    expect(escapeMdxText(text)).toBe(text);
    expectRoundTrip(text);
  });

  it("keeps underscores inside words, where they cannot start emphasis", () => {
    expect(escapeMdxText("float8_e4m3 and snake_case_name")).toBe(
      "float8_e4m3 and snake_case_name",
    );
  });

  it("keeps a backslash before a letter as it is", () => {
    expect(escapeMdxText("\\alpha and \\etc")).toBe("\\alpha and \\etc");
    expectRoundTrip("\\alpha and \\etc");
  });

  it("drops spaces at the ends of lines, which would otherwise make a hard break", () => {
    expect(escapeMdxText("  one  \ntwo\t\r\nthree  ")).toBe("one\ntwo\nthree");
  });

  it("renders every pair of ASCII punctuation, letters, digits, spaces and line breaks as written", () => {
    const alphabet = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "a", "1", " ", "\n", "\n\n"];
    for (const first of alphabet) {
      for (const second of alphabet) {
        expectRoundTrip(first + second);
        expectRoundTrip(`x ${first}y${second} z`);
      }
    }
  });

  it("renders every triple of the trickiest characters as written", () => {
    const alphabet = [
      "\\",
      "*",
      "_",
      "a",
      " ",
      "\n",
      "-",
      "1",
      ".",
      "$",
      "`",
      "&",
      "#",
      ";",
      "<",
      "=",
    ];
    for (const first of alphabet) {
      for (const second of alphabet) {
        for (const third of alphabet) expectRoundTrip(first + second + third);
      }
    }
  });

  describe("with keepMath", () => {
    it("keeps balanced $...$ and $$...$$ as math and escapes the text around them", () => {
      const mdx = escapeMdxText("Time $O(n^2)$ with {braces} and $$\\sum_i x_i$$ <b>", {
        keepMath: true,
      });
      expect(mdx).toBe("Time $O(n^2)$ with \\{braces\\} and $$\\sum_i x_i$$ \\<b>");
      const rendered = renderAbstract(mdx);
      expect(rendered.problems).toEqual([]);
      expect(rendered.hasMath).toBe(true);
      expect(rendered.text).toBe("Time O(n^2) with {braces} and \\sum_i x_i <b>");
    });

    it("keeps braces and angle brackets inside math untouched", () => {
      expect(escapeMdxText("set $\\{a < b\\}$ here", { keepMath: true })).toBe(
        "set $\\{a < b\\}$ here",
      );
    });

    it("escapes unbalanced dollars and prices", () => {
      for (const text of [
        "costs $5 and $10",
        "unbalanced $x",
        "$ x$ is no math",
        "$x $ is none",
        "$x$5",
      ]) {
        const mdx = escapeMdxText(text, { keepMath: true });
        const rendered = renderAbstract(mdx);
        expect(rendered.hasMath, text).toBe(false);
        expect(rendered.text, text).toBe(text);
      }
    });

    it.each([
      ["a range", "gains of 1$-$2% over", "gains of 1$-$2% over", "gains of 1-2% over"],
      ["a tilde", "about $\\sim$5 points", "about $\\sim$5 points", "about \\sim5 points"],
      ["a times", "a 3$\\times$4 grid", "a 3$\\times$4 grid", "a 3\\times4 grid"],
      ["a plus", "top-1 $+$3.2", "top-1 $+$3.2", "top-1 +3.2"],
    ])(
      "keeps arXiv's %s before a digit as math, as arXiv's own page shows it",
      (_name, text, mdx, plain) => {
        expect(escapeMdxText(text, { keepMath: true })).toBe(mdx);
        const rendered = renderAbstract(mdx);
        expect(rendered.problems).toEqual([]);
        expect(rendered.hasMath).toBe(true);
        expect(rendered.text).toBe(plain);
        expect(rendered.html).not.toContain("$");
      },
    );

    it("still reads amounts before a digit as prices, not math", () => {
      for (const text of ["costs $5-$10", "from $5$10", "$x$5", "pay $a,b$2"]) {
        const rendered = renderAbstract(escapeMdxText(text, { keepMath: true }));
        expect(rendered.hasMath, text).toBe(false);
        expect(rendered.text, text).toBe(text);
      }
    });

    it("writes math that spans lines on one line, so $$ at a line start cannot open a block", () => {
      const mdx = escapeMdxText("$$a +\n b$$ follows", { keepMath: true });
      expect(mdx).toBe("$$a + b$$ follows");
      expect(renderAbstract(mdx).text).toBe("a + b follows");
    });

    it("does not treat a dollar escaped in TeX as math", () => {
      const rendered = renderAbstract(escapeMdxText("pay \\$5 and $x$", { keepMath: true }));
      expect(rendered.text).toBe("pay \\$5 and x");
    });

    it("still neutralises line-start markers after math", () => {
      const rendered = renderAbstract(escapeMdxText("$x$\n# not a heading", { keepMath: true }));
      expect(rendered.problems).toEqual([]);
      expect(rendered.text).toBe("x\n# not a heading");
    });
  });

  it("treats dollars as plain text without keepMath", () => {
    const rendered = renderAbstract(escapeMdxText("$x^2$"));
    expect(rendered.hasMath).toBe(false);
    expect(rendered.text).toBe("$x^2$");
  });
});
