import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/site-test.ts";

// Search loads its code and index in a worker on first use, which takes a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const HOSTILE_TITLE = `<img src=x onerror="document.body.dataset.injected='title'"> A Hostile Title`;

// The header box is a plain search box until search starts, and a combobox from then on.
const box = (page: Page) => page.getByLabel("Search papers", { exact: true });
const options = (page: Page) =>
  page.getByRole("listbox", { name: "Search results" }).getByRole("option");
const isSearchFile = (url: string) => /\/search-index\/|\/_astro\/(start|search-worker)/.test(url);

/** The URLs the page requests from now on that match `pattern`, as they come. */
function requestsTo(page: Page, pattern: RegExp): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (pattern.test(request.url())) urls.push(request.url());
  });
  return urls;
}

async function typeInHeader(page: Page, query: string): Promise<void> {
  await box(page).focus();
  await expect(page.getByRole("combobox", { name: "Search papers" })).toBeVisible();
  await box(page).pressSequentially(query);
  await expect(page.locator("[data-search-popup]")).toHaveAttribute("data-query", query);
}

test.describe("the header search box", () => {
  test("downloads nothing for search until it is focused", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto("./");
    await page.waitForLoadState("networkidle");
    expect(requests.filter(isSearchFile)).toEqual([]);
    const manifest = page.waitForRequest(/\/search-index\/manifest\.json$/);
    await box(page).focus();
    await manifest;
  });

  test("starts for a reader who focused the box and typed before the page's script ran", async ({
    page,
  }) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/SiteHeader[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto("./", { waitUntil: "commit" });
    await box(page).focus();
    await box(page).pressSequentially("quantization");
    release();
    await expect(options(page).first()).toContainText(/quantization/i);
  });

  test("shows matching papers as the reader types, with the matched words marked", async ({
    page,
  }) => {
    await page.goto("./");
    await typeInHeader(page, "quantization");
    await expect(box(page)).toHaveAttribute("aria-expanded", "true");
    await expect(options(page)).toHaveCount(1);
    const first = options(page).first();
    await expect(first).toContainText("Another Monday Paper on Quantization");
    await expect(first).toContainText("Charles Babbage, Ada Lovelace");
    await expect(first.locator("time")).toHaveAttribute("datetime", "2025-07-28");
    // Written at build time, in the site's language, as the site's own pages write it.
    await expect(first.locator("time")).toHaveText("Jul 28, 2025");
    await expect(first.locator("mark").first()).toHaveText("Quantization");
    await expect(page.locator("[data-search-status]")).toHaveText("1 paper found.");
  });

  test("formats nothing with Intl, whose locale data costs a first search tens of milliseconds", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const used: string[] = [];
      (window as unknown as { intlUsed: string[] }).intlUsed = used;
      for (const name of ["DateTimeFormat", "NumberFormat", "PluralRules"] as const) {
        const Original = Intl[name];
        Object.defineProperty(Intl, name, {
          value: new Proxy(Original, {
            construct: (target, args) => {
              used.push(name);
              return Reflect.construct(target, args) as object;
            },
          }),
        });
      }
      const toLocaleString = Reflect.get(Number.prototype, "toLocaleString");
      Object.defineProperty(Number.prototype, "toLocaleString", {
        value: new Proxy(toLocaleString, {
          apply: (target, self, args) => {
            used.push("toLocaleString");
            return String(Reflect.apply(target, self, args));
          },
        }),
      });
    });
    await page.goto("./");
    await typeInHeader(page, "quantization");
    await expect(options(page)).toHaveCount(1);
    expect(
      await page.evaluate(() => (window as unknown as { intlUsed: string[] }).intlUsed),
    ).toEqual([]);
    // The worker is out of reach of init scripts: its code is checked instead.
    const worker = page.workers().find((candidate) => candidate.url().includes("search-worker"));
    const code = await (await page.request.get(worker?.url() ?? "")).text();
    expect(code).not.toMatch(/\bIntl\.|toLocale/);
  });

  test("loads its fuzzy matcher only for a word the index does not know", async ({ page }) => {
    const fuzzy = requestsTo(page, /\/_astro\/fuse/);
    await page.goto("./");
    // In three papers, as is each word it starts from four letters on: nothing to match fuzzily.
    await typeInHeader(page, "monday");
    await expect(options(page)).toHaveCount(3);
    expect(fuzzy).toEqual([]);
    await box(page).fill("");
    await box(page).pressSequentially("quantizaton");
    await expect(page.locator("[data-search-popup]")).toHaveAttribute("data-query", "quantizaton");
    await expect(options(page).first()).toContainText("Another Monday Paper on Quantization");
    expect(fuzzy).toHaveLength(1);
  });

  test("forgives a typo and finds authors", async ({ page }) => {
    await page.goto("./");
    await typeInHeader(page, "quantizaton");
    await expect(options(page)).toHaveText([/Another Monday Paper on Quantization/]);
    await box(page).fill("");
    await typeInHeader(page, "babbage");
    await expect(options(page)).toHaveText([
      /Thumbnails Beside Their Papers/,
      /Another Monday Paper on Quantization/,
    ]);
  });

  test("arrow keys choose a result and Enter opens it", async ({ page }) => {
    await page.goto("./");
    await typeInHeader(page, "monday");
    await expect(options(page)).toHaveCount(3);
    await page.keyboard.press("ArrowDown");
    await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
    await expect(box(page)).toHaveAttribute(
      "aria-activedescendant",
      (await options(page).first().getAttribute("id")) ?? "",
    );
    await page.keyboard.press("ArrowDown");
    await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(options(page).first()).toHaveAttribute("aria-selected", "false");
    await page.keyboard.press("ArrowUp");
    const title = (await options(page).first().locator(".search-result-title").textContent()) ?? "";
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page).toHaveURL(/\/papers\/[^/]+\/$/);
  });

  test("each result is a link: Ctrl/Cmd or middle click opens it in a new tab, Enter here", async ({
    page,
    context,
  }) => {
    await page.goto("./");
    await typeInHeader(page, "quantization");
    const link = options(page).first();
    await expect(link).toHaveJSProperty("tagName", "A");
    await expect(link).toHaveAttribute("href", "/papers/2507.20002/");
    const here = page.url();
    for (const click of [
      { modifiers: ["ControlOrMeta" as const] },
      { button: "middle" as const },
    ]) {
      await box(page).focus();
      await expect(page.locator("[data-search-popup]")).toBeVisible();
      const opened = context.waitForEvent("page");
      await link.click(click);
      const tab = await opened;
      await expect(tab).toHaveURL(/\/papers\/2507\.20002\/$/);
      await tab.close();
      expect(page.url()).toBe(here);
    }
    await box(page).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/papers\/2507\.20002\/$/);
  });

  test("Escape closes the results and keeps the query", async ({ page }) => {
    await page.goto("./");
    await typeInHeader(page, "attention");
    await expect(page.locator("[data-search-popup]")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator("[data-search-popup]")).toBeHidden();
    await expect(box(page)).toHaveAttribute("aria-expanded", "false");
    await expect(box(page)).toHaveValue("attention");
    await expect(box(page)).toBeFocused();
  });

  test("“/” focuses the box from anywhere on the page", async ({ page }) => {
    await page.goto("papers/2307.03381/");
    await page.getByRole("link", { name: "Latest" }).focus();
    await page.keyboard.press("/");
    await expect(box(page)).toBeFocused();
    await expect(box(page)).toHaveValue("");
  });

  test("Enter without a chosen result opens the search page with every result", async ({
    page,
  }) => {
    await page.goto("./");
    await typeInHeader(page, "paper");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/search/?q=paper");
    await expect(page.locator("[data-search-results]")).toHaveAttribute("data-query", "paper");
    await expect(page.getByRole("status")).toHaveText(/^\d+ papers found for “paper”\.$/);
  });

  test("shows a title with markup in it as text and runs none of it", async ({ page }) => {
    await page.goto("./");
    await typeInHeader(page, "hostile");
    await expect(options(page).first().locator(".search-result-title")).toHaveText(HOSTILE_TITLE);
    await expect(options(page).first()).toContainText("Mallory <b>Bold</b>");
    await expect(page.locator("[data-search-popup] img, [data-search-popup] b")).toHaveCount(0);
    expect(await page.evaluate(() => document.body.dataset["injected"])).toBeUndefined();
  });

  test("says so when the index cannot be loaded", async ({ page, siteWatch }) => {
    siteWatch.expectFailures("search-index/");
    await page.route("**/search-index/**", (route) =>
      route.fulfill({ status: 500, body: "Internal Server Error" }),
    );
    await page.goto("./");
    await typeInHeader(page, "quantization");
    await expect(page.locator("[data-search-popup]")).toContainText("Search is unavailable");
    await expect(page.locator("[data-search-status]")).toContainText("Search is unavailable");
    await expect(options(page)).toHaveCount(0);
  });

  test("fetches the manifest once, and has the worker fetch it when the page could not", async ({
    page,
    siteWatch,
  }) => {
    const manifests = requestsTo(page, /\/search-index\/manifest\.json$/);
    await page.goto("./");
    await typeInHeader(page, "quantization");
    await expect(options(page)).toHaveCount(1);
    expect(manifests).toHaveLength(1);

    // The page's fetch fails once: the worker fetches the manifest itself and search works.
    siteWatch.expectFailures("search-index/manifest.json");
    let failed = false;
    await page.route("**/search-index/manifest.json", (route) => {
      if (failed) return route.continue();
      failed = true;
      return route.fulfill({ status: 503, body: "Service Unavailable" });
    });
    manifests.length = 0;
    await page.reload();
    await typeInHeader(page, "quantization");
    await expect(options(page)).toHaveCount(1);
    expect(failed).toBe(true);
    expect(manifests).toHaveLength(2);
  });
});

