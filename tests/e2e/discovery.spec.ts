import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { xmlWellFormedness } from "../support/xml.ts";
import { parseFeed, parseRssFeed } from "feedsmith";
import { attributeValues, expect, test } from "./support/site-test.ts";

// The fixture paper with two authors, an arXiv id, math in its abstract and `</script>` in its title.
const TRICKY = "/papers/2411.20010/";
const TITLE = 'Escaping </script> & "Quotes" in Ångström-Scale Attention';
const SITE = "https://daily-papers.example.org";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The content of each `<meta>` with this name (or OpenGraph property), in order. */
function meta(page: Page, name: string): Promise<(string | null)[]> {
  return attributeValues(page.locator(`meta[name="${name}"], meta[property="${name}"]`), "content");
}

test.describe("a paper page's metadata", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(TRICKY);
  });

  test("shows the title as text, not markup", async ({ page }) => {
    await expect(page).toHaveTitle(`${TITLE} · Daily Papers`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(page.locator("main b")).toHaveCount(0);
  });

  test("has Highwire Press citation tags for Google Scholar and reference managers", async ({
    page,
  }) => {
    expect(await meta(page, "citation_title")).toEqual([TITLE]);
    expect(await meta(page, "citation_author")).toEqual(["Emilie du Chatelet", "Ada Lovelace"]);
    expect(await meta(page, "citation_publication_date")).toEqual(["2024/11/28"]);
    expect(await meta(page, "citation_online_date")).toEqual(["2024/11/28"]);
    expect(await meta(page, "citation_arxiv_id")).toEqual(["2411.20010"]);
    expect(await meta(page, "citation_pdf_url")).toEqual(["https://arxiv.org/pdf/2411.20010"]);
    const [abstract] = await meta(page, "citation_abstract");
    expect(abstract).toMatch(/^Attention at the Ångström scale costs <1% more & keeps "quotes"/);
    expect(abstract).toContain("\\|x\\|_2 < \\varepsilon");
    // Without a DOI of its own, an arXiv paper has the one arXiv registers for it.
    expect(await meta(page, "citation_doi")).toEqual(["10.48550/arXiv.2411.20010"]);
    expect(await meta(page, "citation_publisher")).toEqual(["arXiv"]);
  });

  test("has one schema.org ScholarlyArticle whose title cannot break out of its script", async ({
    page,
  }) => {
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const article: unknown = JSON.parse((await scripts.textContent()) ?? "");
    expect(article).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: TITLE,
      name: TITLE,
      author: [
        { "@type": "Person", name: "Emilie du Chatelet" },
        { "@type": "Person", name: "Ada Lovelace" },
      ],
      datePublished: "2024-11-28",
      abstract: expect.stringContaining("café-sized models"),
      keywords: ["attention", "high-energy-physics"],
      identifier: [{ "@type": "PropertyValue", propertyID: "arXiv", value: "2411.20010" }],
      sameAs: ["https://arxiv.org/abs/2411.20010"],
      url: `${SITE}${TRICKY}`,
      mainEntityOfPage: `${SITE}${TRICKY}`,
    });
    // Had the title closed the script element, the rest of the JSON would show as text on the page.
    await expect(page.locator("body")).not.toContainText("@context");
  });

  test("has OpenGraph and Twitter card tags, a canonical URL and a description", async ({
    page,
  }) => {
    expect(await meta(page, "og:type")).toEqual(["article"]);
    expect(await meta(page, "og:title")).toEqual([TITLE]);
    expect(await meta(page, "og:url")).toEqual([`${SITE}${TRICKY}`]);
    expect(await meta(page, "og:site_name")).toEqual(["Daily Papers"]);
    expect(await meta(page, "article:tag")).toEqual(["attention", "high-energy-physics"]);
    expect(await meta(page, "twitter:card")).toEqual(["summary"]);
    expect(await meta(page, "twitter:title")).toEqual([TITLE]);
    const [description] = await meta(page, "description");
    expect(description).toMatch(/^Attention at the Ångström scale costs <1% more/);
    expect(await meta(page, "og:description")).toEqual([description]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE}${TRICKY}`);
  });

  test("renders the math of the abstract and cites the paper in BibTeX and plain text", async ({
    page,
  }) => {
    await expect(page.getByRole("region", { name: "Abstract" }).locator(".katex")).toHaveCount(2);
    expect(await page.locator("#bibtex").textContent()).toBe(
      [
        "@misc{chatelet2024escaping,",
        `  title = {Escaping </script> \\& "Quotes" in Ångström-Scale Attention},`,
        "  author = {Emilie du Chatelet and Ada Lovelace},",
        "  year = {2024},",
        "  eprint = {2411.20010},",
        "  archivePrefix = {arXiv},",
        "  url = {https://arxiv.org/abs/2411.20010},",
        "}",
      ].join("\n"),
    );
    await expect(page.locator("#citation")).toHaveText(
      `Emilie du Chatelet, Ada Lovelace. ${TITLE}. arXiv:2411.20010, 2024.`,
    );
  });

  test("links its authors and tags to their pages and lists related papers", async ({ page }) => {
    const authors = page.getByRole("list", { name: "Authors" }).getByRole("link");
    await expect(authors).toHaveText(["Emilie du Chatelet", "Ada Lovelace"]);
    expect(await attributeValues(authors, "href")).toEqual([
      "/authors/emilie-du-chatelet/",
      "/authors/ada-lovelace/",
    ]);
    const tags = page.getByRole("list", { name: "Tags" }).getByRole("link");
    expect(await attributeValues(tags, "href")).toEqual([
      "/tags/attention/",
      "/tags/high-energy-physics/",
    ]);
    const related = page.getByRole("region", { name: "Related papers" }).getByRole("link");
    const count = await related.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    // The only other paper on sparse attention shares a tag and the most words with this one.
    await expect(related.first()).toHaveText("Monday Paper on Sparse Attention");
    await related.first().click();
    await expect(page).toHaveURL("/papers/2507.20001/");
  });
});

test.describe("feeds", () => {
  test("every page names the site's RSS, Atom and JSON feeds, which parse as such", async ({
    page,
  }) => {
    // A journey through several pages, each a full load: more than one page's worth of time.
    test.setTimeout(90_000);
    for (const path of ["./", "archive/", TRICKY, "tags/"]) {
      await page.goto(path);
      const alternates = page.locator('head link[rel="alternate"]');
      expect(await attributeValues(alternates, "type"), path).toEqual([
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
      ]);
      expect(await attributeValues(alternates, "href"), path).toEqual([
        "/rss.xml",
        "/atom.xml",
        "/feed.json",
      ]);
    }
    for (const [href, format] of [
      ["/rss.xml", "rss"],
      ["/atom.xml", "atom"],
      ["/feed.json", "json"],
    ] as const) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.text();
      if (format !== "json") expect(xmlWellFormedness(body), href).toBe(true);
      expect(parseFeed(body).format, href).toBe(format);
    }
  });

  test("the RSS feed carries every paper, newest first, with its tricky title intact", async ({
    page,
  }) => {
    const rss = parseRssFeed(await (await page.request.get("/rss.xml")).text());
    expect(rss.items).toHaveLength(12);
    expect(rss.items?.[0]?.guid).toEqual({ value: "2508.00001", isPermaLink: false });
    const tricky = rss.items?.find((item) => item.guid?.value === "2411.20010");
    expect(tricky?.title).toBe(TITLE);
    expect(tricky?.link).toBe(`${SITE}${TRICKY}`);
    expect(tricky?.dc?.creators).toEqual(["Emilie du Chatelet", "Ada Lovelace"]);
    expect(tricky?.content?.encoded).toContain('class="katex"');
  });

  test("the home page and the footer link to the feeds", async ({ page }) => {
    await page.goto("./");
    const home = page.locator("main").getByRole("link", { name: /^(RSS|Atom|JSON Feed)$/ });
    const footer = page.locator("footer").getByRole("link", { name: /^(RSS|Atom|JSON Feed)$/ });
    for (const links of [home, footer]) {
      expect(await attributeValues(links, "href")).toEqual(["/rss.xml", "/atom.xml", "/feed.json"]);
    }
  });

  test("a tag's page names and links its own RSS feed, which has only that tag's papers", async ({
    page,
  }) => {
    await page.goto("tags/attention/");
    await expect(
      page.locator('head link[rel="alternate"][href="/tags/attention/rss.xml"]'),
    ).toHaveAttribute("title", "Daily Papers: attention (RSS)");
    await expect(page.getByRole("link", { name: "RSS feed of this tag" })).toHaveAttribute(
      "href",
      "/tags/attention/rss.xml",
    );
    const body = await (await page.request.get("/tags/attention/rss.xml")).text();
    expect(xmlWellFormedness(body)).toBe(true);
    const rss = parseRssFeed(body);
    expect(rss.items?.map((item) => item.guid?.value)).toEqual(["2507.20001", "2411.20010"]);
  });

  test("robots.txt points at the sitemap, which lists the site's pages", async ({ page }) => {
    expect(await (await page.request.get("/robots.txt")).text()).toContain(
      `Sitemap: ${SITE}/sitemap-index.xml`,
    );
    const sitemap = await (await page.request.get("/sitemap-0.xml")).text();
    expect(xmlWellFormedness(sitemap)).toBe(true);
    for (const path of [
      "",
      "tags/",
      "tags/attention/",
      "authors/ada-lovelace/",
      "papers/2411.20010/",
    ]) {
      expect(sitemap).toContain(`<loc>${SITE}/${path}</loc>`);
    }
  });
});

test.describe("tags and authors", () => {
  test("the tags page lists every tag with its count, most used first", async ({ page }) => {
    await page.goto("tags/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tags");
    await expect(page.locator("main li")).toHaveText([
      /^attention\s*2 papers$/,
      /^high-energy-physics\s*2 papers$/,
      /^fine-tuning\s*1 paper$/,
      /^multimodal\s*1 paper$/,
      /^quantization\s*1 paper$/,
      /^security\s*1 paper$/,
      /^survey\s*1 paper$/,
      /^vision\s*1 paper$/,
    ]);
    await page.getByRole("link", { name: "high-energy-physics" }).click();
    await expect(page).toHaveURL("/tags/high-energy-physics/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Papers tagged “high-energy-physics”",
    );
    await expect(page.getByRole("article").getByRole("heading", { level: 3 })).toHaveText([
      "An Old-Style Identifier in High-Energy Theory",
      TITLE,
    ]);
  });

  test("a tag on a card leads to the tag's papers, and the footer to every tag", async ({
    page,
  }) => {
    // A journey through several pages, each a full load: more than one page's worth of time.
    test.setTimeout(90_000);
    await page.goto("./");
    const card = page.getByRole("article").filter({ hasText: "Thumbnails Beside Their Papers" });
    await card.getByRole("link", { name: "vision" }).click();
    await expect(page).toHaveURL("/tags/vision/");
    await expect(page.getByText("1 paper", { exact: true }).first()).toBeVisible();
    await page.getByRole("link", { name: "Browse papers by tag" }).click();
    await expect(page).toHaveURL("/tags/");
  });

  test("name variants that differ only in accents or case lead to one author page", async ({
    page,
  }) => {
    // A journey through several pages, each a full load: more than one page's worth of time.
    test.setTimeout(90_000);
    await page.goto("/papers/hep-th-9901001/");
    await page.getByRole("list", { name: "Authors" }).getByRole("link").click();
    await expect(page).toHaveURL("/authors/emilie-du-chatelet/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Papers by Émilie du Châtelet",
    );
    await expect(page.getByRole("article").getByRole("heading", { level: 3 })).toHaveText([
      "An Old-Style Identifier in High-Energy Theory",
      TITLE,
    ]);
    await page.getByRole("link", { name: TITLE, exact: true }).click();
    await page
      .getByRole("list", { name: "Authors" })
      .getByRole("link", { name: "Emilie du Chatelet" })
      .click();
    await expect(page).toHaveURL("/authors/emilie-du-chatelet/");
  });

  test("a short list has no page links", async ({ page }) => {
    await page.goto("/authors/ada-lovelace/");
    await expect(page.getByText(/^4 papers · RSS feed of this author$/)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of [
      "tags/",
      "tags/attention/",
      "authors/emilie-du-chatelet/",
      TRICKY.slice(1),
    ]) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          elements: violation.nodes.map((node) => node.target.join(" ")),
        }));
        expect(violations).toEqual([]);
      });
    }
  });
}
