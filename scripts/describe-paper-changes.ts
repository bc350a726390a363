// Says which papers the working tree adds, updates or removes since the last commit, in Markdown: the
// description of the daily import's pull request, or a look at what an import just did:
//   npm run papers:changes [-- --output <file>]
// In a GitHub Actions step it also sets the outputs added, updated, removed and changed (true/false).
import { execFile } from "node:child_process";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import siteConfig from "../site.config.ts";
import { parseGitStatus } from "../src/lib/authoring/git-status.ts";
import { formatGithubOutput } from "../src/lib/authoring/github-output.ts";
import { escapeMarkdownText } from "../src/lib/text/markdown-text.ts";
import { describePaperChanges, type PaperFileChange } from "../src/lib/authoring/paper-changes.ts";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const USAGE = "usage: npm run papers:changes [-- --output <file>]";
const run = promisify(execFile);

/** Where the command looks, replaceable so tests use a repository of their own. */
export interface PaperChangesContext {
  /** The repository; defaults to the project root. */
  root?: string;
  /** The papers folder; defaults to `papersDir` of site.config.ts, from the root. */
  papersDir?: string;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  /** `GITHUB_OUTPUT` and the run's `GITHUB_*` variables are read from here. */
  env?: Record<string, string | undefined>;
}

/** Runs the command on its arguments (without `node` and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  context: PaperChangesContext = {},
): Promise<number> {
  const stdout = context.stdout ?? ((line: string) => console.log(line));
  const stderr = context.stderr ?? ((line: string) => console.error(line));
  const env = context.env ?? process.env;
  const root = context.root ?? PROJECT_ROOT;
  let output: string | undefined;
  try {
    ({ output } = parseArgs({ args: [...argv], options: { output: { type: "string" } } }).values);
  } catch (error) {
    stderr(`papers:changes: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const papersDir = path.relative(
    root,
    path.resolve(root, context.papersDir ?? siteConfig.papersDir),
  );

  const git = async (...args: string[]) =>
    (await run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024 })).stdout;
  const status = parseGitStatus(
    await git("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", papersDir),
  ).filter((file) => file.path.endsWith(".mdx"));
  const changes: PaperFileChange[] = [];
  for (const { path: file, kind } of status) {
    const change: PaperFileChange = { file };
    if (kind !== "added") change.before = await git("show", `HEAD:${file}`);
    if (kind !== "removed") change.after = await readFile(path.join(root, file), "utf8");
    changes.push(change);
  }

  const intro = runIntro(env);
  const summary = describePaperChanges(changes, intro ? { intro } : {});
  const changed = summary.added + summary.updated + summary.removed > 0;
  if (output) {
    const file = path.resolve(env["INIT_CWD"] ?? process.cwd(), output);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, summary.markdown);
    stdout(
      `papers:changes: added ${summary.added}, updated ${summary.updated}, removed ${summary.removed}; described in ${output}`,
    );
  } else {
    stdout(summary.markdown);
  }
  if (env["GITHUB_OUTPUT"]) {
    const { added, updated, removed } = summary;
    await appendFile(
      env["GITHUB_OUTPUT"],
      formatGithubOutput({ added, updated, removed, changed }),
    );
  }
  return 0;
}

// A link to the workflow run, when the command runs in one.
function runIntro(env: Record<string, string | undefined>): string | undefined {
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const id = env["GITHUB_RUN_ID"];
  if (!server || !repository || !id || !/^\d+$/.test(id)) return undefined;
  const workflow = escapeMarkdownText(env["GITHUB_WORKFLOW"] ?? "a workflow");
  return `Written by [run ${id}](${server}/${repository}/actions/runs/${id}) of the workflow ${workflow}.`;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
