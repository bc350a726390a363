// `npm run bench [-- --papers 1000,10000] [-- --pages [--runs 3]]`: for each collection size,
// generates papers into a temporary folder, times `papers:validate` and the related-papers pass on
// them, builds the site there (cold, again unchanged, again after a one-paper change; bench/
// measure-scale.ts) beside a plain-Astro reference site of the same papers (bench/reference-site/),
// indexes the same pages with Pagefind, and measures both searches in headless Chromium (ours in
// three passes); then (bench/pages.ts) builds the seed papers and reports each kind of page's
// weight and Lighthouse performance score. `--papers` alone runs only the first part, `--pages` alone
// only the second. Budgets are printed with PASS/FAIL. content/ is never changed and every temporary
// file is removed at the end, once every size is measured.
import { mkdir, mkdtemp } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.ts";
import { writePapers } from "./generate-papers.ts";
import { folderSize, removeBenchWork } from "./measure-build.ts";
import { measureRelatedPapers, measureValidation } from "./measure-content.ts";
import { measureScale, scaleReport } from "./measure-scale.ts";
import { benchPages } from "./pages.ts";
import { indexWithPagefind, PAGEFIND_PAGE, writePagefindPage } from "./pagefind.ts";
import { budgets, table, type Budget } from "./report.ts";
import {
  measureSearch,
  percentile,
  poolMeasurements,
  type SearchMeasurement,
} from "./search-browser.ts";
import { serveStatic } from "./static-server.ts";

const WORK_ROOT = path.resolve("node_modules/.cache/daily-papers-bench");
const SHOWN_RESULTS = 6;
const FIRST_QUERY = "quantization";
// Typed one key at a time; each keystroke from the second letter on is one latency sample.
const QUERIES = [
  "transformer",
  "diffusion models",
  "attention",
  "reinforcement learning",
  "language model",
  "graph neural",
  "robotic manipulation",
  "speculative decoding",
  "mixture experts",
  "contrastive",
  "zero shot",
  "chain thought",
  "benchmark",
  "segmentation",
  "protein",
  "federated privacy",
  "hallucination",
  "retrieval augmented",
  "video generation",
  "point cloud",
  "uncertainty calibration",
  "time series forecasting",
  "multilingual translation",
  "reward",
  "latent space",
  "kernel",
  "equivariant",
  "watermark",
  "humanoid locomotion",
  "instruction following",
  "score matching",
  "lovelace",
  "2507.00042",
];
// Our search is measured this many times, each pass in a fresh browser context, and judged on every
// pass's keystrokes together: one pass's p95 moves by several milliseconds from run to run
// (docs/performance.md, "Keystroke latency").
const SEARCH_PASSES = 3;
// Misspellings, each beside its correct spelling: does the search still find the papers?
const CHECKED = [
  "quantizaton",
  "quantization",
  "transfromer",
  "transformer",
  "difusion",
  "diffusion",
  "reinforcment",
  "reinforcement",
  "halucination",
  "hallucination",
];

const { values } = parseArgs({
  options: {
    papers: { type: "string", multiple: true },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    pages: { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
  },
});
// With neither flag, both parts run.
const benchSizes = values.papers !== undefined || !values.pages;
const sizes = (benchSizes ? (values.papers ?? ["1000,10000,50000"]) : [])
  .flatMap((value) => value.split(","))
  .map((value) => Number(value.replace(/_/g, "")));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error("bench: --papers takes whole numbers of papers, e.g. --papers 1000,10000");
  process.exit(1);
}
const seed = Number(values.seed);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("bench: --runs takes a whole number of Lighthouse runs per page, e.g. --runs 3");
  process.exit(1);
}

// Each size's folders are removed only once every size is measured. This machine's disk is ext4
// without a journal, which leaves a deleted inode unused for a minute or more (more while its
// inode table is not yet written back) and skips it on every file it creates meanwhile, which
// slows a build that follows (docs/performance.md). A contributor's or CI's build does not follow
// such a deletion; the bench should not either.
const finished: { work: string; outDir: string }[] = [];
let failed = false;
try {
  for (const size of sizes) {
    failed = !(await benchOneSize(size)) || failed;
  }
  if (values.pages || values.papers === undefined) {
    failed = !(await benchPages({ workRoot: WORK_ROOT, runs, keep: values.keep })) || failed;
  }
} finally {
  for (const { work, outDir } of finished) await removeBenchWork(work, outDir, values.keep);
}
process.exit(failed ? 1 : 0);

