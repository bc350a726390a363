import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../scripts/describe-paper-changes.ts";

const run = promisify(execFile);
const paper = (title: string, arxiv: string, upvotes: number) =>
  `---\ntitle: "${title}"\nauthors: ["Ada"]\narxiv: "${arxiv}"\nupvotes: ${upvotes}\n---\nAn abstract.\n`;

let folder: string;
let stdout: string[];
let stderr: string[];

async function write(file: string, text: string) {
  await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
  await writeFile(path.join(folder, file), text);
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "paper-changes-"));
  stdout = [];
  stderr = [];
  await write("content/papers/2025/07/30/2507.00001.mdx", paper("Grows", "2507.00001", 10));
  await write("content/papers/2025/07/29/2507.00002.mdx", paper("Goes", "2507.00002", 3));
  await write("README.md", "readme");
  await run("git", ["init", "--quiet"], { cwd: folder });
  await run("git", ["add", "."], { cwd: folder });
  await run(
    "git",
    [
      "-c",
      "user.name=Test",
      "-c",
      "user.email=test@example.org",
      "commit",
      "--quiet",
      "-m",
      "base",
    ],
    { cwd: folder },
  );
});

afterEach(() => rm(folder, { recursive: true, force: true }));

const changes = (argv: string[], env: Record<string, string> = {}) =>
  main(argv, {
    root: folder,
    papersDir: "content/papers",
    env: { INIT_CWD: folder, ...env },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });

describe("papers:changes", () => {
  it("describes the papers added, updated and removed since the last commit, and sets the step's outputs", async () => {
    await write("content/papers/2025/07/31/2507.00003.mdx", paper("New", "2507.00003", 7));
    await write("content/papers/2025/07/31/figure.png", "not a paper");
    await write("content/papers/2025/07/30/2507.00001.mdx", paper("Grows", "2507.00001", 25));
    await unlink(path.join(folder, "content/papers/2025/07/29/2507.00002.mdx"));
    await write("README.md", "not a paper either");
    await writeFile(path.join(folder, "outputs"), "");

    const code = await changes(["--output", "out/pull-request.md"], {
      GITHUB_OUTPUT: path.join(folder, "outputs"),
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "someone/daily-papers",
      GITHUB_RUN_ID: "42",
      GITHUB_WORKFLOW: "Import from Hugging Face",
    });
    expect(code).toBe(0);
    expect(stdout).toEqual([
      "papers:changes: added 1, updated 1, removed 1; described in out/pull-request.md",
    ]);
    expect(await readFile(path.join(folder, "out/pull-request.md"), "utf8")).toBe(
      [
        "Written by [run 42](https://github.com/someone/daily-papers/actions/runs/42) of the workflow Import from Hugging Face.",
        "",
        "**Papers: 1 added, 1 updated, 1 removed.**",
        "",
        "### Added (1)",
        "",
        "- 2025-07-31: [New](https://arxiv.org/abs/2507.00003), 7 upvotes",
        "",
        "### Updated (1)",
        "",
        "- 2025-07-30: [Grows](https://arxiv.org/abs/2507.00001): upvotes 10 → 25",
        "",
        "### Removed (1)",
        "",
        "- `content/papers/2025/07/29/2507.00002.mdx`",
        "",
      ].join("\n"),
    );
    expect(await readFile(path.join(folder, "outputs"), "utf8")).toBe(
      "added=1\nupdated=1\nremoved=1\nchanged=true\n",
    );
  });

  it("says nothing changed on a clean tree, printing the description without --output", async () => {
    await writeFile(path.join(folder, "outputs"), "");
    expect(await changes([], { GITHUB_OUTPUT: path.join(folder, "outputs") })).toBe(0);
    expect(stdout).toEqual(["**Papers: 0 added, 0 updated.**\n"]);
    expect(await readFile(path.join(folder, "outputs"), "utf8")).toBe(
      "added=0\nupdated=0\nremoved=0\nchanged=false\n",
    );
  });

  it("refuses an option it does not know", async () => {
    expect(await changes(["--outptu", "x"])).toBe(1);
    expect(stderr).toEqual([
      "papers:changes: Unknown option '--outptu'\nusage: npm run papers:changes [-- --output <file>]",
    ]);
  });
});
