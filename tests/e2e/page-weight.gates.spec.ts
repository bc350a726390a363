// Release gate: what each kind of page of the seed site loads, gzipped as a host sends it, keeps the
// budgets of tests/support/page-weight.ts, and comes from the site itself (fonts are the system's or
// KaTeX's, served by the site). The pages are found from the seed site's home page, so the gate
// follows the papers; KaTeX is checked on the fixture site, which has papers with and without math.
// Every figure is printed, for the release notes.
import { E2E_SITES, siteUrl } from "../../scripts/e2e-sites.ts";
import { KATEX_DIRECTORY, KATEX_STYLESHEET } from "../../src/lib/publish/katex-assets.ts";
import {
  describeWeight,
  gzipBytes,
  kib,
  measurePageWeight,
  thirdPartyRequests,
  WEIGHT_BUDGETS,
  type PageWeight,
  type WeightBudget,
} from "../support/page-weight.ts";
import { findSitePages, PAGE_TYPES, type PageType } from "../support/site-pages.ts";
import { expect, test } from "./support/site-test.ts";

const FIXTURE_SITE = E2E_SITES.find((site) => site.name === "root");
const WITH_MATH = "papers/2307.03381/";
const WITHOUT_MATH = "papers/hep-th-9901001/";
const PAPER_BUDGET = WEIGHT_BUDGETS.find((budget) => budget.pageTypes.includes("paper"));

let pages = new Map<PageType, string>();

test.beforeAll(async ({ browser }, testInfo) => {
  const seed = testInfo.project.use.baseURL;
  if (!seed) throw new Error("playwright.config.ts: the seed project needs a baseURL");
  const page = await browser.newPage();
  pages = new Map((await findSitePages(page, seed)).map(({ type, url }) => [type, url]));
  await page.close();
});

for (const type of PAGE_TYPES) {
  const budgets = WEIGHT_BUDGETS.filter((budget) => budget.pageTypes.includes(type));
  test(`the ${type} page keeps its budgets and loads nothing from elsewhere`, async ({ page }) => {
    const url = pages.get(type);
    if (!url) throw new Error(`no ${type} page was found on the seed site`);
    const weight = await measurePageWeight(page, url);
    console.log(`page weight, ${type} page ${url}: ${describeWeight(weight)}`);
    expect.soft(thirdPartyRequests(weight), `requests that left ${url}`).toEqual([]);
    for (const budget of budgets) expectWithin(weight, budget);
  });
}

test.describe("KaTeX", () => {
  if (!FIXTURE_SITE || !PAPER_BUDGET) throw new Error("no root site or paper budget to check");
  test.use({ baseURL: siteUrl(FIXTURE_SITE) });

  test("a paper without math loads no KaTeX stylesheet and no font at all", async ({
    page,
    baseURL,
  }) => {
    const weight = await measurePageWeight(page, new URL(WITHOUT_MATH, baseURL).href);
    console.log(`page weight, paper without math ${weight.url}: ${describeWeight(weight)}`);
    expect(weight.requests.filter((url) => url.includes(`/${KATEX_DIRECTORY}`))).toEqual([]);
    expect(weight.resources.filter((resource) => resource.kind === "font")).toEqual([]);
    expectWithin(weight, PAPER_BUDGET);
  });

  test("a paper with math loads KaTeX's stylesheet and fonts, from the site", async ({
    page,
    baseURL,
  }) => {
    const weight = await measurePageWeight(page, new URL(WITH_MATH, baseURL).href);
    console.log(`page weight, paper with math ${weight.url}: ${describeWeight(weight)}`);
    const katex = new URL(KATEX_DIRECTORY, baseURL).href;
    const urls = (kind: string) =>
      weight.resources.filter((resource) => resource.kind === kind).map(({ url }) => url);
    expect(urls("css")).toContain(new URL(KATEX_STYLESHEET, baseURL).href);
    expect(urls("font").length, "KaTeX fonts loaded").toBeGreaterThan(0);
    expect(urls("font").filter((url) => !url.startsWith(katex))).toEqual([]);
    expect(thirdPartyRequests(weight)).toEqual([]);
    expectWithin(weight, PAPER_BUDGET);
  });
});

function expectWithin(weight: PageWeight, budget: WeightBudget): void {
  const files = weight.resources
    .filter((resource) => budget.kinds.includes(resource.kind))
    .map((resource) => `${resource.url} ${kib(resource.gzipBytes)} KiB`);
  expect
    .soft(
      gzipBytes(weight, budget.kinds),
      `${budget.label} (≤ ${budget.limitKiB} KiB gzip) on ${weight.url}:\n${files.join("\n")}`,
    )
    .toBeLessThanOrEqual(budget.limitKiB * 1024);
}