async function benchOneSize(papers: number): Promise<boolean> {
  // Astro's content layer only takes files under the project root, so the temporary folder is in
  // node_modules/.cache, which git, the linters and the type checker all ignore.
  await mkdir(WORK_ROOT, { recursive: true });
  const work = await mkdtemp(path.join(WORK_ROOT, `${papers}-`));
  const papersDir = path.join(work, "papers");
  const outDir = path.join(work, "site");
  console.log(`\n=== ${papers.toLocaleString("en-US")} papers (seed ${seed}) in ${work}`);
  try {
    let started = performance.now();
    await writePapers(papersDir, papers, seed);
    console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const content = {
      validation: await measureValidation(papersDir),
      related: await measureRelatedPapers(papersDir),
    };
    console.log(
      `papers:validate in ${content.validation.seconds.toFixed(1)} s ` +
        `(median of ${content.validation.runs.map((seconds) => seconds.toFixed(1)).join(", ")}), ` +
        `related papers in ${content.related.seconds.toFixed(1)} s`,
    );
    const scale = await measureScale({
      papersDir,
      outDir,
      referenceRoot: path.join(work, "reference"),
    });
    const build = scale.cold;
    console.log(
      `site built in ${build.seconds.toFixed(1)} s cold, ${scale.onePaperChanged.seconds.toFixed(1)} s ` +
        `after a one-paper change; plain Astro in ${scale.reference.seconds.toFixed(1)} s`,
    );
    const ours = await folderSize(path.join(outDir, "search-index"));
    const pagefindBuild = await indexWithPagefind(outDir);
    const theirs = await folderSize(path.join(outDir, "pagefind"));
    await writePagefindPage(outDir, SHOWN_RESULTS);
    started = performance.now();

    const server = await serveStatic(outDir);
    const executablePath = findChromium();
    const browser = await chromium.launch({
      args: [...CHROMIUM_ARGS],
      ...(executablePath ? { executablePath } : {}),
    });
    let ourSearch: SearchMeasurement;
    let pagefindSearch: SearchMeasurement | undefined;
    try {
      const passes: SearchMeasurement[] = [];
      for (let pass = 0; pass < SEARCH_PASSES; pass++) {
        passes.push(
          await measureSearch(
            browser,
            {
              name: "ours",
              pageUrl: server.url,
              input: "#site-search-input",
              results: "[data-search-popup]",
              result: "[role=option]:not(.search-option-all)",
            },
            outDir,
            FIRST_QUERY,
            QUERIES,
            CHECKED,
          ),
        );
      }
      ourSearch = poolMeasurements(passes);
      console.log(`our search measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // Our figures are printed even when Pagefind cannot be measured, with the reason.
      try {
        pagefindSearch = await measureSearch(
          browser,
          {
            name: "Pagefind",
            pageUrl: `${server.url}${PAGEFIND_PAGE}`,
            input: "#q",
            results: "#results",
            result: "li",
          },
          outDir,
          FIRST_QUERY,
          QUERIES,
          CHECKED,
        );
      } catch (error) {
        const why = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
        console.log(`Pagefind could not be measured: ${why}`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`searched in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const scaleResult = scaleReport(papers, scale);
    console.log(scaleResult.text);
    const searchPassed = printReport(
      papers,
      content,
      build,
      pagefindBuild,
      ours,
      theirs,
      ourSearch,
      pagefindSearch,
    );
    return scaleResult.passed && searchPassed;
  } finally {
    finished.push({ work, outDir });
  }
}

function printReport(
  papers: number,
  content: {
    validation: { seconds: number; peakMiB: number | undefined };
    related: { seconds: number };
  },
  build: { seconds: number; peakMiB: number | undefined },
  pagefindBuild: { seconds: number; peakMiB: number | undefined },
  ourIndex: { files: number; bytes: number; gzipBytes: number },
  theirIndex: { files: number; bytes: number; gzipBytes: number },
  ours: SearchMeasurement,
  theirs: SearchMeasurement | undefined,
): boolean {
  const KiB = 1024;
  const MiB = 1024 * 1024;
  const p = (measurement: SearchMeasurement | undefined, share: number) =>
    measurement ? percentile(measurement.keystrokes, share) : Number.NaN;
  console.log(
    table(
      ["measure", "ours", "Pagefind"],
      [
        {
          label: "npm run papers:validate, cold process, median of 3 (s)",
          ours: content.validation.seconds,
          theirs: undefined,
        },
        {
          label: "papers:validate peak memory (MiB)",
          ours: content.validation.peakMiB,
          theirs: undefined,
          digits: 0,
        },
        {
          label: "related papers, all papers (s)",
          ours: content.related.seconds,
          theirs: undefined,
        },
        {
          label: "site build, whole site with our index (s)",
          ours: build.seconds,
          theirs: undefined,
        },
        {
          label: "site build peak memory (MiB)",
          ours: build.peakMiB,
          theirs: undefined,
          digits: 0,
        },
        {
          label: "Pagefind indexing after the build (s)",
          ours: undefined,
          theirs: pagefindBuild.seconds,
        },
        {
          label: "Pagefind indexing peak memory (MiB)",
          ours: undefined,
          theirs: pagefindBuild.peakMiB,
          digits: 0,
        },
        { label: "index files", ours: ourIndex.files, theirs: theirIndex.files, digits: 0 },
        {
          label: "index on disk (MiB)",
          ours: ourIndex.bytes / MiB,
          theirs: theirIndex.bytes / MiB,
          digits: 2,
        },
        {
          label: "index gzip, file by file (MiB)",
          ours: ourIndex.gzipBytes / MiB,
          theirs: theirIndex.gzipBytes / MiB,
          digits: 2,
        },
        {
          label: "JS before touching search (KiB gzip)",
          ours: ours.scriptBeforeSearchGzipBytes / KiB,
          theirs: theirs ? theirs.scriptBeforeSearchGzipBytes / KiB : undefined,
        },
        {
          label: `first query "${FIRST_QUERY}" downloads (KiB gzip)`,
          ours: ours.firstQueryGzipBytes / KiB,
          theirs: theirs ? theirs.firstQueryGzipBytes / KiB : undefined,
        },
        {
          label: "  same, raw (KiB)",
          ours: ours.firstQueryBytes / KiB,
          theirs: theirs ? theirs.firstQueryBytes / KiB : undefined,
        },
        {
          label: "  requests",
          ours: ours.firstQueryRequests.length,
          theirs: theirs?.firstQueryRequests.length,
          digits: 0,
        },
        {
          label: "first query to first results, cold (ms)",
          ours: ours.firstResultsMs,
          theirs: theirs?.firstResultsMs,
        },
        {
          label: `keystroke to results p50 (ms, ${ours.keystrokes.length}/${theirs?.keystrokes.length ?? 0} keys)`,
          ours: p(ours, 0.5),
          theirs: p(theirs, 0.5),
        },
        { label: "keystroke to results p95 (ms)", ours: p(ours, 0.95), theirs: p(theirs, 0.95) },
        { label: "keystroke to results max (ms)", ours: p(ours, 1), theirs: p(theirs, 1) },
        {
          label: "longest main-thread task (ms, 0 = none over 50)",
          ours: ours.longestTaskMs,
          theirs: theirs?.longestTaskMs,
        },
        {
          label: "main-thread tasks over 50 ms (longtask)",
          ours: ours.longTasks,
          theirs: theirs?.longTasks,
          digits: 0,
        },
      ],
    ),
  );
  for (const [name, measurement] of [
    ["ours", ours],
    ["Pagefind", theirs],
  ] as const) {
    if (!measurement) continue;
    const slowest = measurement.slowest.map(({ query, ms }) => `"${query}" ${ms.toFixed(0)} ms`);
    console.log(`slowest keystrokes, ${name}: ${slowest.join(", ")}`);
  }
  console.log("results shown (of the first 6) for misspelled and correct words:");
  for (const query of CHECKED) {
    console.log(
      `  ${query.padEnd(16)} ours ${ours.found[query] ?? 0}   Pagefind ${theirs?.found[query] ?? 0}`,
    );
  }
  const list: Budget[] = [];
  if (papers === 10_000) {
    list.push(
      {
        label: "10k: npm run papers:validate",
        value: content.validation.seconds,
        limit: 5,
        unit: "s",
      },
      { label: "10k: related papers", value: content.related.seconds, limit: 10, unit: "s" },
      { label: "10k: keystroke to results p95", value: p(ours, 0.95), limit: 50, unit: "ms" },
      {
        label: "10k: first results after the first query",
        value: ours.firstResultsMs,
        limit: 300,
        unit: "ms",
      },
      {
        label: "10k: first one-word query download",
        value: ours.firstQueryGzipBytes / KiB,
        limit: 400,
        unit: "KiB gzip",
      },
      { label: "10k: longest main-thread task", value: ours.longestTaskMs, limit: 50, unit: "ms" },
    );
  }
  if (papers === 50_000) {
    list.push({
      label: "50k: keystroke to results p95",
      value: p(ours, 0.95),
      limit: 100,
      unit: "ms",
    });
  }
  list.push({
    label: "JS before touching search",
    value: ours.scriptBeforeSearchGzipBytes / KiB,
    limit: 5,
    unit: "KiB gzip",
  });
  if (theirs) {
    list.push(
      {
        label: "first results vs Pagefind (ours − theirs)",
        value: ours.firstResultsMs - theirs.firstResultsMs,
        limit: 0,
        unit: "ms",
      },
      {
        label: "keystroke p95 vs Pagefind (ours − theirs)",
        value: p(ours, 0.95) - p(theirs, 0.95),
        limit: 0,
        unit: "ms",
      },
      {
        label: "first query download vs Pagefind (ours − theirs)",
        value: (ours.firstQueryGzipBytes - theirs.firstQueryGzipBytes) / KiB,
        limit: 0,
        unit: "KiB",
      },
    );
  }
  const result = budgets(list);
  console.log(result.text);
  return result.passed;
}
