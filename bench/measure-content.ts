// Times the two content passes that issue budgets name apart from the whole build: checking every
// paper as a contributor's `npm run papers:validate` does (a fresh process, cold), and picking each
// paper's related papers as the build does (the same function over the same text).
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { relatedPapersInParallel } from "../src/lib/related/related-papers.ts";
import { checkPaperCollection } from "../src/lib/content/check-collection.ts";
import { measureCommand, type BuildMeasurement } from "./measure-build.ts";

const RELATED_PAPERS_WORKER = new URL(
  "../src/lib/related/related-papers-worker.ts",
  import.meta.url,
);

/** The arguments `npm run papers:validate` gives Node: its V8 flags too, which it is faster with. */
async function validatorArguments(): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile("package.json", "utf8")) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (scripts["papers:validate"] ?? "").split(/\s+/);
  if (command !== "node") throw new Error("package.json: papers:validate must run `node ...`");
  return args;
}

// Each run is a few seconds, and one slow moment of a shared host would decide a single run.
const VALIDATION_RUNS = 3;

/**
 * Runs `npm run papers:validate`'s command on `papersDir` three times, each a cold process, and
 * reports the median run; every run must find every paper valid.
 */
export async function measureValidation(
  papersDir: string,
): Promise<BuildMeasurement & { runs: number[] }> {
  // The papers were just written: the kernel flushing them to disk would be timed too. A contributor
  // validates files that are long on disk.
  if (process.platform !== "win32") execFileSync("sync");
  const args = await validatorArguments();
  const runs: BuildMeasurement[] = [];
  for (let run = 0; run < VALIDATION_RUNS; run++) {
    const measured = await measureCommand(process.execPath, args, { PAPERS_DIR: papersDir });
    if (!/all \d+ papers are valid/.test(measured.output)) {
      throw new Error(`papers:validate did not pass on the generated papers:\n${measured.output}`);
    }
    runs.push(measured);
  }
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = sorted[Math.floor(sorted.length / 2)] as BuildMeasurement;
  return { ...median, runs: runs.map(({ seconds }) => seconds) };
}

/**
 * Reads the papers' text as the build's loader does, then times the related papers of all of them,
 * found as the build finds them (on two threads where there are two cores).
 */
export async function measureRelatedPapers(papersDir: string): Promise<{ seconds: number }> {
  const { checked } = await checkPaperCollection({
    papersDir,
    render: false,
    workers: availableParallelism() - 1,
  });
  const papers = checked.flatMap(({ paper }) =>
    paper
      ? [
          {
            title: paper.frontmatter.title,
            tags: paper.frontmatter.tags ?? [],
            text: paper.abstract.text,
          },
        ]
      : [],
  );
  if (papers.length !== checked.length) throw new Error("some generated papers are invalid");
  const started = performance.now();
  await relatedPapersInParallel(papers, {}, RELATED_PAPERS_WORKER);
  return { seconds: (performance.now() - started) / 1000 };
}
