// Turns a "Suggest a paper" issue into a paper file, for .github/workflows/suggestion.yml: reads the
// issue from the event file GitHub writes, checks the form's answers, runs papers:add with them as
// separate arguments and papers:validate on the new file, and writes what to say:
//   npm run workflow:suggestion -- --out <folder> [--event <event.json>]
// <folder>/pull-request.md when the paper was added, <folder>/comment.md for the issue when it was
// not; the step outputs are outcome (added or rejected), arxiv, day and file.
import { appendFile, mkdir, rm, rmdir, stat, writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import siteConfig from "../site.config.ts";
import { main as addPapers, type AddPapersContext } from "./add-papers.ts";
import { main as validatePapers } from "./validate-papers.ts";
import { formatGithubOutput } from "../src/lib/authoring/github-output.ts";
import { paperPathInCollection } from "../src/lib/authoring/paper-writer.ts";
import { parseSuggestionForm, type Suggestion } from "../src/lib/authoring/suggestion-form.ts";
import { arxivAbsUrl, arxivPaperId } from "../src/lib/content/arxiv-id.ts";
import { displayPath } from "../src/lib/content/paper-files.ts";
import { todayUtc } from "../src/lib/feed/dates.ts";
import { markdownCodeBlock } from "../src/lib/text/markdown-text.ts";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const USAGE = "usage: npm run workflow:suggestion -- --out <folder> [--event <event.json>]";
const AGAIN =
  "Edit the issue to change the answers and this check runs again; a maintainer reads every suggestion too.";

/** What the command reads and writes, replaceable so tests use a temporary folder and a fake arXiv. */
export interface SuggestionContext extends Pick<
  AddPapersContext,
  "papersDir" | "root" | "now" | "arxiv" | "progress"
> {
  /** The validator run on the new paper; papers:validate's own by default. */
  validate?: typeof validatePapers;
  /** `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT` and `ARXIV_API_URL` are read from here. */
  env?: Record<string, string | undefined>;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
}

/** What became of the suggestion. */
type Outcome =
  | { kind: "added"; suggestion: Suggestion; day: string; file: string; transcript: string[] }
  | { kind: "rejected"; comment: string; arxiv?: string };

/** Runs the command on its arguments (without `node` and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  context: SuggestionContext = {},
): Promise<number> {
  const stdout = context.stdout ?? ((line: string) => console.log(line));
  const stderr = context.stderr ?? ((line: string) => console.error(line));
  const env = context.env ?? process.env;
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { out: { type: "string" }, event: { type: "string" } },
    }));
  } catch (error) {
    stderr(`workflow:suggestion: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const eventFile = values.event ?? env["GITHUB_EVENT_PATH"];
  if (!values.out || !eventFile) {
    stderr(`workflow:suggestion: give --out, and --event or GITHUB_EVENT_PATH\n${USAGE}`);
    return 1;
  }
  const issue = readIssue(JSON.parse(await readFile(eventFile, "utf8")) as unknown);
  if (!issue) {
    stderr("workflow:suggestion: the event file holds no issue with a number");
    return 1;
  }

  const outcome = await addSuggestion(issue.body, context, env);
  const out = path.resolve(env["INIT_CWD"] ?? process.cwd(), values.out);
  await mkdir(out, { recursive: true });
  if (outcome.kind === "added") {
    const { suggestion, day, file, transcript } = outcome;
    await writeFile(
      path.join(out, "pull-request.md"),
      [
        `Adds arXiv [${suggestion.arxiv}](${arxivAbsUrl(suggestion.arxiv)}) to the papers of ${day}, as suggested in #${issue.number}.`,
        "",
        `Closes #${issue.number}.`,
        "",
        markdownCodeBlock(transcript.join("\n")),
        "",
      ].join("\n"),
    );
    stdout(`workflow:suggestion: added ${file}`);
  } else {
    await writeFile(path.join(out, "comment.md"), `${outcome.comment}\n`);
    stdout(
      `workflow:suggestion: not added; the comment for the issue is in ${path.join(values.out, "comment.md")}`,
    );
  }
  if (env["GITHUB_OUTPUT"]) {
    const outputs =
      outcome.kind === "added"
        ? {
            outcome: "added",
            arxiv: outcome.suggestion.arxiv,
            day: outcome.day,
            file: outcome.file,
          }
        : { outcome: "rejected", arxiv: outcome.arxiv ?? "" };
    await appendFile(env["GITHUB_OUTPUT"], formatGithubOutput(outputs));
  }
  return 0;
}

async function addSuggestion(
  body: string,
  context: SuggestionContext,
  env: Record<string, string | undefined>,
): Promise<Outcome> {
  const form = parseSuggestionForm(body);
  if (!form.ok) {
    return {
      kind: "rejected",
      comment: [
        "Thank you for the suggestion! It could not be added automatically:",
        "",
        ...form.problems.map((problem) => `- ${problem}`),
        "",
        AGAIN,
      ].join("\n"),
    };
  }
  const { suggestion } = form;
  const root = context.root ?? PROJECT_ROOT;
  const papersDir = path.resolve(root, context.papersDir ?? siteConfig.papersDir);
  // The day is always given, so that the file papers:add writes is known.
  const day = suggestion.day ?? todayUtc(context.now?.() ?? new Date());
  const absolute = path.join(papersDir, paperPathInCollection(day, arxivPaperId(suggestion.arxiv)));
  const file = displayPath(root, absolute);
  const existed = await exists(absolute);

  const transcript: string[] = [];
  const record = (line: string) => transcript.push(line);
  const argv = [suggestion.arxiv, "--date", day];
  if (suggestion.tags.length > 0) argv.push("--tags", suggestion.tags.join(","));
  const added = await addPapers(argv, {
    ...(context.arxiv ? { arxiv: context.arxiv } : {}),
    ...(context.progress ? { progress: context.progress } : {}),
    papersDir,
    root,
    env: { ARXIV_API_URL: env["ARXIV_API_URL"] },
    stdout: record,
    stderr: record,
  });
  const rejected = (what: string, lines: readonly string[]): Outcome => ({
    kind: "rejected",
    arxiv: suggestion.arxiv,
    comment: [
      `Thank you for the suggestion! ${what}`,
      "",
      markdownCodeBlock(lines.join("\n")),
      "",
      AGAIN,
    ].join("\n"),
  });
  if (added !== 0) {
    return rejected(`\`papers:add\` could not add arXiv ${suggestion.arxiv}:`, transcript);
  }
  if (existed || !(await exists(absolute))) {
    return rejected(`\`papers:add\` did not add arXiv ${suggestion.arxiv}:`, transcript);
  }

  const validation: string[] = [];
  const valid = await (context.validate ?? validatePapers)([absolute], {
    papersDir,
    root,
    cwd: root,
    env: {},
    stdout: (line) => validation.push(line),
    stderr: (line) => validation.push(line),
  });
  if (valid !== 0) {
    await removePaper(absolute, papersDir);
    return rejected(
      `\`papers:validate\` found problems, so arXiv ${suggestion.arxiv} was not added:`,
      validation,
    );
  }
  return { kind: "added", suggestion, day, file, transcript: [...transcript, ...validation] };
}

// The issue's number and text from a webhook payload, whatever else it holds.
function readIssue(event: unknown): { number: number; body: string } | undefined {
  const issue = (event as { issue?: { number?: unknown; body?: unknown } } | null)?.issue;
  const number = issue?.number;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return undefined;
  return { number, body: typeof issue?.body === "string" ? issue.body : "" };
}

// Takes a rejected paper away again, with the day folders only it was in.
async function removePaper(file: string, papersDir: string): Promise<void> {
  await rm(file);
  for (
    let folder = path.dirname(file);
    folder.startsWith(`${papersDir}${path.sep}`);
    folder = path.dirname(folder)
  ) {
    try {
      await rmdir(folder);
    } catch {
      return;
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
