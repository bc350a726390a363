import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { xmlWellFormedness } from "../support/xml.ts";
import { parseFeed, parseJsonFeed, parseOpml, parseRssFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import siteConfig from "../../site.config.ts";
import { BUILD_TIMEOUT_MS, buildSite, projectRoot, removeBuild } from "./support/build-site.ts";

// The tricky papers of tests/fixtures/feeds/papers, plus enough generated ones that a tag's and an
// author's list run to three pages and the feeds have more papers than they carry.
const outDir = "dist-test-feeds";
// Astro wants a collection inside the project; dist-* folders are ignored by git and the linters.
const papersDir = "dist-test-feeds-papers";
const SITE = "https://papers.example.org";
const BASE = "/daily-papers/";
const FILLERS = 2 * siteConfig.pageSize + 15;
const SPELLINGS = ["José Núñez", "Jose Nunez", "JOSÉ NÚÑEZ"];
const TRICKY_TITLE = 'Escaping </script> & "Quotes" in <b>Ångström</b>-Scale Attention';

let out = "";

beforeAll(async () => {
  const papers = path.join(projectRoot, papersDir);
  await rm(papers, { recursive: true, force: true });
  await cp(path.join(projectRoot, "tests/fixtures/feeds/papers"), papers, { recursive: true });
  for (let number = 0; number < FILLERS; number += 1) {
    const day = String(1 + (number % 28)).padStart(2, "0");
    await mkdir(path.join(papers, "2025/06", day), { recursive: true });
    await writeFile(
      path.join(papers, "2025/06", day, `bulk-paper-number-${number}.mdx`),
      [
        "---",
        `title: "Bulk Paper Number ${number}"`,
        `authors: ["${SPELLINGS[number % 3]}"]`,
        'tags: ["bulk"]',
        "---",
        `Filler paper ${number} on bulk loading.`,
        "",
      ].join("\n"),
    );
  }
  const build = buildSite({ papersDir, outDir, env: { SITE_URL: SITE, BASE_PATH: BASE } });
  expect(build.status, build.output).toBe(0);
  out = build.outPath;
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await removeBuild(outDir);
  await rm(path.join(projectRoot, papersDir), { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(out, file), "utf8");
const TOTAL = FILLERS + 3;

describe("the feeds of a built site", () => {
  it("are well-formed, of their format, and carry the latest papers up to the configured count", async () => {
    for (const [file, format] of [
      ["rss.xml", "rss"],
      ["atom.xml", "atom"],
    ] as const) {
      const xml = await read(file);
      expect(xmlWellFormedness(xml), file).toBe(true);
      const parsed = parseFeed(xml);
      expect(parsed.format, file).toBe(format);
    }
    const rss = parseRssFeed(await read("rss.xml"));
    expect(rss.items).toHaveLength(Math.min(siteConfig.feedItems, TOTAL));
    expect(rss.items?.[0]?.title).toBe("A Paper Whose Authors Are Unknown");
    const json = parseJsonFeed(JSON.parse(await read("feed.json")));
    expect(parseFeed(await read("feed.json")).format).toBe("json");
    expect(json.items?.map((item) => item.id)).toEqual(rss.items?.map((item) => item.guid?.value));
  });

  it("carry titles, authors, abstracts and math exactly, with absolute links under the base path", async () => {
    const rss = parseRssFeed(await read("rss.xml"));
    const item = rss.items?.find((candidate) => candidate.guid?.value === "2507.30010");
    expect(item).toMatchObject({
      title: TRICKY_TITLE,
      link: `${SITE}${BASE}papers/2507.30010/`,
      guid: { value: "2507.30010", isPermaLink: false },
      pubDate: "Wed, 30 Jul 2025 00:00:00 GMT",
      dc: { creators: ["José Núñez", "Ada Lovelace & Co."] },
      categories: [{ name: "attention" }, { name: "bulk" }],
    });
    expect(item?.description).toMatch(
      /^Attention costs <1% more & keeps "quotes" and 'apostrophes' intact: we bound \\\|x\\\|_2 < \\varepsilon/,
    );
    expect(item?.content?.encoded).toMatch(/^<p>Attention costs &#x3C;1% more &#x26; keeps/);
    expect(item?.content?.encoded).toContain('<span class="katex">');
    expect(rss.link).toBe(`${SITE}${BASE}`);
    expect(rss.atom?.links?.[0]?.href).toBe(`${SITE}${BASE}rss.xml`);
  });

  it("exist for every tag, with only that tag's papers", async () => {
    const tags = (await readdir(path.join(out, "tags"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(tags).toEqual(["attention", "bulk"]);
    const attention = await read("tags/attention/rss.xml");
    expect(xmlWellFormedness(attention)).toBe(true);
    const parsed = parseRssFeed(attention);
    expect(parsed.title).toBe(`${siteConfig.title}: attention`);
    expect(parsed.link).toBe(`${SITE}${BASE}tags/attention/`);
    expect(parsed.items?.map((item) => item.guid?.value)).toEqual(["2507.30010", "2507.29001"]);
  });
});

describe("the author feeds and the OPML list of a built site", () => {
  it("give every author an RSS feed of their papers, linked from their page", async () => {
    for (const [slug, name, count] of [
      ["jose-nunez", "José Núñez", FILLERS + 2],
      ["ada-lovelace-co", "Ada Lovelace & Co.", 1],
    ] as const) {
      const xml = await read(`authors/${slug}/rss.xml`);
      expect(xmlWellFormedness(xml), slug).toBe(true);
      const feed = parseRssFeed(xml);
      expect(feed.title).toBe(`${siteConfig.title}: ${name}`);
      expect(feed.link).toBe(`${SITE}${BASE}authors/${slug}/`);
      expect(feed.atom?.links?.[0]?.href).toBe(`${SITE}${BASE}authors/${slug}/rss.xml`);
      expect(feed.items).toHaveLength(Math.min(siteConfig.feedItems, count));
      // Each item is a paper of theirs, whichever spelling of their name it has.
      const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      for (const item of feed.items ?? []) {
        expect(item.dc?.creators?.map(folded)).toContain(folded(name));
        // A summary: the abstract as text, without the rendered HTML the site and tag feeds carry.
        expect(item.description).toMatch(/\S/);
        expect(item.content).toBeUndefined();
      }
      const page = await read(`authors/${slug}/index.html`);
      const href = `${BASE}authors/${slug}/rss.xml`;
      expect(page).toMatch(
        new RegExp(`<link rel="alternate" type="application/rss\\+xml"[^>]*href="${href}"`),
      );
      expect(page).toMatch(new RegExp(`<a href="${href}" type="application/rss\\+xml"[^>]*>`));
    }
    const nunez = parseRssFeed(await read("authors/jose-nunez/rss.xml"));
    expect(nunez.items?.map((item) => item.guid?.value)).toContain("2507.30010");
  });

  it("list the site's feed and every tag's, most used first, in one OPML file", async () => {
    const opml = await read("feeds.opml");
    expect(xmlWellFormedness(opml)).toBe(true);
    const parsed = parseOpml(opml);
    expect(parsed.head?.title?.trim()).toBe(siteConfig.title);
    const [site, tags, ...rest] = parsed.body?.outlines ?? [];
    expect(rest).toEqual([]);
    expect(site?.outlines).toEqual([
      {
        text: siteConfig.title,
        title: siteConfig.title,
        type: "rss",
        xmlUrl: `${SITE}${BASE}rss.xml`,
        htmlUrl: `${SITE}${BASE}`,
      },
    ]);
    expect(tags?.text).toBe("Tags");
    expect(tags?.outlines?.map((outline) => outline.xmlUrl)).toEqual([
      `${SITE}${BASE}tags/bulk/rss.xml`,
      `${SITE}${BASE}tags/attention/rss.xml`,
    ]);
    // Every feed it lists is a file of the site.
    for (const outline of [...(site?.outlines ?? []), ...(tags?.outlines ?? [])]) {
      const file = (outline.xmlUrl ?? "").slice(`${SITE}${BASE}`.length);
      expect(xmlWellFormedness(await read(file)), file).toBe(true);
    }
  });

  it("is linked from the tags page and from every page's footer", async () => {
    const link = `<a href="${BASE}feeds.opml" type="text/x-opml"[^>]*>\\s*OPML\\s*</a>`;
    expect(await read("tags/index.html")).toMatch(new RegExp(link));
    for (const page of [
      "index.html",
      "papers/2507.30010/index.html",
      "authors/jose-nunez/index.html",
    ]) {
      expect(await read(page), page).toMatch(new RegExp(`<footer[^]*${link}[^]*</footer>`));
    }
  });
});

describe("the tag and author pages of a built site", () => {
  it("split long lists into pages with stable URLs, linked in order", async () => {
    const cards = (html: string) => html.match(/<article class="card[ "]/g)?.length ?? 0;
    const pageSize = siteConfig.pageSize;
    const first = await read("tags/bulk/index.html");
    const second = await read("tags/bulk/2/index.html");
    const third = await read("tags/bulk/3/index.html");
    expect([cards(first), cards(second), cards(third)]).toEqual([
      pageSize,
      pageSize,
      FILLERS + 1 - 2 * pageSize,
    ]);
    await expect(read("tags/bulk/1/index.html")).rejects.toThrow();
    await expect(read("tags/bulk/4/index.html")).rejects.toThrow();
    expect(second).toMatch(new RegExp(`href="${BASE}tags/bulk/" rel="prev"`));
    expect(second).toMatch(new RegExp(`href="${BASE}tags/bulk/3/" rel="next"`));
    expect(third).toMatch(
      /aria-current="page"[^>]*>\s*<span class="visually-hidden[^"]*"[^>]*>Page <\/span>\s*3/,
    );
    expect(third).not.toContain('rel="next"');
  });

  it("give an author one page for every spelling that differs only in accents or case", async () => {
    const authors = await readdir(path.join(out, "authors"));
    expect(authors.sort()).toEqual(["ada-lovelace-co", "jose-nunez"]);
    const page = await read("authors/jose-nunez/index.html");
    expect(page).toMatch(/<h1[^>]*>Papers by José Núñez<\/h1>/);
    expect(page).toContain(`${FILLERS + 2} papers, page 1 of 3`);
    expect(await readdir(path.join(out, "authors/jose-nunez"))).toEqual(
      expect.arrayContaining(["2", "3"]),
    );
  });
});

describe("the sitemap and robots.txt of a built site", () => {
  it("list every page, and only pages, under the base path", async () => {
    const index = await read("sitemap-index.xml");
    expect(xmlWellFormedness(index)).toBe(true);
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
    expect(sitemaps).toEqual([`${SITE}${BASE}sitemap-0.xml`]);
    const sitemap = await read("sitemap-0.xml");
    expect(xmlWellFormedness(sitemap)).toBe(true);
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
    const pages = (await htmlPages(out)).map((page) => `${SITE}${BASE}${page}`);
    expect(listed.sort()).toEqual(pages.sort());
    expect(listed).toContain(`${SITE}${BASE}tags/bulk/3/`);
    expect(listed).toContain(`${SITE}${BASE}papers/2507.30010/`);
  });

  it("points robots.txt at the sitemap index", async () => {
    expect(await read("robots.txt")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}${BASE}sitemap-index.xml\n`,
    );
  });
});

describe("a built paper page", () => {
  it("lists related papers, most similar first, never itself", async () => {
    const html = await read("papers/2507.30010/index.html");
    const section = /<section class="related[ "][^]*?<\/section>/.exec(html)?.[0] ?? "";
    const links = [...section.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(5);
    expect(links[0]).toBe(`${BASE}papers/2507.29001/`);
    expect(links).not.toContain(`${BASE}papers/2507.30010/`);
  });
});

// Every page's path under the base path ("" for the home page, "tags/bulk/2/"...): each index.html.
async function htmlPages(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => {
      const folder = path.relative(root, entry.parentPath).split(path.sep).join("/");
      return folder ? `${folder}/` : "";
    });
}
