// Chooses the days the daily import workflow (.github/workflows/import.yml) asks Hugging Face for:
// the last DAYS days (3 by default), or SINCE and UNTIL when a run asks for them, widened to every day
// whose papers wait in the open import pull request (PENDING_REF, a fetched branch), since each run
// writes that branch anew. Sets the step outputs since and until:
//   SINCE=2025-07-01 UNTIL=2025-07-31 DAYS=3 PENDING_REF=origin/papers/daily-import npm run workflow:import-days
import { execFile } from "node:child_process";
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import siteConfig from "../site.config.ts";
import { formatGithubOutput } from "../src/lib/authoring/github-output.ts";
import { chooseImportDays } from "../src/lib/authoring/import-days.ts";
import { dayOfPaperFile } from "../src/lib/content/paper-files.ts";
import { todayUtc } from "../src/lib/feed/dates.ts";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_DAYS = 3;
const run = promisify(execFile);

/** What the command reads, replaceable so tests use a repository of their own. */
export interface ImportDaysContext {
  /** The repository; defaults to the project root. */
  root?: string;
  /** The papers folder; defaults to `papersDir` of site.config.ts, from the root. */
  papersDir?: string;
  /** SINCE, UNTIL, DAYS, PENDING_REF and GITHUB_OUTPUT are read from here. */
  env?: Record<string, string | undefined>;
  now?: () => Date;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
}

/** Runs the command and returns the exit code. */
export async function main(context: ImportDaysContext = {}): Promise<number> {
  const stdout = context.stdout ?? ((line: string) => console.log(line));
  const stderr = context.stderr ?? ((line: string) => console.error(line));
  const env = context.env ?? process.env;
  const root = context.root ?? PROJECT_ROOT;
  const papersDir = path.relative(
    root,
    path.resolve(root, context.papersDir ?? siteConfig.papersDir),
  );

  const daysText = env["DAYS"]?.trim() || String(DEFAULT_DAYS);
  const pendingDays = env["PENDING_REF"]
    ? await pendingPaperDays(root, papersDir, env["PENDING_REF"])
    : [];
  let chosen;
  try {
    chosen = chooseImportDays({
      today: todayUtc(context.now?.() ?? new Date()),
      days: /^\d+$/.test(daysText) ? Number(daysText) : Number.NaN,
      since: env["SINCE"]?.trim() ?? "",
      until: env["UNTIL"]?.trim() ?? "",
      pendingDays,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    stderr(`workflow:import-days: ${error.message} (DAYS, SINCE, UNTIL)`);
    return 1;
  }
  const waiting =
    pendingDays.length > 0
      ? `; the open pull request holds papers of ${new Set(pendingDays).size} days from ${[...pendingDays].sort()[0]}`
      : "";
  stdout(`workflow:import-days: importing ${chosen.since} to ${chosen.until}${waiting}`);
  if (env["GITHUB_OUTPUT"]) await appendFile(env["GITHUB_OUTPUT"], formatGithubOutput(chosen));
  return 0;
}

// The days of the papers `ref` adds to the checked-out commit; none when `ref` does not exist.
async function pendingPaperDays(root: string, papersDir: string, ref: string): Promise<string[]> {
  // A name git would read as an option is no ref of ours.
  if (ref.startsWith("-")) throw new Error(`PENDING_REF is not a git ref: ${ref}`);
  const git = (...args: string[]) => run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  const exists = await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).then(
    () => true,
    () => false,
  );
  if (!exists) return [];
  const { stdout } = await git(
    "diff",
    "--name-only",
    "-z",
    "--diff-filter=A",
    "HEAD",
    ref,
    "--",
    papersDir,
  );
  return stdout.split("\0").flatMap((file) => dayOfPaperFile(file) ?? []);
}

if (import.meta.main) process.exitCode = await main();
