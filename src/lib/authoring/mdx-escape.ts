/** Options for {@link escapeMdxText}. */
export interface EscapeMdxOptions {
  /** Keep balanced `$...$` and `$$...$$` as math (arXiv abstracts); otherwise every `$` is literal. */
  keepMath?: boolean;
}

interface Piece {
  math: boolean;
  value: string;
}

// Characters that start MDX or markdown syntax wherever they stand: JSX, expressions, emphasis,
// code, math, fences, links and (with GFM, should it ever be enabled) strikethrough and tables.
const ALWAYS_ESCAPED = new Set(["<", "{", "}", "*", "`", "$", "~", "[", "]", "|"]);
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const ASCII_ALPHANUMERIC = /^[A-Za-z0-9]$/;
// `&` only matters when it starts a character reference such as `&amp;` or `&#x41;`.
const CHARACTER_REFERENCE = /^&#?[A-Za-z0-9]+;/;
// At the start of a line: headings, block quotes, list items, thematic breaks and setext underlines.
const LINE_START_MARKER = /^[#>+=-]/;
const ORDERED_LIST_MARKER = /^(\d{1,9})([.)])(?=[ \t]|$)/;
// MDX reads a paragraph starting with `import`/`export` as JavaScript; a character reference hides the keyword.
const ESM_KEYWORD = /^(?:import|export)\b/;
// Math that is only signs (`-`, `+`, `<`) or holds a TeX command (`\sim`, `\times`), never an amount.
const SIGN_OR_COMMAND = /^[-+=<>/*^_|:!.,;'()]+$|\\[A-Za-z]/;

/**
 * Escapes plain text so the abstract pipeline (MDX + math, no GFM) renders exactly these characters:
 * backslash escapes for syntax characters, line-start markers neutralised, ordinary punctuation left
 * readable. With `keepMath`, balanced `$...$` / `$$...$$` stay math and everything else is escaped.
 */
export function escapeMdxText(text: string, options: EscapeMdxOptions = {}): string {
  const normalized = text.replace(/\r\n?/g, "\n");
  const pieces: Piece[] = options.keepMath
    ? splitMath(normalized)
    : [{ math: false, value: normalized }];
  let output = "";
  pieces.forEach((piece, pieceIndex) => {
    if (piece.math) {
      // TeX reads a line break as a space; on one line, `$$` at a line start cannot open a math block.
      output += piece.value.replace(/[ \t]*\n[ \t]*/g, " ");
      return;
    }
    // Text and math alternate, so only the first piece starts right at the beginning of a line.
    const lines = piece.value.split("\n");
    const isLastPiece = pieceIndex === pieces.length - 1;
    lines.forEach((line, lineIndex) => {
      const startsLine = lineIndex > 0 || pieceIndex === 0;
      const endsLine = lineIndex < lines.length - 1 || isLastPiece;
      // Spaces at either end of a line never render, but leading ones would hide a marker from the
      // checks below and trailing pairs would become a hard line break.
      let content = startsLine ? line.replace(/^[ \t]+/, "") : line;
      if (endsLine) content = content.replace(/[ \t]+$/, "");
      if (lineIndex > 0) output += "\n";
      output += startsLine ? escapeLineStart(content) : escapeInline(content);
    });
  });
  return output;
}

function escapeLineStart(line: string): string {
  if (ESM_KEYWORD.test(line)) {
    return `&#${line.charCodeAt(0)};${escapeInline(line.slice(1))}`;
  }
  if (LINE_START_MARKER.test(line)) return `\\${escapeInline(line)}`;
  const ordered = ORDERED_LIST_MARKER.exec(line);
  if (ordered) {
    const [marker, digits, delimiter] = ordered as unknown as [string, string, string];
    return `${digits}\\${delimiter}${escapeInline(line.slice(marker.length))}`;
  }
  return escapeInline(line);
}

function escapeInline(text: string): string {
  let output = "";
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? "";
    const next = text[index + 1] ?? "";
    if (ALWAYS_ESCAPED.has(char)) {
      output += `\\${char}`;
    } else if (char === "\\") {
      // A backslash is literal unless it precedes punctuation (an escape) or ends a line (a hard break).
      output += next === "" || ASCII_PUNCTUATION.test(next) ? "\\\\" : "\\";
    } else if (char === "&") {
      output += CHARACTER_REFERENCE.test(text.slice(index)) ? "\\&" : "&";
    } else if (char === "_") {
      // Between letters or digits (snake_case, float8_e4m3) an underscore can neither open nor close emphasis.
      const previous = text[index - 1] ?? "";
      const intraword = ASCII_ALPHANUMERIC.test(previous) && ASCII_ALPHANUMERIC.test(next);
      output += intraword ? "_" : "\\_";
    } else {
      output += char;
    }
  }
  return output;
}

/** Splits text into literal text and balanced math, following Pandoc's rules for `$`. */
function splitMath(text: string): Piece[] {
  const pieces: Piece[] = [];
  let textStart = 0;
  let index = 0;
  while (index < text.length) {
    const end = text[index] === "$" && text[index - 1] !== "\\" ? findMathEnd(text, index) : -1;
    if (end === -1) {
      index++;
      continue;
    }
    if (index > textStart) pieces.push({ math: false, value: text.slice(textStart, index) });
    pieces.push({ math: true, value: text.slice(index, end) });
    index = end;
    textStart = end;
  }
  if (textStart < text.length) pieces.push({ math: false, value: text.slice(textStart) });
  return pieces;
}

/**
 * The index just after the math that opens at `start`, or -1 when the `$` there opens none. The first
 * `$` after the opening must close it, as it does for remark-math, so both agree on what is math.
 */
function findMathEnd(text: string, start: number): number {
  const fence = text.startsWith("$$", start) ? "$$" : "$";
  const contentStart = start + fence.length;
  const close = text.indexOf("$", contentStart);
  if (close <= contentStart) return -1;
  const content = text.slice(contentStart, close);
  if (content.includes("\n\n") || content.endsWith("\\")) return -1;
  if (!text.startsWith(fence, close) || text[close + fence.length] === "$") return -1;
  // Pandoc's rule keeps prices apart: "$5 and $10" is no math.
  if (fence === "$" && /^\s|\s$/.test(content)) return -1;
  // A digit may follow only math no price can be, arXiv's `1$-$2%` and `$\sim$5`: a TeX command or signs.
  if (fence === "$" && /\d/.test(text[close + 1] ?? "") && !SIGN_OR_COMMAND.test(content))
    return -1;
  return close + fence.length;
}
