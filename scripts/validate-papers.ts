// Checks paper files exactly as the build does, without building the site:
//   npm run papers:validate [paths...]
// With paths (files or folders inside the papers folder), checks those papers, still against the
// whole collection for ids and arXiv ids used twice. npm runs it with V8's semi-spaces (where new
// objects live) at 32 MB (`--max-semi-space-size`): parsing makes many short-lived objects, and
// fewer collections of them make checking faster (docs/performance.md).
// First, so that a mistaken setting in site.config.ts or the environment is reported in one line.
import "../src/lib/config/report-config-errors.ts";
import { lstat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import siteConfig from "../site.config.ts";
import { todayUtc } from "../src/lib/feed/dates.ts";
import { displayPath } from "../src/lib/content/paper-files.ts";
import {
  checkPaperCollection,
  MissingPapersFolderError,
} from "../src/lib/content/check-collection.ts";
import { formatGithubAnnotation, formatProblem } from "../src/lib/content/check-paper.ts";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const USAGE = "usage: npm run papers:validate [paper files or folders...]";

/** Where the command looks, replaceable so tests check their own fixture collections. */
export interface ValidatePapersContext {
  /** The papers folder; defaults to `papersDir` of site.config.ts, from the project root. */
  papersDir?: string;
  /** The folder that paths in messages are relative to; defaults to the project root. */
  root?: string;
  /** The folder that paths given as arguments are relative to; defaults to where npm was run. */
  cwd?: string;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  env?: Record<string, string | undefined>;
  /** Now, which feed days are compared with; the clock by default. */
  now?: () => Date;
  /** How many days after today a feed day may be; defaults to `maxDaysAhead` of site.config.ts. */
  maxDaysAhead?: number;
  /**
   * Worker threads beside the main one. By default, one core is left to V8's own threads (garbage
   * collection, compiling), which checking keeps busy: on two cores a worker thread made it slower.
   */
  workers?: number;
}

/** Runs the validator on its arguments (without `node` and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  context: ValidatePapersContext = {},
): Promise<number> {
  const stdout = context.stdout ?? ((line: string) => console.log(line));
  const stderr = context.stderr ?? ((line: string) => console.error(line));
  const env = context.env ?? process.env;
  const root = context.root ?? PROJECT_ROOT;
  const papersDir = path.resolve(root, context.papersDir ?? siteConfig.papersDir);
  const shownPapersDir = displayPath(root, papersDir);
  // `npm run` starts scripts in the project root; INIT_CWD is where the contributor typed the command.
  const cwd = context.cwd ?? env["INIT_CWD"] ?? process.cwd();

  if (argv.some((argument) => argument.startsWith("-"))) {
    stderr(`papers:validate: unknown option ${argv.find((a) => a.startsWith("-"))}\n${USAGE}`);
    return 1;
  }
  const selection: { prefix: string; exact: boolean }[] = [];
  const errors: string[] = [];
  for (const argument of argv) {
    const absolute = path.resolve(cwd, argument);
    const inside = path.relative(papersDir, absolute);
    if (inside.startsWith("..") || path.isAbsolute(inside)) {
      errors.push(`${argument}: not inside the papers folder ${shownPapersDir}`);
      continue;
    }
    // lstat: a symbolic link is checked (and reported) as itself, never followed.
    const kind = await lstat(absolute).then(
      (stats) => (stats.isDirectory() ? "folder" : "file"),
      () => undefined,
    );
    if (!kind) errors.push(`${argument}: no such file or folder`);
    else {
      // Any entry is checked: one that is not a paper file is reported as what it is.
      const prefix = inside.split(path.sep).join("/");
      selection.push({ prefix, exact: kind === "file" });
    }
  }
  if (errors.length > 0) {
    for (const error of errors) stderr(`papers:validate: ${error}`);
    return 1;
  }

  let result;
  try {
    result = await checkPaperCollection({
      papersDir,
      root,
      render: false,
      feedDays: {
        today: todayUtc(context.now?.() ?? new Date()),
        maxDaysAhead: context.maxDaysAhead ?? siteConfig.maxDaysAhead,
      },
      workers: context.workers ?? Math.max(0, availableParallelism() - 2),
      ...(selection.length > 0
        ? {
            select: (pathInCollection: string) =>
              selection.some(
                ({ prefix, exact }) =>
                  prefix === "" ||
                  pathInCollection === prefix ||
                  (!exact && pathInCollection.startsWith(`${prefix}/`)),
              ),
          }
        : {}),
    });
  } catch (error) {
    if (!(error instanceof MissingPapersFolderError)) throw error;
    stderr(`papers:validate: ${error.message}`);
    return 1;
  }

  for (const warning of result.warnings) stderr(`warning: ${formatProblem(warning)}`);
  const total = result.identities.length;
  const scope =
    selection.length > 0 ? ` (of ${total} in ${shownPapersDir})` : ` in ${shownPapersDir}`;
  if (result.selected === 0) {
    stderr(`papers:validate: no paper files to check${scope}`);
    return 1;
  }
  if (result.problems.length === 0) {
    stdout(`papers:validate: all ${result.selected} papers are valid${scope}`);
    return 0;
  }
  for (const problem of result.problems) stdout(formatProblem(problem));
  if (env["GITHUB_ACTIONS"] === "true") {
    for (const problem of result.problems) stdout(formatGithubAnnotation(problem));
  }
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  const count = result.problems.length;
  stderr(
    `papers:validate: ${count} problem${count === 1 ? "" : "s"} in ${files} of ${result.selected} papers${scope}; ` +
      "each line says file:line:column, the field, and what is expected (see CONTRIBUTING.md)",
  );
  return 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
