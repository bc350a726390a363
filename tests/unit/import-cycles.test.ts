import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import eslintPluginAstro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";
import { afterEach, describe, expect, it } from "vitest";
import { importCycles } from "../../eslint.config.js";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
let fixture = "";

afterEach(() => rm(fixture, { recursive: true, force: true }));

// Lints a tiny project of `files` (path from src/ to content) with the project's cycle rule.
async function cycleErrors(files: Record<string, string>): Promise<string[]> {
  // Inside the project, whose node_modules hold the parsers; dist-* folders are ignored by git and lint.
  fixture = await mkdtemp(path.join(projectRoot, "dist-test-import-cycles-"));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(fixture, "src", file)), { recursive: true });
    await writeFile(path.join(fixture, "src", file), content);
  }
  const eslint = new ESLint({
    cwd: fixture,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
      ...eslintPluginAstro.configs["flat/base"],
      importCycles,
    ],
  });
  const results = await eslint.lintFiles(["src"]);
  return results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${path.relative(fixture, result.filePath)}: ${message.ruleId ?? "fatal"}: ${message.message}`,
    ),
  );
}

describe("the import cycle check of npm run lint", () => {
  it("is on for every TypeScript module and Astro component in src/", async () => {
    const eslint = new ESLint({ cwd: projectRoot });
    for (const file of ["src/data/papers.ts", "src/layouts/PaperListLayout.astro"]) {
      const config = (await eslint.calculateConfigForFile(file)) as {
        rules: Record<string, unknown>;
      };
      expect(config.rules["import-x/no-cycle"], file).toEqual([
        2,
        expect.objectContaining({ ignoreExternal: true }),
      ]);
    }
  });

  it("fails on two modules that import each other through .ts extensions", async () => {
    const errors = await cycleErrors({
      "data/papers.ts": 'import { index } from "./search.ts";\nexport const papers = [index];\n',
      "data/search.ts":
        'import { papers } from "./papers.ts";\nexport const index = papers.length;\n',
    });
    expect(errors).toEqual([
      expect.stringMatching(/^src\/data\/papers\.ts: import-x\/no-cycle: /),
      expect.stringMatching(/^src\/data\/search\.ts: import-x\/no-cycle: /),
    ]);
  });

  // A cycle is reported at least where it leaves an Astro component (see eslint.config.js).
  it("fails on a cycle that runs through an Astro component", async () => {
    const errors = await cycleErrors({
      "components/Card.astro":
        '---\nimport { title } from "../data/cards.ts";\n---\n<p>{title}</p>\n',
      "data/cards.ts":
        'import Card from "../components/Card.astro";\nexport const title = String(Card);\n',
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/^src\/components\/Card\.astro: import-x\/no-cycle: /),
    );
  });

  it("fails on two Astro components that render each other", async () => {
    const errors = await cycleErrors({
      "components/List.astro": '---\nimport Item from "./Item.astro";\n---\n<ul><Item /></ul>\n',
      "components/Item.astro": '---\nimport List from "./List.astro";\n---\n<li><List /></li>\n',
    });
    expect(errors).toEqual([
      expect.stringMatching(/^src\/components\/Item\.astro: import-x\/no-cycle: /),
      expect.stringMatching(/^src\/components\/List\.astro: import-x\/no-cycle: /),
    ]);
  });

  it("passes modules that import one another in one direction only", async () => {
    const errors = await cycleErrors({
      "data/papers.ts": "export const papers: string[] = [];\n",
      "data/search.ts":
        'import { papers } from "./papers.ts";\nexport const index = papers.length;\n',
      "pages/index.astro": '---\nimport { index } from "../data/search.ts";\n---\n<p>{index}</p>\n',
    });
    expect(errors).toEqual([]);
  });
});