test.describe("the search page", () => {
  const results = (page: Page) => page.locator("[data-search-results] > li");
  const ready = (page: Page, query: string) =>
    expect(page.locator("[data-search-results]")).toHaveAttribute("data-query", query);

  test("reads ?q= and lists every result with its title, authors, date, tags and excerpt", async ({
    page,
  }) => {
    await page.goto("search/?q=monday");
    await expect(page.getByRole("searchbox", { name: "Search papers" })).toHaveValue("monday");
    await ready(page, "monday");
    await expect(results(page)).toHaveCount(3);
    await expect(page.getByRole("status")).toHaveText("3 papers found for “monday”.");
    const quantization = results(page).filter({ hasText: "Another Monday Paper on Quantization" });
    await expect(quantization.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute(
      "href",
      "/papers/2507.20002/",
    );
    await expect(quantization.locator("mark")).toHaveText(["Monday"]);
    await expect(quantization.getByRole("list", { name: "Tags" })).toHaveText("quantization");
    await expect(quantization.locator(".search-result-excerpt")).toHaveText(
      "Post-training quantization of large language models to four bits.",
    );
  });

  test("explains what to type when there is no query, and says when nothing matches", async ({
    page,
  }) => {
    await page.goto("search/");
    await expect(page.getByRole("status")).toHaveText(/^Type a word/);
    await page.getByRole("searchbox", { name: "Search papers" }).fill("xylophone");
    await ready(page, "xylophone");
    await expect(page.getByRole("status")).toHaveText(/^No papers match for “xylophone”/);
    await expect(results(page)).toHaveCount(0);
  });

  test("keeps the query in the URL, and Back returns to the previous search", async ({ page }) => {
    await page.goto("search/?q=quantization");
    await ready(page, "quantization");
    const input = page.getByRole("searchbox", { name: "Search papers" });
    await input.fill("");
    await input.pressSequentially("sparse");
    await ready(page, "sparse");
    await expect(page).toHaveURL("/search/?q=sparse");
    await input.press("Enter");
    await expect(page).toHaveURL("/search/?q=sparse");
    await input.fill("geodesic");
    await input.press("Enter");
    await ready(page, "geodesic");
    await expect(page).toHaveURL("/search/?q=geodesic");
    await page.goBack();
    await expect(page).toHaveURL("/search/?q=sparse");
    await expect(input).toHaveValue("sparse");
    await ready(page, "sparse");
    await expect(results(page)).toHaveText([/Monday Paper on Sparse Attention/]);
    await page.goBack();
    await expect(page).toHaveURL("/search/?q=quantization");
    await ready(page, "quantization");
    await expect(results(page)).toHaveText([/Another Monday Paper on Quantization/]);
  });

  test("filters by tag and by date range", async ({ page }) => {
    await page.goto("search/?q=paper");
    await ready(page, "paper");
    const all = await results(page).count();
    await page.getByLabel("Tag", { exact: true }).selectOption("vision");
    await expect(page).toHaveURL("/search/?q=paper&tag=vision");
    await expect(results(page)).toHaveText([/Thumbnails Beside Their Papers/]);
    await page.getByLabel("Tag", { exact: true }).selectOption("");
    await page.getByLabel("From").fill("2025-01-01");
    await page.getByLabel("To").fill("2025-01-31");
    await expect(page).toHaveURL("/search/?q=paper&from=2025-01-01&to=2025-01-31");
    await expect(results(page)).toHaveText([/New Year Paper/]);
    expect(all).toBeGreaterThan(1);
    await page.goto("search/?tag=quantization");
    await expect(results(page)).toHaveText([/Another Monday Paper on Quantization/]);
  });

  test("arrow keys move through the results and Escape goes back to the box", async ({ page }) => {
    await page.goto("search/?q=monday");
    await ready(page, "monday");
    const input = page.getByRole("searchbox", { name: "Search papers" });
    const links = results(page).getByRole("heading").getByRole("link");
    await input.focus();
    await page.keyboard.press("ArrowDown");
    await expect(links.first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(links.first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(input).toBeFocused();
    await page.keyboard.press("ArrowDown");
    const href = (await links.first().getAttribute("href")) ?? "";
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(href);
  });

  test("finds arXiv ids and exact phrases", async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent("arXiv:2307.03381v2")}`);
    await expect(results(page)).toHaveText([/Geodesic Multi-Modal Mixup/]);
    await page.goto(`search/?q=${encodeURIComponent('"large language models"')}`);
    await expect(results(page)).toHaveText([/Another Monday Paper on Quantization/]);
    await page.goto(`search/?q=${encodeURIComponent('"language large"')}`);
    await ready(page, '"language large"');
    await expect(results(page)).toHaveCount(0);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no WCAG 2.2 AA violations with results, in ${colorScheme} mode`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto("search/?q=monday");
      await ready(page, "monday");
      const results_ = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results_.violations.map((violation) => violation.id)).toEqual([]);
      await page.goto("./");
      await typeInHeader(page, "monday");
      await page.keyboard.press("ArrowDown");
      const dropdown = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(dropdown.violations.map((violation) => violation.id)).toEqual([]);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box leads to the search page, which says search needs JavaScript", async ({
    page,
  }) => {
    await page.goto("./");
    const input = box(page);
    await input.fill("quantization");
    await input.press("Enter");
    await expect(page).toHaveURL("/search/?q=quantization");
    await expect(page.getByText("Search runs in your browser and needs JavaScript")).toBeVisible();
    await page.getByRole("link", { name: "archive", exact: true }).click();
    await expect(page).toHaveURL("/archive/");
  });
});
