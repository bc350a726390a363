import { createRequire } from "node:module";
import katex from "katex";
import { describe, expect, it } from "vitest";
import {
  ALLOWED_ELEMENTS,
  checkAbstract,
  MATH_RENDERER,
  MAX_ABSTRACT_LENGTH,
  renderAbstract,
} from "../../../src/lib/content/render-abstract.ts";

const ALLOWED_LIST = "<sub>, <sup>, <br>, <abbr>, <kbd>, <mark>";

/** Renders an abstract that must be refused, and returns its problems. */
function refused(body: string) {
  const result = renderAbstract(body);
  expect(result.html).toBe("");
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

describe("renderAbstract: plain abstracts", () => {
  it("renders paragraphs, emphasis, code and links to static HTML", () => {
    const result = renderAbstract(
      "We *propose* a **method**, see `code` and [the site](https://example.org).\n\nSecond paragraph.",
    );
    expect(result.problems).toEqual([]);
    expect(result.hasMath).toBe(false);
    expect(result.html).toBe(
      '<p>We <em>propose</em> a <strong>method</strong>, see <code>code</code> and <a href="https://example.org">the site</a>.</p>\n<p>Second paragraph.</p>',
    );
    expect(result.text).toBe("We propose a method, see code and the site.\n\nSecond paragraph.");
  });

  it("accepts http:// and mailto: links in the text", () => {
    const result = renderAbstract("[a](http://example.org) and [b](mailto:ada@example.org)");
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('href="http://example.org"');
    expect(result.html).toContain('href="mailto:ada@example.org"');
  });

  it("renders every allowed element with its allowed attributes", () => {
    expect(Object.keys(ALLOWED_ELEMENTS)).toEqual(["sub", "sup", "br", "abbr", "kbd", "mark"]);
    const result = renderAbstract(
      'H<sub>2</sub>O, x<sup>2</sup>,<br /> <abbr title="Large Language Model">LLM</abbr>, <kbd>Ctrl</kbd>, <mark>key</mark>',
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toBe(
      '<p>H<sub>2</sub>O, x<sup>2</sup>,<br> <abbr title="Large Language Model">LLM</abbr>, <kbd>Ctrl</kbd>, <mark>key</mark></p>',
    );
    expect(result.text).toBe("H2O, x2, LLM, Ctrl, key");
  });

  it("escapes a bare < that starts no tag", () => {
    const result = renderAbstract("a < b & c > d");
    expect(result.problems).toEqual([]);
    expect(result.html).toBe("<p>a &#x3C; b &#x26; c > d</p>");
  });

  it("renders an escaped title-like <T> literally, never as a tag", () => {
    const result = renderAbstract("The \\<Model\\> and \\{set\\} notation");
    expect(result.problems).toEqual([]);
    expect(result.html).toBe("<p>The &#x3C;Model> and {set} notation</p>");
    expect(result.text).toBe("The <Model> and {set} notation");
  });

  it("gives empty output for an empty body", () => {
    expect(renderAbstract("")).toEqual({ html: "", text: "", hasMath: false, problems: [] });
    expect(renderAbstract("\n\n  \n")).toMatchObject({ text: "", problems: [] });
  });
});

describe("renderAbstract: math", () => {
  it("renders inline math with KaTeX and says so", () => {
    const result = renderAbstract("Hello $x^2$ world.");
    expect(result.problems).toEqual([]);
    expect(result.hasMath).toBe(true);
    expect(result.html).toMatch(/^<p>Hello <span class="katex">/);
    expect(result.html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    expect(result.html).toContain('class="katex-html"');
    expect(result.html).toContain("<math");
    expect(result.text).toBe("Hello x^2 world.");
  });

  it("renders display math", () => {
    const result = renderAbstract("Intro.\n\n$$\n\\int_0^1 f(x)\\,dx\n$$");
    expect(result.problems).toEqual([]);
    expect(result.hasMath).toBe(true);
    expect(result.html).toContain('class="katex-display"');
    expect(result.html).toContain('display="block"');
  });

  it("treats an escaped dollar as a dollar, not math", () => {
    const result = renderAbstract("It costs \\$5 and \\$6.");
    expect(result).toEqual({
      html: "<p>It costs $5 and $6.</p>",
      text: "It costs $5 and $6.",
      hasMath: false,
      problems: [],
    });
  });

  it("reports broken inline math with its position", () => {
    const result = renderAbstract("Fine $x$ then\nbroken $\\frac{1}{$ here");
    expect(result.hasMath).toBe(true);
    expect(result.html).toBe("");
    expect(result.problems).toEqual([
      {
        message: expect.stringMatching(/^math does not render: KaTeX parse error: .*\\frac\{1\}\{/),
        position: { line: 2, column: 8 },
      },
    ]);
  });

  it("reports an unknown command", () => {
    const [problem] = refused("See $\\notacommand{x}$.");
    expect(problem?.message).toMatch(/^math does not render: .*Undefined control sequence/);
    expect(problem?.position).toEqual({ line: 1, column: 5 });
  });

  it("reports broken display math at the line it starts on", () => {
    const [problem] = refused("One.\n\nTwo.\n\n$$\n\\frac{1}{\n$$");
    expect(problem?.message).toMatch(/^math does not render: /);
    expect(problem?.position).toEqual({ line: 5, column: 1 });
  });

  it("renders and checks a fenced math block as display math", () => {
    const fine = renderAbstract("Sum:\n\n```math\n\\sum_i x_i\n```");
    expect(fine.problems).toEqual([]);
    expect(fine.html).toContain('class="katex-display"');
    const [problem] = refused("Sum:\n\n```math\n\\frac{1}{\n```");
    expect(problem).toEqual({
      message: expect.stringMatching(/^math does not render: /),
      position: { line: 3, column: 1 },
    });
  });

  it("puts each formula into the page as KaTeX renders it, once, with its HTML and MathML", () => {
    const inline = katex.renderToString("a < b", { output: "htmlAndMathml" });
    const display = katex.renderToString("\\sum_i x_i", {
      output: "htmlAndMathml",
      displayMode: true,
    });
    const result = renderAbstract("Then $a < b$ and\n\n```math\n\\sum_i x_i\n```\n\nand `code`.");
    expect(result.html).toBe(
      `<p>Then ${inline} and</p>\n${display}\n<p>and <code>code</code>.</p>`,
    );
  });

  it("lets no markup through a formula: KaTeX escapes its text and refuses links", () => {
    const result = renderAbstract(
      "A $\\text{<img src=x onerror=alert(1)>}$ and $\\href{javascript:alert(1)}{x}$ and " +
        "$\\url{https://example.org}$.",
    );
    expect(result.problems).toEqual([]);
    expect(result.html).not.toMatch(/<img|<a[\s>]|href=|<script/);
    expect(result.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("reports each broken formula", () => {
    expect(refused("$\\frac{$ and $\\nope$")).toHaveLength(2);
  });
});

describe("renderAbstract: unsafe MDX is refused", () => {
  it.each([
    ["import", "import x from 'y'\n\nText", "import and export are not allowed in a paper", 1, 1],
    ["export", "Text\n\nexport const a = 1", "import and export are not allowed in a paper", 3, 1],
    [
      "an {expression}",
      "Value {1 + 1} here",
      "{expressions} are not allowed; write \\{ and \\} for literal braces",
      1,
      7,
    ],
    [
      "a <script>",
      "Text <script>alert(1)</script>",
      `<script> is not allowed; an abstract may use only ${ALLOWED_LIST}`,
      1,
      6,
    ],
    [
      "an <iframe>",
      '<iframe src="https://example.org"></iframe>',
      `<iframe> is not allowed; an abstract may use only ${ALLOWED_LIST}`,
      1,
      1,
    ],
    [
      "a <style>",
      "<style>p</style>",
      `<style> is not allowed; an abstract may use only ${ALLOWED_LIST}`,
      1,
      1,
    ],
    [
      "a disallowed element",
      "A <div>block</div>",
      `<div> is not allowed; an abstract may use only ${ALLOWED_LIST}`,
      1,
      3,
    ],
    [
      "a fragment",
      "<>text</>",
      `<fragment> is not allowed; an abstract may use only ${ALLOWED_LIST}`,
      1,
      1,
    ],
    [
      "an onClick attribute",
      'x<sub onClick="alert(1)">2</sub>',
      "<sub onClick>: event handlers are not allowed",
      1,
      2,
    ],
    [
      "an onclick attribute",
      '<mark onclick="alert(1)">m</mark>',
      "<mark onclick>: event handlers are not allowed",
      1,
      1,
    ],
    [
      "an attribute the element does not take",
      '<sub class="x">2</sub>',
      "<sub class> is not allowed; <sub> takes no attributes",
      1,
      1,
    ],
    [
      "an attribute outside an element's list",
      '<abbr style="color:red" title="t">a</abbr>',
      "<abbr style> is not allowed; <abbr> takes title",
      1,
      1,
    ],
    [
      "an expression attribute value",
      "<abbr title={x}>a</abbr>",
      '<abbr title> must be a plain "string", not an {expression}',
      1,
      1,
    ],
    [
      "a spread expression attribute",
      "<abbr {...props}>a</abbr>",
      "<abbr> must not spread {expressions} into its attributes",
      1,
      1,
    ],
    [
      "a javascript: link",
      "[click](javascript:alert(1))",
      'links must be https://, http:// or mailto: URLs, not "javascript:alert(1)"',
      1,
      1,
    ],
    [
      "a JavaScript: link in capitals",
      "[click](JavaScript:alert(1))",
      'links must be https://, http:// or mailto: URLs, not "JavaScript:alert(1)"',
      1,
      1,
    ],
    [
      "a data: link",
      "[x](data:text/html,hi)",
      'links must be https://, http:// or mailto: URLs, not "data:text/html,hi"',
      1,
      1,
    ],
    [
      "a relative link",
      "[x](/admin)",
      'links must be https://, http:// or mailto: URLs, not "/admin"',
      1,
      1,
    ],
    [
      "a javascript: link hidden by a character reference",
      "[click](jav&#x61;script:alert(1))",
      'links must be https://, http:// or mailto: URLs, not "javascript:alert(1)"',
      1,
      1,
    ],
    [
      "an <a href> with a javascript: URL",
      '<a href="javascript:alert(1)">click</a>',
      `<a> is not allowed; an abstract may use only ${ALLOWED_LIST}`,
      1,
      1,
    ],
    [
      "a data: URL in an <abbr> attribute it does not take",
      '<abbr href="data:text/html,x" title="t">a</abbr>',
      "<abbr href> is not allowed; <abbr> takes title",
      1,
      1,
    ],
    [
      "a javascript: link definition",
      "[click][r]\n\n[r]: javascript:alert(1)",
      'links must be https://, http:// or mailto: URLs, not "javascript:alert(1)"',
      3,
      1,
    ],
    [
      "an image",
      "![chart](https://example.org/chart.png)",
      "images are not allowed in an abstract; use the thumbnail field",
      1,
      1,
    ],
    [
      "an image reference",
      "![chart][c]\n\n[c]: https://example.org/chart.png",
      "images are not allowed in an abstract; use the thumbnail field",
      1,
      1,
    ],
    ["a heading", "Text\n\n## Results", "headings are not allowed in an abstract", 3, 1],
  ])("refuses %s", (_name, body, message, line, column) => {
    expect(refused(body)).toContainEqual({ message, position: { line, column } });
  });

  it("reports every problem, not only the first", () => {
    const problems = refused("import x from 'y'\n\n<div>{1}</div> and ![i](https://x.org/i.png)");
    expect(problems.map((problem) => problem.message)).toEqual([
      "import and export are not allowed in a paper",
      `<div> is not allowed; an abstract may use only ${ALLOWED_LIST}`,
      "{expressions} are not allowed; write \\{ and \\} for literal braces",
      "images are not allowed in an abstract; use the thumbnail field",
    ]);
  });

  it("checks elements nested inside allowed ones", () => {
    expect(refused("<mark><script>x</script></mark>")).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^<script> is not allowed/) }),
    );
  });

  it("still gives the text and math flag of a refused abstract", () => {
    const result = renderAbstract("Text $x$ <div>inside</div>");
    expect(result.html).toBe("");
    expect(result.hasMath).toBe(true);
    expect(result.text).toBe("Text x inside");
  });

  it("explains MDX that does not parse, with where and how to escape", () => {
    const result = renderAbstract("We love it <3 a lot");
    expect(result).toMatchObject({ html: "", text: "", hasMath: false });
    expect(result.problems).toEqual([
      {
        message: expect.stringMatching(
          /^the abstract is not valid MDX: .*\(write \\<, \\\{ or \\\} for literal characters\)$/,
        ),
        position: { line: 1, column: 13 },
      },
    ]);
  });

  it("refuses an unquoted event handler, which does not even parse", () => {
    const [problem] = refused("<img src=x onerror=alert(1) />");
    expect(problem?.message).toMatch(/^the abstract is not valid MDX/);
  });

  it("never puts refused markup into the HTML", () => {
    for (const body of [
      "<script>alert(1)</script>",
      "[x](javascript:alert(1))",
      '<sub onClick="x">2</sub>',
    ]) {
      const { html } = renderAbstract(body);
      expect(html).not.toMatch(/script|javascript|onclick/i);
    }
  });
});

describe("renderAbstract: characters and length", () => {
  it.each([
    ["a NUL", "Line one.\nA NUL \u0000 here.", "U+0000 (a control character)", 2, 7],
    ["an escape", "An escape\u001b[31m.", "U+001B (a control character)", 1, 10],
    [
      "a right-to-left override",
      "Reads \u202Ebackwards.",
      "U+202E (a bidirectional formatting character, which reorders the text around it)",
      1,
      7,
    ],
    [
      "an unpaired surrogate",
      "Half \uD83D.",
      "U+D83D (an unpaired surrogate, which is not a character)",
      1,
      6,
    ],
  ])("refuses %s, saying which character and where", (_name, body, character, line, column) => {
    expect(refused(body)).toEqual([
      { message: `the abstract must not contain ${character}`, position: { line, column } },
    ]);
  });

  it("renders right-to-left text, emoji and zero-width characters as they are", () => {
    const body = "ترجمة آلية 🧑🏽‍💻 zero\u200Bwidth \u200F";
    expect(renderAbstract(body)).toMatchObject({ html: `<p>${body}</p>`, problems: [] });
  });

  it(`accepts ${MAX_ABSTRACT_LENGTH.toLocaleString("en")} characters of text and refuses more`, () => {
    const longest = `${"word ".repeat(MAX_ABSTRACT_LENGTH / 5 - 1)}last.`;
    expect(longest).toHaveLength(MAX_ABSTRACT_LENGTH);
    expect(renderAbstract(longest).problems).toEqual([]);
    expect(refused(`${"word ".repeat(20_000).trim()}!`)).toEqual([
      {
        message: "the abstract is 100,000 characters long; at most 5,000 are allowed",
        position: { line: 1, column: 1 },
      },
    ]);
  });

  it("counts the text readers see, not the markup around it", () => {
    const linked = `[${"a".repeat(MAX_ABSTRACT_LENGTH)}](https://example.org/${"b".repeat(500)})`;
    expect(renderAbstract(linked).problems).toEqual([]);
  });
});

describe("checkAbstract", () => {
  it.each([
    "Plain text with _emphasis_ and [a link](https://example.org).",
    "Math $x^2$ and\n\n$$\n\\frac{1}{2}\n$$",
    "Broken $\\frac{1}{$ math and $\\nope$.",
    "```math\n\\frac{\n```",
    "<script>alert(1)</script> and {1 + 1}",
    "We love it <3",
    "A NUL \u0000 and <3",
    "x".repeat(MAX_ABSTRACT_LENGTH + 1),
    "",
  ])("finds what renderAbstract finds, without the HTML: %j", (body) => {
    const { html, ...rendered } = renderAbstract(body);
    expect(checkAbstract(body)).toEqual(rendered);
    expect(typeof html).toBe("string");
  });
});

describe("the KaTeX that renders math", () => {
  // The site serves the stylesheet of the project's own KaTeX (src/lib/publish/katex-assets.ts); markup from
  // another version uses other class names, and the math comes out misplaced and unscaled.
  it("is the project's own KaTeX, whose stylesheet the site serves", () => {
    const ownVersion = (createRequire(import.meta.url)("katex/package.json") as { version: string })
      .version;
    expect(katex.version).toBe(ownVersion);
    expect(MATH_RENDERER).toBe(`KaTeX ${ownVersion}`);
    const formula = katex.renderToString("x^2", { output: "htmlAndMathml" });
    expect(renderAbstract("Squares: $x^2$.").html).toContain(formula);
  });
});
