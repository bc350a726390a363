import {
  expect,
  test as base,
  type ConsoleMessage,
  type Locator,
  type Page,
} from "@playwright/test";

/** What a test tells the watcher about the site's answers it expects. */
export interface SiteWatch {
  /** Declares that the site answers this path (relative to the base URL) with its 404 page. */
  expectNotFound(path: string): void;
  /** Declares that requests to every path starting with this one are made to fail by the test itself. */
  expectFailures(pathPrefix: string): void;
  /** Declares that console errors matching this pattern are the test's own doing. */
  expectConsoleErrors(pattern: RegExp): void;
}

// Chromium reports every failed load on the console too; for a failure the test asked for, that is no error.
const FAILED_LOAD = /^Failed to load resource: the server responded with a status of \d{3}\b/;

/**
 * The Playwright `test` for every browser test of the site: it fails the test when any page visited
 * logs a console error, throws, requests anything outside the site (or, under a base path, outside
 * that path), or gets an error status or failed load from the site.
 */
export const test = base.extend<{ siteWatch: SiteWatch }>({
  siteWatch: [
    async ({ page, baseURL }, use) => {
      if (!baseURL) throw new Error("playwright.config.ts: each project needs a `use.baseURL`");
      const problems: string[] = [];
      const expectedMissing = new Set<string>();
      const failing: string[] = [];
      const expectedErrors: RegExp[] = [];
      const isExpectedMissing = (url: string) =>
        expectedMissing.has(withoutHash(url)) || failing.some((prefix) => url.startsWith(prefix));
      const isExpectedError = (text: string) =>
        expectedErrors.some((pattern) => pattern.test(text));
      watchPage(page, baseURL, problems, isExpectedMissing, isExpectedError);
      // Browser tests never touch the network: whatever would leave the site is stopped (and reported).
      await page.route(
        (url) => !url.href.startsWith(baseURL),
        (route) => route.abort("blockedbyclient"),
      );
      await use({
        expectNotFound: (path) => expectedMissing.add(withoutHash(new URL(path, baseURL).href)),
        expectFailures: (pathPrefix) => failing.push(new URL(pathPrefix, baseURL).href),
        expectConsoleErrors: (pattern) => expectedErrors.push(pattern),
      });
      expect(problems, "problems on the pages this test visited").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

function watchPage(
  page: Page,
  baseURL: string,
  problems: string[],
  isExpectedMissing: (url: string) => boolean,
  isExpectedError: (text: string) => boolean,
): void {
  const onSite = (url: string) => url.startsWith(baseURL);
  page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    const source = message.location().url;
    if (FAILED_LOAD.test(message.text()) && isExpectedMissing(source)) return;
    if (isExpectedError(message.text())) return;
    problems.push(`console error on ${page.url()}: ${message.text()} (${source})`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !onSite(url)) {
      problems.push(`${page.url()} requested ${url}, outside the site ${baseURL}`);
    }
  });
  page.on("response", (response) => {
    const url = response.url();
    if (onSite(url) && response.status() >= 400 && !isExpectedMissing(url)) {
      problems.push(`${url} answered ${response.status()}`);
    }
  });
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "unknown error";
    // Leaving a page cancels its pending loads; that is the browser's doing, not the site's.
    if (onSite(request.url()) && error !== "net::ERR_ABORTED") {
      problems.push(`${request.url()} failed to load: ${error}`);
    }
  });
}

function withoutHash(url: string): string {
  return url.split("#")[0] ?? url;
}

/** The values of one attribute on every element a locator finds, in document order. */
export function attributeValues(locator: Locator, name: string): Promise<(string | null)[]> {
  return locator.evaluateAll(
    (elements, attribute) => elements.map((element) => element.getAttribute(attribute)),
    name,
  );
}
