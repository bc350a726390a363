// Adds papers to the feed by arXiv id or URL, with their metadata from the arXiv API:
//   npm run papers:add -- <arxiv id or URL>... [--date YYYY-MM-DD] [--tags a,b] [--dry-run] [--force]
// First, so that a mistaken setting in site.config.ts or the environment is reported in one line.
import "../src/lib/config/report-config-errors.ts";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import siteConfig from "../site.config.ts";
import { arxivPaperId, extractArxivId, type ArxivId } from "../src/lib/content/arxiv-id.ts";
import {
  ARXIV_API_URL,
  fetchArxivEntries,
  type ArxivClientOptions,
  type ArxivProgress,
} from "../src/lib/authoring/arxiv-api.ts";
import { readEnvUrl } from "../src/lib/config/env-url.ts";
import { deadlineFromEnv } from "../src/lib/authoring/http-retry.ts";
import { arxivEntryToDraft } from "../src/lib/authoring/arxiv-draft.ts";
import { isValidDay, todayUtc } from "../src/lib/feed/dates.ts";
import {
  PaperWriteError,
  planPaperWrites,
  writePapers,
  type PaperDraft,
} from "../src/lib/authoring/paper-writer.ts";
import { paperFrontmatterSchema } from "../src/lib/content/paper-schema.ts";
import { createCommandOutput, type Progress } from "../src/lib/authoring/progress.ts";
import {
  catchInterrupts,
  InterruptedError,
  unlessInterrupted,
} from "../src/lib/authoring/interrupts.ts";
import { readCollectionIdentities } from "../src/lib/content/check-collection.ts";
import { formatProblem, InvalidContentError } from "../src/lib/content/check-paper.ts";
import { dayOfPaperFile } from "../src/lib/content/paper-files.ts";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const USAGE =
  "usage: npm run papers:add -- <arxiv id or URL>... [--date YYYY-MM-DD] [--tags a,b] [--dry-run] [--force]";
const EXAMPLES =
  "e.g. 2307.03381, arXiv:2307.03381v2, hep-th/9711200 or https://arxiv.org/abs/2307.03381";

/** What the command reads and writes, replaceable so tests use a temporary folder and a fake arXiv. */
export interface AddPapersContext {
  /** The papers folder; defaults to `papersDir` of site.config.ts, from the project root. */
  papersDir?: string;
  /** The folder that paths in messages are relative to; defaults to the project root. */
  root?: string;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  /** Where the status of a batch shows while it runs; defaults to the terminal's stderr. */
  progress?: Progress;
  /** `ARXIV_API_URL` and `PAPERS_WAIT_SECONDS` are read from here; defaults to the process's environment. */
  env?: Record<string, string | undefined>;
  /** Today, for the default feed day. */
  now?: () => Date;
  /** How the arXiv client waits and times out, for tests. */
  arxiv?: Omit<ArxivClientOptions, "baseUrl" | "onProgress">;
}

/** How one requested paper ended. */
interface Outcome {
  status: "added" | "replaced" | "updated" | "unchanged" | "skipped" | "failed" | "not written";
  /** The file, or the arXiv id when there is none. */
  subject: string;
  detail: string;
}

/**
 * Runs the command on its arguments (without `node` and the script) and returns the exit code:
 * 128 plus the signal's number when SIGINT or SIGTERM stopped it, after content/ was put back.
 */
export async function main(
  argv: readonly string[],
  context: AddPapersContext = {},
): Promise<number> {
  const stderr = context.stderr ?? ((line: string) => console.error(line));
  const interrupts = catchInterrupts((signal) =>
    stderr(`papers:add: ${signal} again: still putting the papers folder back as it was`),
  );
  try {
    return await addPapers(argv, context, interrupts.signal);
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    stderr(`papers:add: ${error.message} before writing anything; nothing was written`);
    return error.exitCode;
  } finally {
    interrupts.release();
  }
}

