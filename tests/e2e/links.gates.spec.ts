// Release gate: every internal link, asset, feed and sitemap URL of every site resolves, at the domain
// root and under the sub-path. linkinator crawls each site's preview server (playwright.config.ts
// starts them) from its home page; feeds and sitemaps, which it does not read, are checked here URL
// by URL. The site's absolute URLs (canonical links, JSON-LD, feeds) name its configured origin, so
// they are checked on the local server instead; every other origin is skipped, never fetched.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { LinkChecker, LinkState, type CheckOptions, type LinkResult } from "linkinator";
import { SaxesParser } from "saxes";
import siteConfig from "../../site.config.ts";
import { E2E_SITES, siteUrl, type E2eSite } from "../../scripts/e2e-sites.ts";
import { outputFiles } from "../support/output-files.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
// Feeds (rss.xml, atom.xml, feed.json, tags/<tag>/rss.xml), sitemaps, robots.txt's Sitemap line,
// and the JSON API's files (api/...), whose URLs are all absolute.
const LINK_FILES = /(?:\.xml|(?:^|\/)feed\.json|^robots\.txt|^api\/.+\.json)$/;
// The origin, not followed by more of a host name or a port, then a path up to where text would end
// it: a BibTeX entry (the API's `bibtex`) ends its `url = {...}` with a brace, which a URL never holds.
const SITE_ORIGIN = `${RegExp.escape(siteConfig.url)}(?![\\w.:-])`;
const SITE_URLS = new RegExp(`${SITE_ORIGIN}(?:/[^\\s"'<>{}]*)?`, "g");

// Pages no link leads to, checked on their own: the 404 page, which the server answers for any
// unknown path, and the search page, which the header's search form submits to.
const UNLINKED_PAGES = ["404.html", "search/"];

// A crawl fetches every page and asset of a site, on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

for (const site of E2E_SITES) {
  test.describe(`the ${site.name} site`, () => {
    const home = siteUrl(site);
    const local = new URL(home).origin;
    const outPath = path.join(projectRoot, site.outDir);
    const unlinkedPages = UNLINKED_PAGES.map((page) => home + page);

    test("has no broken link or asset on any page", async () => {
      const crawl = await check(site, { path: home, recurse: true });
      const unlinked = await check(site, { path: unlinkedPages });
      expect(broken([...crawl, ...unlinked]), `broken links on the ${site.name} site`).toEqual([]);

      const reached = new Set(
        crawl.filter((link) => link.state === LinkState.OK).map((link) => link.url),
      );
      const pages = (await outputFiles(outPath))
        .filter((file) => file.endsWith(".html"))
        .map((file) => new URL(home + file.replace(/(^|\/)index\.html$/, "$1")).href)
        .filter((page) => !unlinkedPages.includes(page));
      expect(pages.length, `pages in ${site.outDir}`).toBeGreaterThan(0);
      const unreached = pages.filter((page) => !reached.has(page));
      expect(unreached, `pages of ${site.outDir} the crawl from ${home} did not reach`).toEqual([]);
    });

    test("has feeds and sitemaps whose every URL resolves", async () => {
      const files = (await outputFiles(outPath)).filter((file) => LINK_FILES.test(file));
      for (const expected of ["rss.xml", "atom.xml", "feed.json", "sitemap-index.xml"]) {
        expect(files, `feeds and sitemaps in ${site.outDir}`).toContain(expected);
      }
      const problems: string[] = [];
      const checked = new Map<string, Promise<string | undefined>>();
      for (const file of files) {
        const urls = siteUrlsIn(file, await readFile(path.join(outPath, file), "utf8"));
        if (urls.length === 0) problems.push(`${file}: no URL on ${siteConfig.url}`);
        for (const url of urls) {
          const onServer = url.replace(siteConfig.url, local);
          if (!checked.has(onServer)) checked.set(onServer, statusProblem(onServer));
          const problem = await checked.get(onServer);
          if (problem) problems.push(`${file}: ${url} (${onServer}) ${problem}`);
        }
      }
      expect(problems, `feed and sitemap URLs of the ${site.name} site`).toEqual([]);
    });
  });
}

/** Runs linkinator on the site's server, checking its own URLs and skipping every other origin. */
async function check(site: E2eSite, options: CheckOptions): Promise<LinkResult[]> {
  const local = new URL(siteUrl(site)).origin;
  const onSite = (link: string) => [local, siteConfig.url].includes(new URL(link).origin);
  const { links } = await new LinkChecker().check({
    ...options,
    linksToSkip: (link) => Promise.resolve(!onSite(link)),
    urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE_ORIGIN}`), replacement: local }],
    checkCss: true,
    checkFragments: true,
    // Internal links point at the page itself, not at a URL the host would have to redirect.
    redirects: "error",
    concurrency: 8,
    timeout: 30_000,
  });
  return links;
}

/** "url (status) linked from page, page..." for every broken URL. */
function broken(links: LinkResult[]): string[] {
  const brokenUrls = new Map<string, { status: number | undefined; parents: Set<string> }>();
  for (const link of links.filter(({ state }) => state === LinkState.BROKEN)) {
    const entry = brokenUrls.get(link.url) ?? { status: link.status, parents: new Set() };
    // linkinator also reports a broken URL as its own parent.
    if (link.parent && link.parent !== link.url) entry.parents.add(link.parent);
    brokenUrls.set(link.url, entry);
  }
  return [...brokenUrls]
    .map(([url, { status, parents }]) => {
      const from = [...parents].sort().join(", ") || "nowhere: the crawl started there";
      return `${url} (${status ?? "no answer"}) linked from ${from}`;
    })
    .sort();
}

/** Every absolute URL on the site's configured origin in a feed, sitemap or robots.txt. */
function siteUrlsIn(file: string, content: string): string[] {
  const texts = file.endsWith(".json")
    ? stringsIn(parseJson(file, content))
    : file.endsWith(".xml")
      ? xmlTexts(file, content)
      : [content];
  return [...new Set(texts.flatMap((text) => text.match(SITE_URLS) ?? []))];
}

function parseJson(file: string, json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new Error(
      `${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Every string in a parsed JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The text and attribute values of an XML document, entities decoded (HTML in feeds included). */
function xmlTexts(file: string, xml: string): string[] {
  const texts: string[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => texts.push(...Object.values(tag.attributes)));
  parser.on("text", (text) => texts.push(text));
  parser.on("cdata", (text) => texts.push(text));
  parser.on("error", (error) => {
    throw new Error(`${file}: not well-formed XML: ${error.message}`);
  });
  parser.write(xml).close();
  return texts;
}

/** Why the server does not answer this URL with 200, or `undefined` when it does. */
async function statusProblem(url: string): Promise<string | undefined> {
  const response = await fetch(url, { redirect: "manual" });
  await response.body?.cancel();
  return response.status === 200 ? undefined : `answered ${response.status}`;
}
