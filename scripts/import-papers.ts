// Imports Hugging Face Daily Papers as one paper file per paper, from its API or a pasted page:
//   npm run papers:import -- --from huggingface (--date 2025-07-31 | --since 2025-07-01 [--until 2025-07-31]) [--dry-run]
//   npm run papers:import -- <file> --date 2025-07-31 [--force] [--dry-run] [--trust-layout]
// First, so that a mistaken setting in site.config.ts or the environment is reported in one line.
import "../src/lib/config/report-config-errors.ts";
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
import { findLayoutDoubts } from "../src/lib/authoring/layout-doubts.ts";
import { addDays, isValidDay, todayUtc, type Day } from "../src/lib/feed/dates.ts";
import { deadlineFromEnv, realClock } from "../src/lib/authoring/http-retry.ts";
import { readEnvUrl } from "../src/lib/config/env-url.ts";
import {
  createHuggingFaceClient,
  HF_API_URL,
  type HuggingFaceClientOptions,
  type HuggingFaceProgress,
} from "../src/lib/authoring/huggingface-api.ts";
import {
  formatImportSummary,
  importHuggingFaceDays,
} from "../src/lib/authoring/huggingface-import.ts";
import { createCommandOutput, type Progress } from "../src/lib/authoring/progress.ts";
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
const USAGE = [
  "usage: npm run papers:import -- <file> --date YYYY-MM-DD [--force] [--dry-run] [--trust-layout]",
  "       npm run papers:import -- --from huggingface --date YYYY-MM-DD [--dry-run]",
  "       npm run papers:import -- --from huggingface --since YYYY-MM-DD [--until YYYY-MM-DD] [--dry-run]",
].join("\n");

/** What the command writes to and where, replaceable so tests use a temporary folder. */
export interface ImportPapersContext {
  /** The papers folder; defaults to `papersDir` of site.config.ts, from the project root. */
  papersDir?: string;
  /** The folder that paths in messages are relative to; defaults to the project root. */
  root?: string;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  fileSystem?: Partial<PaperFileSystem>;
  /** Where the status of a long import shows while it runs; defaults to the terminal's stderr. */
  progress?: Progress;
  /** `HF_API_URL` is read from here; defaults to the process's environment. */
  env?: Record<string, string | undefined>;
  /** Today, for the default `--until`. */
  now?: () => Date;
  /** How the Hugging Face client waits and times out, for tests. */
  huggingface?: Omit<HuggingFaceClientOptions, "baseUrl" | "onProgress">;
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
        from: { type: "string" },
        date: { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
        force: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        "trust-layout": { type: "boolean", default: false },
      },
    });
    if (values.from !== undefined) {
      return await importFromHuggingFace(
        readHuggingFaceArguments(values, positionals, context.now?.() ?? new Date()),
        context,
      );
    }
    if (values.since !== undefined || values.until !== undefined) {
      throw new Error("--since and --until go with --from huggingface");
    }
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

/** The days to import, from `--date` or `--since`/`--until`, checked before anything is asked. */
function readHuggingFaceArguments(
  values: {
    from?: string;
    date?: string;
    since?: string;
    until?: string;
    force?: boolean;
    "dry-run"?: boolean;
  },
  positionals: readonly string[],
  now: Date,
): { days: Day[]; dryRun: boolean } {
  if (values.from !== "huggingface") {
    throw new Error(`--from knows one source, huggingface, not "${values.from ?? ""}"`);
  }
  if (positionals.length > 0) {
    throw new Error(`--from huggingface reads no file, but got ${positionals.join(" ")}`);
  }
  if (values.force) {
    throw new Error(
      "--force does not go with --from huggingface: papers already there are refreshed, never replaced",
    );
  }
  const checkDay = (flag: string, value: string) => {
    if (!isValidDay(value)) {
      throw new Error(
        `--${flag} must be a real day written YYYY-MM-DD, e.g. --${flag} 2025-07-31, not "${value}"`,
      );
    }
    return value;
  };
  if (values.date !== undefined) {
    if (values.since !== undefined || values.until !== undefined) {
      throw new Error("give either --date or --since (with --until), not both");
    }
    return { days: [checkDay("date", values.date)], dryRun: values["dry-run"] ?? false };
  }
  if (values.since === undefined) {
    throw new Error("--from huggingface needs --date YYYY-MM-DD or --since YYYY-MM-DD");
  }
  const since = checkDay("since", values.since);
  const until = values.until === undefined ? todayUtc(now) : checkDay("until", values.until);
  if (since > until) throw new Error(`--since ${since} is after --until ${until}`);
  const days: Day[] = [];
  for (let day = since; day <= until; day = addDays(day, 1)) days.push(day);
  return { days, dryRun: values["dry-run"] ?? false };
}

