import type { Element, ElementContent, Properties } from "hast";
import katex from "katex";
import type { Code, Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype, { defaultHandlers, type Options as RemarkRehypeOptions } from "remark-rehype";
import { unified } from "unified";
import { EXIT, visit } from "unist-util-visit";
import type { Position } from "./frontmatter.ts";
import { findUnsafeCharacter } from "./unsafe-characters.ts";

/**
 * The only elements a contributed abstract may use, with the attributes each may carry.
 * Contributed MDX is untrusted: anything not listed here is rejected, never rendered.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  sub: [],
  sup: [],
  br: [],
  abbr: ["title"],
  kbd: [],
  mark: [],
};

const SAFE_LINK_PROTOCOLS = new Set(["https:", "http:", "mailto:"]);

/**
 * The longest abstract, in characters of its text: well above arXiv's own limit of 1,920, and small
 * enough that a paper's page, the feeds and the search index stay light for readers.
 */
export const MAX_ABSTRACT_LENGTH = 5_000;

/** Something in an abstract that the site refuses to render, with where it is in the body. */
export interface BodyProblem {
  message: string;
  position: Position;
}

/** What checking an abstract finds without rendering it: its text, whether it has math, its problems. */
export interface AbstractCheck {
  /** The abstract as plain text (math as its TeX source), for excerpts, descriptions and search. */
  text: string;
  /** Whether the abstract has math, so its page loads KaTeX's stylesheet. */
  hasMath: boolean;
  /** Why the abstract cannot be rendered; empty when it is fine. */
  problems: BodyProblem[];
}

/** An abstract rendered to static HTML, with what the pages need to know about it. */
export interface RenderedAbstract extends AbstractCheck {
  /** Static HTML: paragraphs, emphasis, links and KaTeX math. Empty when there are problems. */
  html: string;
}

/** What renders an abstract's math: the same file renders to other HTML under another KaTeX. */
export const MATH_RENDERER = `KaTeX ${katex.version}`;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

// What KaTeX builds of a formula: HTML alone to check it, HTML and MathML for the page.
type FormulaOutput = "html" | "htmlAndMathml";

// KaTeX's HTML for each formula of an abstract being rendered, made when the formula is checked.
const formulaHtml = new WeakMap<MdastNodes, string>();

const handlers: NonNullable<RemarkRehypeOptions["handlers"]> = {
  mdxJsxFlowElement: jsxToHast,
  mdxJsxTextElement: jsxToHast,
  math: formulaToHast,
  inlineMath: formulaToHast,
  code: (state, node: Code) =>
    node.lang === "math" ? formulaToHast(state, node) : defaultHandlers.code(state, node),
};

// Each formula goes into the page as the HTML KaTeX made of it, as it stands: rehype-katex would
// parse that HTML back into a tree only for it to be written out again, a third of the work of
// rendering an abstract. KaTeX escapes every text it outputs; and a contributed abstract has no raw
// HTML of its own to let through (MDX has none, and remark-rehype drops any without
// allowDangerousHtml), so the formulas are the only raw HTML the stringifier sees.
const toHtml = unified()
  .use(remarkRehype, { handlers })
  .use(rehypeStringify, { allowDangerousHtml: true });

/**
 * Parses an abstract written in MDX and checks it against the allowlist and KaTeX without producing
 * HTML: everything validation needs, at a fraction of the cost of {@link renderAbstract}.
 */
export function checkAbstract(body: string): AbstractCheck {
  return inspect(body).check;
}

/** Parses an abstract written in MDX, checks it against the allowlist and renders it to static HTML with KaTeX. */
export function renderAbstract(body: string): RenderedAbstract {
  const { tree, check } = inspect(body, "htmlAndMathml");
  if (!tree || check.problems.length > 0) return { ...check, html: "" };
  return { ...check, html: toHtml.stringify(toHtml.runSync(tree)) };
}

function inspect(
  body: string,
  output: FormulaOutput = "html",
): { tree?: MdastRoot; check: AbstractCheck } {
  const unsafeCharacter = findUnsafeCharacter(body);
  const characterProblems: BodyProblem[] = unsafeCharacter
    ? [
        {
          message: `the abstract must not contain ${unsafeCharacter.description}`,
          position: offsetToPosition(body, unsafeCharacter.index),
        },
      ]
    : [];
  let tree: MdastRoot;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const problems = [...characterProblems, parseProblem(error)];
    return { check: { text: "", hasMath: false, problems } };
  }
  let hasMath = false;
  visit(tree, ["math", "inlineMath"], () => {
    hasMath = true;
    return EXIT;
  });
  const text = tree.children
    .map((child) => toString(child))
    .join("\n\n")
    .trim();
  const lengthProblems: BodyProblem[] =
    text.length > MAX_ABSTRACT_LENGTH
      ? [
          {
            message: `the abstract is ${text.length.toLocaleString("en")} characters long; at most ${MAX_ABSTRACT_LENGTH.toLocaleString("en")} are allowed`,
            position: { line: 1, column: 1 },
          },
        ]
      : [];
  const unsafe = findUnsafeNodes(tree);
  const problems = [
    ...characterProblems,
    ...lengthProblems,
    ...(unsafe.length > 0 ? unsafe : renderFormulas(tree, output)),
  ];
  return { tree, check: { text, hasMath, problems } };
}

function offsetToPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/**
 * Renders each formula with KaTeX, as rehype-katex would: `$...$` inline, `$$...$$` and fenced math
 * blocks in display mode; and reports those that do not render. Checking alone builds only the HTML:
 * every error KaTeX raises after parsing comes from its HTML builder, and building the MathML too
 * would cost time without finding more. Rendering keeps each formula's HTML and MathML for the page.
 */
function renderFormulas(tree: MdastRoot, output: FormulaOutput): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    const displayMode = node.type === "math" || (node.type === "code" && node.lang === "math");
    if (!displayMode && node.type !== "inlineMath") return;
    try {
      const html = katex.renderToString((node as { value: string }).value, {
        displayMode,
        output,
        throwOnError: true,
        // Checking alone leaves KaTeX's warnings to the build, so that each prints once.
        strict: output === "html" ? "ignore" : "warn",
      });
      if (output === "htmlAndMathml") formulaHtml.set(node, html);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        message: `math does not render: ${reason}`,
        position: placeToPosition(node.position?.start),
      });
    }
  });
  return problems;
}

function formulaToHast(_state: unknown, node: MdastNodes): ElementContent {
  const html = formulaHtml.get(node);
  // renderAbstract renders only trees whose every formula rendered when checked.
  if (html === undefined) throw new Error("a formula reached the HTML without being rendered");
  return { type: "raw", value: html };
}

function findUnsafeNodes(tree: MdastRoot): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const report = (node: MdastNodes, message: string) =>
    problems.push({ message, position: placeToPosition(node.position?.start) });
  visit(tree, (node) => {
    switch (node.type) {
      case "mdxjsEsm":
        report(node, "import and export are not allowed in a paper");
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        report(node, "{expressions} are not allowed; write \\{ and \\} for literal braces");
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node, report);
        break;
      case "heading":
        report(node, "headings are not allowed in an abstract");
        break;
      case "image":
      case "imageReference":
        report(node, "images are not allowed in an abstract; use the thumbnail field");
        break;
      case "link":
      case "definition":
        if (!isSafeLink(node.url)) {
          report(
            node,
            `links must be https://, http:// or mailto: URLs, not ${JSON.stringify(node.url)}`,
          );
        }
        break;
    }
  });
  return problems;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  report: (node: MdastNodes, message: string) => void,
): void {
  const name = node.name ?? "";
  const allowed = Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name] : undefined;
  if (!allowed) {
    const list = Object.keys(ALLOWED_ELEMENTS)
      .map((tag) => `<${tag}>`)
      .join(", ");
    report(node, `<${name || "fragment"}> is not allowed; an abstract may use only ${list}`);
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(node, `<${name}> must not spread {expressions} into its attributes`);
    } else if (/^on/i.test(attribute.name)) {
      report(node, `<${name} ${attribute.name}>: event handlers are not allowed`);
    } else if (!allowed.includes(attribute.name)) {
      report(
        node,
        `<${name} ${attribute.name}> is not allowed; <${name}> takes ${allowed.length ? allowed.join(", ") : "no attributes"}`,
      );
    } else if (typeof attribute.value !== "string") {
      report(node, `<${name} ${attribute.name}> must be a plain "string", not an {expression}`);
    }
  }
}

function isSafeLink(url: string): boolean {
  try {
    return SAFE_LINK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

function jsxToHast(
  state: Parameters<
    NonNullable<NonNullable<RemarkRehypeOptions["handlers"]>["mdxJsxFlowElement"]>
  >[0],
  node: MdxJsxFlowElement | MdxJsxTextElement,
): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxAttribute" && typeof attribute.value === "string") {
      properties[attribute.name] = attribute.value;
    }
  }
  return {
    type: "element",
    tagName: node.name ?? "span",
    properties,
    children: state.all(node),
  };
}

function parseProblem(error: unknown): BodyProblem {
  const details = error as { reason?: string; message?: string; place?: unknown };
  const reason = details.reason ?? details.message ?? String(error);
  return {
    message: `the abstract is not valid MDX: ${reason} (write \\<, \\{ or \\} for literal characters)`,
    position: placeToPosition(details.place),
  };
}

function placeToPosition(place: unknown): Position {
  const point = (place as { start?: unknown } | undefined)?.start ?? place;
  const { line, column } = (point ?? {}) as { line?: number; column?: number };
  return { line: line ?? 1, column: column ?? 1 };
}
