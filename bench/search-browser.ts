// Measures a search box in headless Chromium the way a reader meets it: a cold first query entered
// right after focusing the box, then keystroke after keystroke over a scripted list of queries.
// The first query arrives as one input (as when pasted, or typed before the search code is there),
// so that "first results" times the search, cold, and not how fast the bench can press keys: typed
// key by key, Playwright's own keystrokes would add their time to either engine.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { gzipSize } from "./gzip-size.ts";
import { gzipBytes, measurePageWeight } from "../tests/support/page-weight.ts";

/** Which search box to drive and how to tell that it shows results. */
export interface SearchTarget {
  name: string;
  /** The page to open, with the site's base URL. */
  pageUrl: string;
  /** The search box. */
  input: string;
  /** The element that gets `data-query` set to the query whose results it shows. */
  results: string;
  /** The results inside it. */
  result: string;
}

/** What the bench found for one search. */
export interface SearchMeasurement {
  /** Milliseconds from entering the cold first query to its first results shown. */
  firstResultsMs: number;
  /** Bytes the first query downloaded, from focusing the box to its results: as sent gzipped, and raw. */
  firstQueryGzipBytes: number;
  firstQueryBytes: number;
  firstQueryRequests: string[];
  /** JavaScript the page loads before the reader touches search, gzipped. */
  scriptBeforeSearchGzipBytes: number;
  /** Keystroke-to-results latencies over the scripted queries, in milliseconds. */
  keystrokes: number[];
  /** The slowest keystrokes: what the box held after each, and its latency. */
  slowest: { query: string; ms: number }[];
  /**
   * The longest main-thread task from focusing the search box to the last search, in milliseconds, as the
   * Long Tasks API reports them: 0 when no task took over 50 ms.
   */
  longestTaskMs: number;
  /** How many main-thread tasks took over 50 ms. */
  longTasks: number;
  /** For each query checked for results: how many it found. */
  found: Record<string, number>;
}

