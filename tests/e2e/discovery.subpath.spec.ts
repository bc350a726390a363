import { parseJsonFeed, parseRssFeed } from "feedsmith";
import { attributeValues, expect, test } from "./support/site-test.ts";

// This project serves the site under /daily-papers/; paths here are relative to that base URL.
const BASE = "/daily-papers/";
const SITE = "https://daily-papers.example.org";

test("feeds are named under the base path and link every paper by its absolute URL there", async ({
  page,
}) => {
  await page.goto("tags/attention/");
  expect(await attributeValues(page.locator('head link[rel="alternate"]'), "href")).toEqual([
    `${BASE}rss.xml`,
    `${BASE}atom.xml`,
    `${BASE}feed.json`,
    `${BASE}tags/attention/rss.xml`,
  ]);
  const rss = parseRssFeed(await (await page.request.get("rss.xml")).text());
  expect(rss.link).toBe(`${SITE}${BASE}`);
  expect(rss.items?.find((item) => item.guid?.value === "2411.20010")?.link).toBe(
    `${SITE}${BASE}papers/2411.20010/`,
  );
  const json = parseJsonFeed(JSON.parse(await (await page.request.get("feed.json")).text()));
  expect(json.feed_url).toBe(`${SITE}${BASE}feed.json`);
  const tag = parseRssFeed(await (await page.request.get("tags/attention/rss.xml")).text());
  expect(tag.link).toBe(`${SITE}${BASE}tags/attention/`);
});

test("a paper's metadata and the sitemap name URLs under the base path", async ({ page }) => {
  await page.goto("papers/2411.20010/");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    "content",
    `${SITE}${BASE}papers/2411.20010/`,
  );
  const article = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "",
  ) as { url: string };
  expect(article.url).toBe(`${SITE}${BASE}papers/2411.20010/`);
  expect(await (await page.request.get("robots.txt")).text()).toContain(
    `Sitemap: ${SITE}${BASE}sitemap-index.xml`,
  );
  expect(await (await page.request.get("sitemap-index.xml")).text()).toContain(
    `<loc>${SITE}${BASE}sitemap-0.xml</loc>`,
  );
});

for (const path of ["tags/", "tags/attention/", "authors/emilie-du-chatelet/"]) {
  test(`every link of ${path} stays under the base path`, async ({ page, baseURL }) => {
    await page.goto(path);
    const origin = new URL(baseURL ?? "").origin;
    const hrefs = await page
      .locator("a[href], link[href]")
      .evaluateAll((elements) =>
        elements.map(
          (element) => new URL(element.getAttribute("href") ?? "", document.baseURI).href,
        ),
      );
    const onSite = hrefs.filter((href) => new URL(href).origin === origin);
    expect(onSite.length).toBeGreaterThan(5);
    expect(onSite.filter((href) => !new URL(href).pathname.startsWith(BASE))).toEqual([]);
  });
}
