import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../scripts/import-papers.ts";
import { fakeClock } from "../support/fake-clock.ts";
import { dailyPapers, MATH_DAY, startFakeHuggingFace } from "../support/fake-huggingface-server.ts";
import { BUILD_TIMEOUT_MS, buildSite, projectRoot, removeBuild } from "./support/build-site.ts";

// Five days imported from the fake Hugging Face, the recorded day among them, then built.
const outDir = "dist-test-huggingface";
// Astro wants a collection inside the project; dist-* folders are ignored by git and the linters.
const papersDir = "dist-test-huggingface-papers";
const DAYS = ["2024-05-27", "2024-05-28", "2024-05-29", "2024-05-30", MATH_DAY];

let out = "";
const imported: string[] = [];

beforeAll(async () => {
  await rm(path.join(projectRoot, papersDir), { recursive: true, force: true });
  const fake = await startFakeHuggingFace();
  try {
    const code = await main(
      ["--from", "huggingface", "--since", DAYS[0] as string, "--until", MATH_DAY],
      {
        papersDir,
        root: projectRoot,
        stdout: (line) => imported.push(line),
        stderr: (line) => imported.push(line),
        progress: { status: () => {}, done: () => {} },
        env: { HF_API_URL: fake.url },
        huggingface: { clock: fakeClock(), timeout: 10_000 },
      },
    );
    expect(code, imported.join("\n")).toBe(0);
  } finally {
    await fake.close();
  }
  const build = buildSite({ papersDir, outDir });
  expect(build.status, build.output).toBe(0);
  out = build.outPath;
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await removeBuild(outDir);
  await rm(path.join(projectRoot, papersDir), { recursive: true, force: true });
});

const page = (urlPath: string) => readFile(path.join(out, urlPath, "index.html"), "utf8");

describe("papers imported from Hugging Face, built", () => {
  it.each(DAYS)("show %s's papers ordered by upvotes, most first", async (day) => {
    const html = await page(`date/${day}`);
    const upvotes = new Map(
      dailyPapers(day).map((item) => [String(item.paper["id"]), Number(item.paper["upvotes"])]),
    );
    const shown = [...html.matchAll(/<a href="[^"]*\/papers\/([^/"]+)\/"/g)]
      .map((match) => match[1] as string)
      .filter((id, index, all) => upvotes.has(id) && all.indexOf(id) === index);
    expect(new Set(shown)).toEqual(new Set(upvotes.keys()));
    const counts = shown.map((id) => upvotes.get(id) as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(counts).size).toBeGreaterThan(1);
  });

  it("render arXiv's math in an abstract with KaTeX, leaving no dollar sign", async () => {
    const html = await page(`papers/${String(dailyPapers(MATH_DAY)[0]?.paper["id"])}`);
    const abstract = /<section class="abstract[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(abstract).toBeDefined();
    expect(abstract).toContain('class="katex"');
    expect(abstract).toContain("within");
    expect(abstract).not.toMatch(/\$-\$|\$\\sim\$/);
  });

  it("link the submitter to their Hugging Face profile", async () => {
    const html = await page("papers/2405.28000");
    const item = dailyPapers("2024-05-28")[0];
    const user = (item?.paper["submittedOnDailyBy"] as { user: string }).user;
    expect(html).toMatch(
      new RegExp(`<a href="https://huggingface\\.co/${user}"[^>]*>@${user}</a>\\s*on Hugging Face`),
    );
  });
});