async function addPapers(
  argv: readonly string[],
  context: AddPapersContext,
  signal: AbortSignal,
): Promise<number> {
  const { stderr, progress, say } = createCommandOutput(context, process.stderr);

  let options: { ids: ArxivId[]; day: string; tags: string[]; force: boolean; dryRun: boolean };
  try {
    options = readArguments(argv, context.now?.() ?? new Date());
  } catch (error) {
    stderr(`papers:add: ${messageOf(error)}\n${USAGE}`);
    return 1;
  }
  const env = context.env ?? process.env;
  let arxivApiUrl: URL;
  let deadline: number;
  try {
    arxivApiUrl = readEnvUrl(env, "ARXIV_API_URL", ARXIV_API_URL) ?? new URL(ARXIV_API_URL);
    deadline = deadlineFromEnv(env);
  } catch (error) {
    stderr(`papers:add: ${messageOf(error)}`);
    return 1;
  }
  const root = context.root ?? PROJECT_ROOT;
  const papersDir = path.resolve(root, context.papersDir ?? siteConfig.papersDir);
  const write = { papersDir, root, force: options.force };

  // Keyed by arXiv id without version; printed in the order the ids were given.
  const outcomes = new Map<string, Outcome>();
  const existing = new Map(
    (await readCollectionIdentities({ papersDir, root }))
      .filter((paper) => paper.arxiv)
      .map((paper) => [arxivPaperId(paper.arxiv as string), paper.file]),
  );
  const toFetch: { id: ArxivId; day: string }[] = [];
  for (const id of options.ids) {
    const file = existing.get(arxivPaperId(id.id));
    if (file && !options.force) {
      outcomes.set(id.id, {
        status: "skipped",
        subject: id.id,
        detail: `already in ${file} (--force fetches it again)`,
      });
    } else {
      // Fetched again with --force, a paper stays in its day's folder.
      toFetch.push({ id, day: file ? (dayOfPaperFile(file) ?? "") : options.day });
    }
  }

  const lookups = await unlessInterrupted(
    fetchArxivEntries(
      toFetch.map(({ id }) => id),
      {
        deadline,
        ...context.arxiv,
        baseUrl: arxivApiUrl.href,
        onProgress: (event) => progress.status(describeProgress(event, toFetch.length)),
      },
    ),
    signal,
  );

  const ready = new Map<string, PaperDraft>();
  for (const [index, { id, day }] of toFetch.entries()) {
    const lookup = lookups.get(id.id);
    progress.status(`paper ${index + 1} of ${toFetch.length}: checking ${id.id}`);
    if (!lookup?.ok) {
      const detail = lookup?.message ?? "arXiv was not asked";
      outcomes.set(id.id, { status: "failed", subject: id.id, detail });
      continue;
    }
    const { draft, notes } = arxivEntryToDraft(lookup.entry, { day, tags: options.tags });
    try {
      await planPaperWrites([draft], write);
      ready.set(id.id, draft);
      for (const note of notes) stderr(`papers:add: ${id.id}: ${note}`);
    } catch (error) {
      const problems =
        error instanceof InvalidContentError
          ? error.problems.map((problem) => `\n    ${formatProblem(problem)}`).join("")
          : ` ${messageOf(error)}`;
      outcomes.set(id.id, {
        status: "failed",
        subject: id.id,
        detail: `not a valid paper:${problems}`,
      });
    }
  }

  // Each paper was checked on its own above; together they are written all or nothing.
  const drafts = [...ready.values()];
  signal.throwIfAborted();
  let interrupted: InterruptedError | undefined;
  try {
    const { papers, warnings } = await writePapers(drafts, {
      ...write,
      dryRun: options.dryRun,
      signal,
    });
    progress.done();
    for (const warning of warnings) stderr(`papers:add: ${warning}`);
    for (const [index, paper] of papers.entries()) {
      const draft = drafts[index] as PaperDraft;
      const id = [...ready.keys()][index] as string;
      if (options.dryRun && (paper.status === "added" || paper.status === "replaced")) {
        say(`--- ${paper.file} (dry run: would be ${paper.status}) ---\n${paper.source}`);
      }
      outcomes.set(
        id,
        paper.status === "conflict"
          ? {
              status: "skipped",
              subject: paper.file,
              detail: "exists with different content (--force replaces it)",
            }
          : { status: paper.status, subject: paper.file, detail: `(${draft.frontmatter.title})` },
      );
    }
  } catch (error) {
    if (signal.reason instanceof InterruptedError) interrupted = signal.reason;
    const outcome = error instanceof PaperWriteError ? "" : "nothing was written; ";
    for (const id of ready.keys()) {
      outcomes.set(id, {
        status: interrupted ? "not written" : "failed",
        subject: id,
        detail: `${outcome}${messageOf(error)}`,
      });
    }
  }
  progress.done();
  const ordered = options.ids.flatMap((id) => outcomes.get(id.id) ?? []);
  for (const outcome of ordered)
    say(`${outcome.status.padEnd(9)} ${outcome.subject}  ${outcome.detail}`);
  say(summarize(ordered, options.dryRun));
  if (interrupted) return interrupted.exitCode;
  return ordered.some((outcome) => outcome.status === "failed") ? 1 : 0;
}

