// Imports the plain-text copy of a Hugging Face Daily Papers page as one paper file per paper:
//   npm run papers:import -- <file> --date 2025-07-31 [--force] [--dry-run] [--trust-layout]
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import siteConfig from "../site.config.ts";
import { findCodeLink } from "../src/lib/authoring/code-link.ts";
import {
  parseDailyPapersText,
  type DailyPapersEntry,
} from "../src/lib/authoring/daily-papers-text.ts";
import { decodeUtf8 } from "../src/lib/content/decode-utf8.ts";
import { isValidDay } from "../src/lib/feed/dates.ts";
import { findLayoutDoubts } from "../src/lib/authoring/layout-doubts.ts";
import { escapeMdxText } from "../src/lib/authoring/mdx-escape.ts";
import { catchInterrupts, InterruptedError } from "../src/lib/authoring/interrupts.ts";
import {
  formatWriteLine,
  formatWriteSummary,
  PaperWriteError,
  writePapers,
  type PaperDraft,
  type PaperFileSystem,
} from "../src/lib/authoring/paper-writer.ts";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const USAGE =
  "usage: npm run papers:import -- <file> --date YYYY-MM-DD [--force] [--dry-run] [--trust-layout]";

/** What the command writes to and where, replaceable so tests use a temporary folder. */
export interface ImportPapersContext {
  /** The papers folder; defaults to `papersDir` of site.config.ts, from the project root. */
  papersDir?: string;
  /** The folder that paths in messages are relative to; defaults to the project root. */
  root?: string;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  fileSystem?: Partial<PaperFileSystem>;
}

/** Runs the importer on command-line arguments (without `node` and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  context: ImportPapersContext = {},
): Promise<number> {
  const stdout = context.stdout ?? ((line: string) => console.log(line));
  const stderr = context.stderr ?? ((line: string) => console.error(line));
  let input: string;
  let day: string;
  let force: boolean;
  let dryRun: boolean;
  let trustLayout: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        date: { type: "string" },
        force: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        "trust-layout": { type: "boolean", default: false },
      },
    });
    if (positionals.length !== 1 || !positionals[0]) {
      throw new Error(`expected one input file, got ${positionals.length}`);
    }
    if (!values.date || !isValidDay(values.date)) {
      throw new Error(
        `--date must be a real day written YYYY-MM-DD, e.g. --date 2025-07-31${values.date ? `, not "${values.date}"` : ""}`,
      );
    }
    input = positionals[0];
    day = values.date;
    force = values.force;
    dryRun = values["dry-run"];
    trustLayout = values["trust-layout"];
  } catch (error) {
    stderr(`papers:import: ${messageOf(error)}\n${USAGE}`);
    return 1;
  }

  let entries: DailyPapersEntry[];
  try {
    const decoded = decodeUtf8(await readFile(input));
    if (decoded.invalid) {
      const { position, message } = decoded.invalid;
      stderr(`papers:import: ${input}:${position.line}:${position.column}: ${message}`);
      return 1;
    }
    entries = parseDailyPapersText(decoded.text);
  } catch (error) {
    stderr(`papers:import: ${input}: ${messageOf(error)}`);
    return 1;
  }

  const doubts = trustLayout ? [] : findLayoutDoubts(entries);
  if (doubts.length > 0) {
    for (const doubt of doubts) stderr(`papers:import: ${input}:${doubt.line}: ${doubt.message}`);
    stderr(
      `papers:import: ${input}: nothing was written; check the file, and if every title and abstract is right, run again with --trust-layout`,
    );
    return 1;
  }

  const root = context.root ?? PROJECT_ROOT;
  const interrupts = catchInterrupts((signal) =>
    stderr(`papers:import: ${signal} again: still putting the papers folder back as it was`),
  );
  try {
    const result = await writePapers(
      entries.map((entry) => toDraft(entry, day, input)),
      {
        papersDir: path.resolve(root, context.papersDir ?? siteConfig.papersDir),
        root,
        force,
        dryRun,
        signal: interrupts.signal,
        ...(context.fileSystem ? { fileSystem: context.fileSystem } : {}),
      },
    );
    for (const paper of result.papers) {
      stdout(formatWriteLine(paper));
      if (dryRun && (paper.status === "added" || paper.status === "replaced")) stdout(paper.source);
    }
    for (const warning of result.warnings) stderr(`papers:import: warning: ${warning}`);
    stdout(
      `${dryRun ? "dry run, nothing written; would have " : ""}${formatWriteSummary(result.papers)}`,
    );
    return 0;
  } catch (error) {
    // A failed write says itself whether the folder was restored; anything else stopped before writing.
    const outcome = error instanceof PaperWriteError ? "" : "nothing was written; ";
    stderr(`papers:import: ${input}: ${outcome}${messageOf(error)}`);
    if (error instanceof PaperWriteError && error.restored) {
      for (const paper of error.papers) stderr(`not written ${paper.file}`);
    }
    const reason: unknown = interrupts.signal.reason;
    return reason instanceof InterruptedError ? reason.exitCode : 1;
  } finally {
    interrupts.release();
  }
}

function toDraft(entry: DailyPapersEntry, day: string, input: string): PaperDraft {
  // The sentence naming the code stays in the abstract; the link also becomes links.code.
  const code = findCodeLink(entry.abstract);
  return {
    frontmatter: { title: entry.title, authors: [], ...(code ? { links: { code } } : {}) },
    abstractMdx: escapeMdxText(entry.abstract),
    day,
    origin: `${input} paragraph ${entry.paragraph}, line ${entry.line}`,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