/** Imports each day from Hugging Face, showing progress, and prints one line per day and a summary. */
async function importFromHuggingFace(
  options: { days: Day[]; dryRun: boolean },
  context: ImportPapersContext,
): Promise<number> {
  const { stderr, progress, say } = createCommandOutput(context, process.stderr);
  const env = context.env ?? process.env;
  let baseUrl: URL;
  let deadline: number;
  try {
    baseUrl = readEnvUrl(env, "HF_API_URL", HF_API_URL) ?? new URL(HF_API_URL);
    deadline = deadlineFromEnv(env);
  } catch (error) {
    stderr(`papers:import: ${messageOf(error)}`);
    return 1;
  }
  const clock = context.huggingface?.clock ?? realClock;
  const started = clock.now();
  const total = options.days.length;
  let current = { day: "", index: 0 };
  const client = createHuggingFaceClient({
    deadline,
    ...context.huggingface,
    baseUrl: baseUrl.href,
    onProgress: (event) =>
      progress.status(
        describeProgress(event, current, total, {
          elapsed: clock.now() - started,
          pace: context.huggingface?.minInterval ?? 1000,
        }),
      ),
  });
  const root = context.root ?? PROJECT_ROOT;
  const done: Day[] = [];
  const interrupts = catchInterrupts((signal) =>
    stderr(`papers:import: ${signal} again: still putting the day being written back as it was`),
  );
  let results;
  try {
    results = await importHuggingFaceDays(options.days, {
      client,
      papersDir: path.resolve(root, context.papersDir ?? siteConfig.papersDir),
      root,
      dryRun: options.dryRun,
      signal: interrupts.signal,
      ...(context.fileSystem ? { fileSystem: context.fileSystem } : {}),
      onDayStart: (day, index) => {
        current = { day, index };
      },
      onDay: (result) => {
        if (result.error === undefined) done.push(result.day);
        if (result.error !== undefined) {
          say(`${result.day}  failed: ${result.error}`);
          return;
        }
        const count = (status: string) =>
          result.papers.filter((paper) => paper.status === status).length;
        say(
          `${result.day}  ${result.papers.length} paper${result.papers.length === 1 ? "" : "s"}: ` +
            `added ${count("added")}, updated ${count("updated")}, unchanged ${count("unchanged")}` +
            (count("failed") > 0 ? `, failed ${count("failed")}` : ""),
        );
        for (const paper of result.papers) {
          if (paper.status !== "unchanged")
            say(`  ${paper.status.padEnd(9)} ${paper.subject}  ${paper.detail}`.trimEnd());
        }
        for (const note of result.notes) stderr(`papers:import: ${result.day}: ${note}`);
      },
    });
  } catch (error) {
    const reason: unknown = interrupts.signal.reason;
    if (!(reason instanceof InterruptedError)) throw error;
    progress.done();
    // A PaperWriteError says whether the day being written was put back as it was.
    const what =
      error instanceof PaperWriteError ? `${current.day}: ${error.message}` : reason.message;
    stderr(`papers:import: ${what}`);
    const notDone = options.days.filter((day) => !done.includes(day));
    stderr(`papers:import: days written: ${formatDays(done)}`);
    stderr(`papers:import: days not written: ${formatDays(notDone)}`);
    return reason.exitCode;
  } finally {
    interrupts.release();
  }
  progress.done();
  say(formatImportSummary(results, options.dryRun));
  return results.some(
    (result) =>
      result.error !== undefined || result.papers.some((paper) => paper.status === "failed"),
  )
    ? 1
    : 0;
}

function describeProgress(
  event: HuggingFaceProgress,
  current: { day: string; index: number },
  total: number,
  time: { elapsed: number; pace: number },
): string {
  const where = `day ${current.index + 1} of ${total} (${current.day})`;
  // The days done so far tell how long one takes, never less than the pace between requests.
  const perDay = Math.max(time.pace, current.index === 0 ? 0 : time.elapsed / current.index);
  const left = Math.round(((total - current.index) * perDay) / 1000);
  const eta = total > 1 ? `; about ${formatDuration(left)} left` : "";
  if (event.kind === "wait") {
    const seconds = `${(event.milliseconds / 1000).toFixed(1)} s`;
    return event.reason === "pace"
      ? `${where}: waiting ${seconds} before the next request${eta}`
      : `${where}: ${event.detail ?? "retrying"}, in ${seconds}${eta}`;
  }
  const page = event.page > 0 ? `, page ${event.page + 1}` : "";
  const attempt = event.attempt > 1 ? `, attempt ${event.attempt}` : "";
  return `${where}: asking Hugging Face${page}${attempt}${eta}`;
}

function formatDuration(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Days in order, each run of consecutive days as `first to last (n days)`; "none" when empty. */
function formatDays(days: readonly Day[]): string {
  if (days.length === 0) return "none";
  const runs: Day[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && addDays(run.at(-1) as Day, 1) === day) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length === 1 ? run[0] : `${run[0]} to ${run.at(-1)} (${run.length} days)`))
    .join(", ");
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