function readArguments(
  argv: readonly string[],
  now: Date,
): { ids: ArxivId[]; day: string; tags: string[]; force: boolean; dryRun: boolean } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      date: { type: "string" },
      tags: { type: "string" },
      force: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw new Error("give at least one arXiv id or URL");
  const day = values.date ?? todayUtc(now);
  if (!isValidDay(day)) {
    throw new Error(
      `--date must be a real day written YYYY-MM-DD, e.g. --date 2025-07-31, not "${day}"`,
    );
  }
  const tags = (values.tags ?? "")
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  const checkedTags = paperFrontmatterSchema.shape.tags.safeParse(tags);
  if (!checkedTags.success) {
    throw new Error(
      `--tags ${checkedTags.error.issues[0]?.message ?? "are not valid"}, not "${values.tags}"`,
    );
  }
  // Every id is checked before arXiv is asked anything, so a typo costs no request.
  const malformed = positionals.filter((input) => !extractArxivId(input));
  if (malformed.length > 0) {
    throw new Error(
      malformed.map((input) => `"${input}" is not an arXiv id or URL (${EXAMPLES})`).join("\n"),
    );
  }
  const ids = new Map<string, ArxivId>();
  for (const input of positionals) {
    const given = extractArxivId(input) as ArxivId;
    // arXiv files `math.GT/0309136` as `math/0309136`: the subject class is not part of the id.
    const id = { ...given, id: given.id.replace(/\.[A-Z]{2}\//, "/") };
    if (!ids.has(id.id)) ids.set(id.id, id);
  }
  return { ids: [...ids.values()], day, tags, force: values.force, dryRun: values["dry-run"] };
}

function describeProgress(event: ArxivProgress, total: number): string {
  if (event.kind === "wait") {
    const seconds = `${(event.milliseconds / 1000).toFixed(1)} s`;
    return event.reason === "rate limit"
      ? `waiting ${seconds} before the next request (arXiv asks for one request every 3 seconds)`
      : `${event.detail ?? "retrying"}, in ${seconds}`;
  }
  const first = event.offset + 1;
  const papers =
    event.ids.length === 1
      ? `paper ${first} of ${total}`
      : `papers ${first}-${first + event.ids.length - 1} of ${total}`;
  const attempt = event.attempt > 1 ? `, attempt ${event.attempt}` : "";
  return `${papers}: waiting for arXiv (request ${event.batch} of ${event.batches}${attempt}): ${event.ids.join(", ")}`;
}

function summarize(outcomes: readonly Outcome[], dryRun: boolean): string {
  const count = (status: Outcome["status"]) =>
    outcomes.filter((outcome) => outcome.status === status).length;
  const parts = [`added ${count("added")}`];
  if (count("replaced") > 0) parts.push(`replaced ${count("replaced")}`);
  if (count("unchanged") > 0) parts.push(`unchanged ${count("unchanged")}`);
  parts.push(`skipped ${count("skipped")}`, `failed ${count("failed")}`);
  if (count("not written") > 0) parts.push(`not written ${count("not written")}`);
  return `${dryRun ? "dry run, nothing written; would have " : ""}${parts.join(", ")}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  // Stopped by a signal, it ends now rather than when the requests it no longer waits for do.
  if (code > 128) process.exit(code);
  process.exitCode = code;
}
