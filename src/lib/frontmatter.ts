import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";

/** A line and column in a file, both counted from 1. */
export interface Position {
  line: number;
  column: number;
}

/** A paper file split into its YAML frontmatter and its MDX body. */
export interface SplitFile {
  /** The parsed frontmatter, or null when the YAML does not parse. */
  data: Record<string, unknown> | null;
  /** Why the frontmatter could not be read, with where. */
  error?: { message: string; position: Position };
  /** The MDX body after the closing `---`. */
  body: string;
  /** The line of the file on which the body starts. */
  bodyLine: number;
  /** Finds where a field (a path such as `["links", "code"]`) is written, for error messages. */
  locate(path: readonly PropertyKey[]): Position;
}

const OPENING = /^---\r?\n/;
const CLOSING = /^---[ \t]*$/m;
// Fields whose values look like numbers to YAML but are identifiers: `arxiv: 2307.03380` must not become 2307.0338.
const VERBATIM_FIELDS = new Set(["arxiv"]);

/** Splits a paper file into frontmatter and body and parses the YAML, keeping positions for error messages. */
export function splitFrontmatter(source: string): SplitFile {
  const start: Position = { line: 1, column: 1 };
  if (!OPENING.test(source)) {
    return {
      data: null,
      error: {
        message: "must start with a frontmatter block between two --- lines",
        position: start,
      },
      body: source,
      bodyLine: 1,
      locate: () => start,
    };
  }
  const yamlStart = source.indexOf("\n") + 1;
  const rest = source.slice(yamlStart);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      data: null,
      error: { message: "frontmatter has no closing --- line", position: start },
      body: "",
      bodyLine: 1,
      locate: () => start,
    };
  }
  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.indexOf("\n", closing.index);
  const body = afterClosing === -1 ? "" : rest.slice(afterClosing + 1);
  const bodyLine = countLines(source.slice(0, source.length - body.length)) + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The frontmatter starts on line 2 of the file, after the opening ---.
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const locate = (path: readonly PropertyKey[]) => locateInDocument(document, path, toPosition);
  const [yamlError] = document.errors;
  if (yamlError) {
    return {
      data: null,
      error: {
        message: `frontmatter is not valid YAML: ${yamlError.message.split("\n")[0]}`,
        position: toPosition(yamlError.pos[0]),
      },
      body,
      bodyLine,
      locate,
    };
  }
  const data = document.toJS() as unknown;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      data: null,
      error: { message: "frontmatter must be a map of fields (field: value)", position: start },
      body,
      bodyLine,
      locate,
    };
  }
  const record = data as Record<string, unknown>;
  for (const field of VERBATIM_FIELDS) {
    const node = document.get(field, true);
    if (isScalar(node) && typeof node.value === "number" && node.source)
      record[field] = node.source;
  }
  return { data: record, body, bodyLine, locate };
}

function locateInDocument(
  document: Document,
  path: readonly PropertyKey[],
  toPosition: (offset: number) => Position,
): Position {
  // Walk as deep as the path exists; an error about a missing field points at its parent.
  let node: unknown = document.contents;
  let offset = 0;
  for (const key of path) {
    if (!isMap(node) && !(node && typeof node === "object" && "items" in node)) break;
    const items = (node as { items: unknown[] }).items;
    const next = isMap(node)
      ? items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
      : items[Number(key)];
    if (next === undefined) break;
    const target = isPair(next) ? next.key : next;
    const range = (target as { range?: [number, number, number] } | null)?.range;
    if (range) offset = range[0];
    node = isPair(next) ? next.value : next;
  }
  return toPosition(offset);
}

function countLines(text: string): number {
  let lines = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lines++;
  return lines;
}