const INSTRUMENT = () => {
  const state = {
    lastKey: 0,
    lastRender: 0,
    firstResults: 0,
    longTasks: [] as number[],
  };
  (window as unknown as { __bench: typeof state }).__bench = state;
  document.addEventListener("keydown", (event) => (state.lastKey = event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
};

/** Drives one search box: the cold first query, then the scripted queries, one key at a time. */
export async function measureSearch(
  browser: Browser,
  target: SearchTarget,
  siteDir: string,
  firstQuery: string,
  queries: readonly string[],
  checked: readonly string[],
): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A busy machine can stall a page for many seconds; the bench measures, it does not time out.
  page.setDefaultTimeout(180_000);
  await page.addInitScript(INSTRUMENT);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  // Counted as the page-weight gate counts it (tests/support/page-weight.ts).
  const loaded = await measurePageWeight(page, target.pageUrl);
  const scriptBeforeSearchGzipBytes = gzipBytes(loaded, ["js"]);
  requests.length = 0;
  await watchResults(page, target);
  await primeHarness(page, target.input);

  // Only tasks during search count, not those of loading the page.
  await page.evaluate(() => {
    (window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks.length = 0;
  });
  await page.focus(target.input);
  await page.keyboard.insertText(firstQuery);
  await waitForResults(page, target, firstQuery);
  const firstResultsMs = await page.evaluate(() => {
    const state = (window as unknown as { __bench: { firstResults: number; firstKey: number } })
      .__bench;
    return state.firstResults - state.firstKey;
  });
  const firstQueryRequests = [...requests];
  const firstQuery_ = await transferSizes(firstQueryRequests, target.pageUrl, siteDir);

  const keystrokes: { query: string; ms: number }[] = [];
  for (const query of queries) {
    await clear(page, target);
    for (const character of query) {
      await page.keyboard.type(character);
      const value = await page.inputValue(target.input);
      await waitForResults(page, target, value);
      // One-letter queries are not searched by every engine; only from two letters on is it a search.
      if (value.trim().length >= 2) {
        const ms = await page.evaluate(() => {
          const state = (window as unknown as { __bench: { lastKey: number; lastRender: number } })
            .__bench;
          return state.lastRender - state.lastKey;
        });
        keystrokes.push({ query: value, ms });
      }
    }
  }
  const found: Record<string, number> = {};
  for (const query of checked) {
    await clear(page, target);
    await page.keyboard.type(query);
    await waitForResults(page, target, query);
    found[query] = await page.locator(`${target.results} ${target.result}`).count();
  }
  const longTasks = await page.evaluate(
    () => (window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks,
  );
  await context.close();
  return {
    firstResultsMs,
    firstQueryGzipBytes: firstQuery_.gzip,
    firstQueryBytes: firstQuery_.raw,
    firstQueryRequests,
    scriptBeforeSearchGzipBytes,
    keystrokes: keystrokes.map(({ ms }) => ms),
    slowest: [...keystrokes].sort((a, b) => b.ms - a.ms).slice(0, 5),
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    found,
  };
}

/**
 * Makes, once, each kind of Playwright call the measurement makes, before anything is measured. The
 * first such call compiles Playwright's own scripts on the page's main thread: during
 * the first query, that was counted as the page's long task and delayed its first results.
 */
export async function primeHarness(page: Page, input: string): Promise<void> {
  await page.locator(input).count();
  await page.inputValue(input);
  await page.waitForFunction(() => true);
}

async function watchResults(page: Page, target: SearchTarget): Promise<void> {
  await page.evaluate(
    ({ results, result, input }) => {
      const state = (
        window as unknown as {
          __bench: { lastRender: number; firstResults: number; firstKey: number; lastKey: number };
        }
      ).__bench;
      const box = document.querySelector<HTMLInputElement>(input);
      box?.addEventListener(
        "input",
        (event) => {
          state.firstKey = event.timeStamp;
        },
        { once: true, capture: true },
      );
      new MutationObserver(() => {
        const list = document.querySelector<HTMLElement>(results);
        if (!list || list.dataset["query"] !== box?.value) return;
        state.lastRender = performance.now();
        if (!state.firstResults && list.querySelectorAll(result).length > 0) {
          state.firstResults = state.lastRender;
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    { results: target.results, result: target.result, input: target.input },
  );
}

function waitForResults(
  page: Page,
  target: SearchTarget,
  query: string,
  timeout = 60_000,
): Promise<unknown> {
  return page.waitForFunction(
    ({ results, input, value }) =>
      document.querySelector<HTMLElement>(results)?.dataset["query"] === value &&
      document.querySelector<HTMLInputElement>(input)?.value === value,
    { results: target.results, input: target.input, value: query },
    { timeout },
  );
}

async function clear(page: Page, target: SearchTarget): Promise<void> {
  await page.fill(target.input, "");
  await page.dispatchEvent(target.input, "input");
  // An empty box may show nothing at all rather than an empty list; a short wait covers both.
  await waitForResults(page, target, "", 2000).catch(() => undefined);
}

async function transferSizes(
  urls: readonly string[],
  siteUrl: string,
  siteDir: string,
): Promise<{ raw: number; gzip: number }> {
  const base = new URL(siteUrl);
  const basePath = base.pathname.replace(/[^/]*$/, "");
  let raw = 0;
  let gzip = 0;
  for (const url of new Set(urls)) {
    const parsed = new URL(url);
    if (parsed.origin !== base.origin || !parsed.pathname.startsWith(basePath)) continue;
    let file = path.join(siteDir, decodeURIComponent(parsed.pathname.slice(basePath.length)));
    if (file.endsWith("/")) file = path.join(file, "index.html");
    const content = await readFile(file).catch(() => undefined);
    if (!content) continue;
    raw += content.length;
    gzip += gzipSize(content);
  }
  return { raw, gzip };
}

/**
 * Several passes of the same search as one measurement: every pass's keystrokes together, so that
 * their percentiles rest on all of them; the slowest keystrokes and the longest task of any pass;
 * the median pass's first results; the first pass's downloads and results found, which do not
 * change from pass to pass.
 */
export function poolMeasurements(passes: readonly SearchMeasurement[]): SearchMeasurement {
  const [first] = passes;
  if (!first) throw new RangeError("poolMeasurements needs at least one pass");
  const slowest = passes
    .flatMap((pass) => pass.slowest)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, first.slowest.length);
  return {
    ...first,
    firstResultsMs: percentile(
      passes.map((pass) => pass.firstResultsMs),
      0.5,
    ),
    keystrokes: passes.flatMap((pass) => pass.keystrokes),
    slowest,
    longestTaskMs: Math.max(...passes.map((pass) => pass.longestTaskMs)),
    longTasks: passes.reduce((sum, pass) => sum + pass.longTasks, 0),
  };
}

/** The value below which `share` of the numbers fall (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
}
