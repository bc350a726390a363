// `npm run bench -- --pages`: builds the seed papers (content/papers, only read) into a temporary
// folder, serves the site as a compressing host would, and reports for each kind of page (found from
// the home page, as the release gates find them) what it loads, gzipped, against the page-weight
// budgets of the gates, and its Lighthouse performance score in the mobile and desktop
// configurations, goal 100. Timing depends on the machine, which is why this is a bench and not a test.
import { mkdir, mkdtemp } from "node:fs/promises";
import path from "node:path";
import type { Result } from "lighthouse";
import type { Page } from "playwright-core";
import {
  FORM_FACTORS,
  launchAuditBrowser,
  runLighthouse,
  type AuditBrowser,
  type FormFactor,
} from "../tests/support/lighthouse.ts";
import { categoryScore } from "../tests/support/lighthouse-report.ts";
import {
  gzipBytes,
  measurePageWeight,
  thirdPartyRequests,
  WEIGHT_BUDGETS,
  type PageWeight,
} from "../tests/support/page-weight.ts";
import { findSitePages, type SitePage } from "../tests/support/site-pages.ts";
import { buildSite, removeBenchWork } from "./measure-build.ts";
import { budgets, grid, type Budget } from "./report.ts";
import { serveStatic } from "./static-server.ts";

const SEED_PAPERS = path.resolve("content/papers");
// The benchmark index under which Lighthouse's command line warns that the host CPU is too slow for
// its default throttling (lighthouse/core/gather/driver/environment.js).
const SLOW_HOST_INDEX = 1000;
const KINDS = ["html", "css", "js", "font", "other"] as const;
// Lighthouse's metrics, in the order its report shows them, with their units.
const METRICS: readonly [id: string, label: string, digits: number][] = [
  ["first-contentful-paint", "FCP ms", 0],
  ["largest-contentful-paint", "LCP ms", 0],
  ["total-blocking-time", "TBT ms", 0],
  ["cumulative-layout-shift", "CLS", 3],
  ["speed-index", "SI ms", 0],
];

/** One page's Lighthouse performance in one form factor: the median of `runs` runs. */
interface Performance {
  page: SitePage;
  formFactor: FormFactor;
  score: number;
  lhr: Result;
}

/**
 * Measures the seed site's pages, printing every figure and a PASS/FAIL line per budget and score;
 * `runs` Lighthouse runs per page and form factor give the median. True when everything passed.
 */
export async function benchPages(options: {
  workRoot: string;
  runs: number;
  keep: boolean;
}): Promise<boolean> {
  await mkdir(options.workRoot, { recursive: true });
  const work = await mkdtemp(path.join(options.workRoot, "pages-"));
  const outDir = path.join(work, "site");
  console.log(`\n=== seed site pages (${SEED_PAPERS}) in ${work}`);
  try {
    const build = await buildSite({ papersDir: SEED_PAPERS, outDir });
    console.log(`site built in ${build.seconds.toFixed(1)} s`);
    const server = await serveStatic(outDir, "/", { compress: true });
    const auditor = await launchAuditBrowser();
    try {
      const started = performance.now();
      const pages = await withPage(auditor, (page) => findSitePages(page, server.url));
      const weights: PageWeight[] = [];
      for (const page of pages) {
        weights.push(await withPage(auditor, (tab) => measurePageWeight(tab, page.url)));
      }
      console.log(weightTable(pages, weights));
      const scores: Performance[] = [];
      for (const page of pages) {
        for (const formFactor of FORM_FACTORS) {
          scores.push(await medianPerformance(auditor, page, formFactor, options.runs));
        }
      }
      console.log(performanceTable(scores));
      console.log(`measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      printHostNotes(scores);
      const result = budgets([...weightBudgets(pages, weights), ...scoreGoals(scores)]);
      console.log(result.text);
      return result.passed;
    } finally {
      await auditor.close();
      await server.close();
    }
  } finally {
    await removeBenchWork(work, outDir, options.keep);
  }
}

/** Runs `use` with a page of a fresh context, so nothing is cached from an earlier page. */
async function withPage<T>(auditor: AuditBrowser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await auditor.browser.newContext();
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

async function medianPerformance(
  auditor: AuditBrowser,
  page: SitePage,
  formFactor: FormFactor,
  runs: number,
): Promise<Performance> {
  const results: Performance[] = [];
  for (let run = 0; run < runs; run += 1) {
    const lhr = await runLighthouse(auditor, page.url, formFactor, ["performance"]);
    results.push({ page, formFactor, score: categoryScore(lhr, "performance") ?? 0, lhr });
  }
  results.sort((a, b) => a.score - b.score);
  return results[Math.floor(results.length / 2)] as Performance;
}

// Lighthouse's own warnings, and how fast this machine is for its mobile emulation.
function printHostNotes(scores: readonly Performance[]): void {
  for (const warning of new Set(scores.flatMap(({ lhr }) => lhr.runWarnings))) {
    console.log(`Lighthouse warns: ${warning}`);
  }
  const indexes = scores.map(({ lhr }) => lhr.environment.benchmarkIndex);
  const slowest = Math.min(...indexes);
  console.log(
    `Lighthouse ${scores[0]?.lhr.lighthouseVersion ?? ""}: this machine's benchmark index ` +
      `${slowest.toFixed(0)}–${Math.max(...indexes).toFixed(0)}`,
  );
  if (slowest < SLOW_HOST_INDEX) {
    console.log(
      `Below ${SLOW_HOST_INDEX}, Lighthouse's mobile CPU slowdown (4×) emulates a slower phone ` +
        "than it means to: the mobile Total Blocking Time and scores above are pessimistic.",
    );
  }
}

function weightTable(pages: readonly SitePage[], weights: readonly PageWeight[]): string {
  const rows = weights.map((weight, index) => [
    pages[index]?.type ?? "",
    ...KINDS.map((kind) => (gzipBytes(weight, [kind]) / 1024).toFixed(1)),
    (gzipBytes(weight, ["html", "css"]) / 1024).toFixed(1),
    String(weight.requests.length),
  ]);
  return grid([["page (KiB gzip)", ...KINDS, "html+css", "requests"], ...rows]);
}

function performanceTable(scores: readonly Performance[]): string {
  const rows = scores.map(({ page, formFactor, score, lhr }) => [
    `${page.type} (${formFactor})`,
    String(score),
    ...METRICS.map(([id, , digits]) => lhr.audits[id]?.numericValue?.toFixed(digits) ?? "—"),
  ]);
  return grid([["Lighthouse performance", "score", ...METRICS.map(([, label]) => label)], ...rows]);
}

function weightBudgets(pages: readonly SitePage[], weights: readonly PageWeight[]): Budget[] {
  return weights.flatMap((weight, index) => {
    const type = pages[index]?.type;
    const budgeted = WEIGHT_BUDGETS.filter((budget) => type && budget.pageTypes.includes(type));
    return [
      ...budgeted.map((budget) => ({
        label: `${type ?? ""} page: ${budget.label}`,
        value: gzipBytes(weight, budget.kinds) / 1024,
        limit: budget.limitKiB,
        unit: "KiB gzip",
      })),
      {
        label: `${type ?? ""} page: requests to other origins`,
        value: thirdPartyRequests(weight).length,
        limit: 0,
        unit: "requests",
      },
    ];
  });
}

function scoreGoals(scores: readonly Performance[]): Budget[] {
  return scores.map(({ page, formFactor, score }) => ({
    label: `Lighthouse performance, ${page.type} page (${formFactor})`,
    value: score,
    limit: 100,
    unit: "points",
    atLeast: true,
  }));
}
