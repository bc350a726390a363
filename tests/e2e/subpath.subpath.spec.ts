import { expect, test } from "./support/site-test.ts";

// This project serves the site under /daily-papers/; paths here are relative to that base URL.
const BASE = "/daily-papers/";

for (const path of [
  "./",
  "date/2025-07-31/",
  "papers/2507.00001/",
  "papers/2307.03381/",
  "archive/",
  "archive/2024/",
]) {
  test(`every link and resource of ${path} stays under the base path`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(path);
    const urls = await page
      .locator("a[href], link[href], img[src], script[src]")
      .evaluateAll((elements) =>
        elements.map((element) => {
          const value = element.getAttribute(element.matches("a, link") ? "href" : "src") ?? "";
          return new URL(value, document.baseURI).href;
        }),
      );
    const origin = new URL(baseURL ?? "").origin;
    const onSite = urls.filter((url) => new URL(url).origin === origin);
    expect(onSite.length).toBeGreaterThan(5);
    expect(onSite.filter((url) => !new URL(url).pathname.startsWith(BASE))).toEqual([]);
  });
}

test("links lead from the home page to a day, a paper, the archive and back under the base path", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByRole("link", { name: "Thursday, July 31, 2025" }).click();
  await expect(page).toHaveURL(`${BASE}date/2025-07-31/`);
  await page
    .getByRole("link", { name: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning", exact: true })
    .click();
  await expect(page).toHaveURL(`${BASE}papers/2307.03381/`);
  await page.getByRole("link", { name: "Next paper" }).click();
  await expect(page).toHaveURL(`${BASE}papers/hep-th-9901001/`);
  await page.getByRole("link", { name: "Papers of Thursday, July 31, 2025" }).click();
  await expect(page).toHaveURL(`${BASE}date/2025-07-31/`);
  await page.getByRole("link", { name: "July 2025" }).click();
  await expect(page).toHaveURL(`${BASE}month/2025-07/`);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Archive" })
    .click();
  await expect(page).toHaveURL(`${BASE}archive/`);
  await page
    .getByRole("link")
    .filter({ hasText: /^1: 1 paper$/ })
    .click();
  await expect(page).toHaveURL(`${BASE}date/2025-08-01/`);
  await page.getByRole("link", { name: "Daily Papers" }).first().click();
  await expect(page).toHaveURL(BASE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daily Papers");
});

test("KaTeX's stylesheet and fonts load under the base path", async ({ page }) => {
  await page.goto("papers/2307.03381/");
  const stylesheet = page.locator('link[rel="stylesheet"][href*="katex"]');
  await expect(stylesheet).toHaveAttribute(
    "href",
    /^\/daily-papers\/katex\/[^/]+\/katex\.min\.css$/,
  );
  const href = await stylesheet.evaluate((link) => (link as HTMLLinkElement).href);
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/css\b/);
  await expect(page.locator(".katex").first()).toHaveCSS("font-family", /KaTeX_Main/);
  const loadedFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((font) => font.status === "loaded")
      .map((font) => font.family.replace(/"/g, ""));
  });
  expect(loadedFonts).toContain("KaTeX_Main");
});

test("a paper's thumbnail loads under the base path", async ({ page }) => {
  const thumbnailResponse = page.waitForResponse((response) =>
    /\/_astro\/2507\.00001\.[^/]+\.webp$/.test(new URL(response.url()).pathname),
  );
  await page.goto("papers/2507.00001/");
  const thumbnail = page.getByRole("img", { name: "Figure from “Thumbnails Beside Their Papers”" });
  await expect(thumbnail).toHaveAttribute("src", /^\/daily-papers\/_astro\//);
  const response = await thumbnailResponse;
  expect(response.status()).toBe(200);
  expect(new URL(response.url()).pathname.startsWith(`${BASE}_astro/`)).toBe(true);
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
});

test("a missing page under the base path shows the 404 page, whose links stay under it", async ({
  page,
  siteWatch,
}) => {
  siteWatch.expectNotFound("papers/no-such-paper/");
  const response = await page.goto("papers/no-such-paper/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "See the latest papers" }).click();
  await expect(page).toHaveURL(BASE);
});
