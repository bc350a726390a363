import type { Element, Properties } from "hast";
import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype, { type Options as RemarkRehypeOptions } from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Position } from "./frontmatter.ts";

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

/** Something in an abstract that the site refuses to render, with where it is in the body. */
export interface BodyProblem {
  message: string;
  position: Position;
}

/** An abstract rendered to static HTML, with what the pages need to know about it. */
export interface RenderedAbstract {
  /** Static HTML: paragraphs, emphasis, links and KaTeX math. Empty when there are problems. */
  html: string;
  /** The abstract as plain text (math as its TeX source), for excerpts, descriptions and search. */
  text: string;
  /** Whether the abstract has math, so its page loads KaTeX's stylesheet. */
  hasMath: boolean;
  /** Why the abstract cannot be rendered; empty when it is fine. */
  problems: BodyProblem[];
}

interface KatexMessage {
  reason: string;
  cause?: unknown;
  place?: unknown;
  ancestors?: readonly { position?: unknown }[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

const toHtml = unified()
  .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxToHast, mdxJsxTextElement: jsxToHast } })
  .use(rehypeKatex, { output: "htmlAndMathml" })
  .use(rehypeStringify);

/** Parses an abstract written in MDX, checks it against the allowlist and renders it to static HTML with KaTeX. */
export function renderAbstract(body: string): RenderedAbstract {
  let tree: MdastRoot;
  try {
    tree = parser.parse(body);
  } catch (error) {
    return { html: "", text: "", hasMath: false, problems: [parseProblem(error)] };
  }
  const problems = findUnsafeNodes(tree);
  let hasMath = false;
  visit(tree, ["math", "inlineMath"], () => {
    hasMath = true;
  });
  const text = tree.children
    .map((child) => toString(child))
    .join("\n\n")
    .trim();
  if (problems.length > 0) return { html: "", text, hasMath, problems };
  const file = { value: body, messages: [] } as unknown as Parameters<typeof toHtml.stringify>[1];
  const hast = toHtml.runSync(tree, file);
  const { messages } = file as unknown as { messages: KatexMessage[] };
  for (const message of messages) {
    const reason = message.cause instanceof Error ? message.cause.message : message.reason;
    // Display math's <code> element has no position of its own; the <pre> around it does.
    const place = message.place ?? message.ancestors?.findLast((node) => node.position)?.position;
    problems.push({ message: `math does not render: ${reason}`, position: placeToPosition(place) });
  }
  return { html: problems.length > 0 ? "" : toHtml.stringify(hast), text, hasMath, problems };
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
