import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../scripts/choose-import-days.ts";

const run = promisify(execFile);
let folder: string;
let stdout: string[];
let stderr: string[];

const git = (...args: string[]) =>
  run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], {
    cwd: folder,
  });

async function commit(files: Record<string, string>, message: string) {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), text);
  }
  await git("add", ".");
  await git("commit", "--quiet", "-m", message);
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "import-days-"));
  stdout = [];
  stderr = [];
  await git("init", "--quiet", "--initial-branch=main");
  await commit({ "content/papers/2025/07/01/2507.00001.mdx": "on main" }, "base");
});

afterEach(() => rm(folder, { recursive: true, force: true }));

async function choose(env: Record<string, string>): Promise<{ code: number; outputs: string }> {
  const outputs = path.join(folder, "..", `${path.basename(folder)}-outputs`);
  await writeFile(outputs, "");
  const code = await main({
    root: folder,
    papersDir: "content/papers",
    env: { GITHUB_OUTPUT: outputs, ...env },
    now: () => new Date("2025-08-01T05:40:00Z"),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  const text = await readFile(outputs, "utf8");
  await rm(outputs);
  return { code, outputs: text };
}

describe("workflow:import-days", () => {
  it("takes the last 3 days up to today by default", async () => {
    expect(await choose({})).toEqual({ code: 0, outputs: "since=2025-07-30\nuntil=2025-08-01\n" });
    expect(stdout).toEqual(["workflow:import-days: importing 2025-07-30 to 2025-08-01"]);
  });

  it("takes DAYS days, or SINCE and UNTIL as given", async () => {
    expect((await choose({ DAYS: "7" })).outputs).toBe("since=2025-07-26\nuntil=2025-08-01\n");
    expect((await choose({ SINCE: "2025-07-01", UNTIL: "2025-07-10", DAYS: "" })).outputs).toBe(
      "since=2025-07-01\nuntil=2025-07-10\n",
    );
  });

  it("goes back to the oldest paper the open pull request's branch adds", async () => {
    await git("checkout", "--quiet", "-b", "papers/daily-import");
    await commit(
      {
        "content/papers/2025/07/20/2507.00020.mdx": "pending",
        "content/papers/2025/07/25/2507.00025.mdx": "pending",
        // Changed, not added: its day is on main already and needs no import.
        "content/papers/2025/07/01/2507.00001.mdx": "upvotes refreshed",
        "README.md": "not a paper",
      },
      "import",
    );
    await git("checkout", "--quiet", "main");
    expect(await choose({ PENDING_REF: "papers/daily-import" })).toEqual({
      code: 0,
      outputs: "since=2025-07-20\nuntil=2025-08-01\n",
    });
    expect(stdout).toEqual([
      "workflow:import-days: importing 2025-07-20 to 2025-08-01; the open pull request holds papers of 2 days from 2025-07-20",
    ]);
  });

  it("takes the default days when the pending branch does not exist", async () => {
    expect((await choose({ PENDING_REF: "origin/papers/daily-import" })).outputs).toBe(
      "since=2025-07-30\nuntil=2025-08-01\n",
    );
  });

  it.each([
    [{ DAYS: "three" }, "the number of days must be a whole number of 1 or more, not NaN"],
    [{ DAYS: "0" }, "the number of days must be a whole number of 1 or more, not 0"],
    [{ SINCE: "2025-07-32" }, "since must be a real day written YYYY-MM-DD, e.g. 2025-07-31"],
    [{ UNTIL: "$(reboot)" }, "until must be a real day written YYYY-MM-DD, e.g. 2025-07-31"],
  ])("refuses %j, setting no output", async (env, message) => {
    expect(await choose(env)).toEqual({ code: 1, outputs: "" });
    expect(stderr).toEqual([`workflow:import-days: ${message} (DAYS, SINCE, UNTIL)`]);
  });

  it("refuses a pending ref that git would read as an option", async () => {
    await expect(choose({ PENDING_REF: "--output=/tmp/x" })).rejects.toThrow(
      "PENDING_REF is not a git ref: --output=/tmp/x",
    );
  });
});
