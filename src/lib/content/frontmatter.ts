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
  const simple = readSimpleYaml(yamlText);
  if (simple) {
    // Only a problem needs a position, so the full parse waits until a field is located.
    let locateParsed: ((path: readonly PropertyKey[]) => Position) | undefined;
    const locate = (path: readonly PropertyKey[]) =>
      (locateParsed ??= parseYaml(yamlText).locate)(path);
    return { data: simple, body, bodyLine, locate };
  }
  const { document, toPosition, locate } = parseYaml(yamlText);
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
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // The parser refuses to expand aliases into an exponentially large value ("billion laughs").
    const reason = error instanceof Error ? error.message : String(error);
    return {
      data: null,
      error: { message: `frontmatter is not valid YAML: ${reason}`, position: start },
      body,
      bodyLine,
      locate,
    };
  }
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

function parseYaml(yamlText: string): {
  document: Document;
  toPosition: (offset: number) => Position;
  locate: (path: readonly PropertyKey[]) => Position;
} {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The frontmatter starts on line 2 of the file, after the opening ---.
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  return {
    document,
    toPosition,
    locate: (path) => locateInDocument(document, path, toPosition),
  };
}

// A YAML double-quoted string that JSON.parse reads exactly as YAML does: no control characters,
// no surrogates and only the escapes both languages share.
const QUOTED = String.raw`"(?:[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]|\\["\\/bfnrt]|\\u(?![dD][89abAB])[0-9A-Fa-f]{4})*"`;
const KEY = "[A-Za-z_][A-Za-z0-9_]*";
// Keys that YAML reads as something other than a string, and `__proto__`, which an assignment would
// take as the object's prototype: a file could then slip fields past the schema as inherited ones.
const NON_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
const SCALAR_LINE = new RegExp(
  `^(${KEY}): +(${QUOTED}|\\[ *(?:${QUOTED} *(?:, *${QUOTED} *)*)?\\]|0|[1-9][0-9]{0,14})$`,
);
const BLOCK_LINE = new RegExp(`^(${KEY}):$`);
const ITEM_LINE = new RegExp(`^( *)- (${QUOTED})$`);
const ENTRY_LINE = new RegExp(`^( +)(${KEY}): +(${QUOTED})$`);

/**
 * Reads the frontmatter the paper writer produces, and most written by hand, without the full YAML
 * parser: every value a double-quoted string, a list of them, a whole number, or an indented list
 * or map of double-quoted strings. Anything else, down to a comment or a blank line, returns
 * undefined and is left to the YAML parser, so both always read a file the same way. It is there
 * for speed: without it `papers:validate` misses its budget (docs/performance.md).
 */
export function readSimpleYaml(yamlText: string): Record<string, unknown> | undefined {
  const lines = yamlText.split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const scalar = SCALAR_LINE.exec(line);
    const key = scalar?.[1] ?? BLOCK_LINE.exec(line)?.[1];
    if (!key || NON_STRING_KEY.test(key) || Object.hasOwn(data, key)) return undefined;
    if (scalar) {
      const value = scalar[2] as string;
      if (!value.startsWith('"') && !value.startsWith("[") && VERBATIM_FIELDS.has(key)) {
        return undefined;
      }
      data[key] = JSON.parse(value);
      continue;
    }
    const block = readBlock(lines, index + 1);
    if (!block) return undefined;
    data[key] = block.value;
    index = block.end - 1;
  }
  return data;
}

/** An indented list or map of double-quoted strings starting at line `start`, and where it ends. */
function readBlock(
  lines: readonly string[],
  start: number,
): { value: string[] | Record<string, string>; end: number } | undefined {
  const items: string[] = [];
  const entries: Record<string, string> = {};
  let indent: string | undefined;
  let end = start;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    const match = ITEM_LINE.exec(line) ?? ENTRY_LINE.exec(line);
    if (!match) {
      if (/^[ -]/.test(line)) return undefined;
      break;
    }
    if ((indent ??= match[1]) !== match[1]) return undefined;
    if (match.length === 3) {
      items.push(JSON.parse(match[2] as string) as string);
    } else {
      const key = match[2] as string;
      if (NON_STRING_KEY.test(key) || Object.hasOwn(entries, key)) return undefined;
      entries[key] = JSON.parse(match[3] as string) as string;
    }
  }
  const isList = items.length > 0;
  const isMap = Object.keys(entries).length > 0;
  if (isList === isMap) return undefined;
  return { value: isList ? items : entries, end };
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
