// The hostile site (tests/fixtures/hostile/papers) in Chromium: every case of
// tests/fixtures/hostile/cases.ts that the validator accepts must show its text literally on every
// page it reaches and in the search results, and nothing of it may run or turn into markup.
import type { Locator, Page } from "@playwright/test";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import siteConfig from "../../site.config.ts";
import { authorSlug } from "../../src/lib/feed/authors.ts";
import {
  searchIndexPaths,
  type SearchManifest,
  type SearchRecord,
} from "../../src/search/core/index-format.ts";
import { createUrls } from "../../src/lib/publish/urls.ts";
import type { CheckedPaper } from "../../src/lib/content/check-paper.ts";
import { INERT_CASES, outcomeTitle, type InertCase } from "../fixtures/hostile/cases.ts";
import { bibtexText, bracesBalance, unescapedSpecials } from "../support/bibtex.ts";
import { hostilePaper, loadHostilePapers } from "../support/hostile-papers.ts";
import { xmlWellFormedness } from "../support/xml.ts";
import { expect, test } from "./support/site-test.ts";

// Search loads its code and index in a worker on first use, which takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const papers = loadHostilePapers();
const urls = createUrls("/");
// The hostile site is built at the domain root, so its URL paths double as paths from the base URL.
const fromBase = (path: string) => path.replace(/^\//, "");
const fold = (text: string) => text.replace(/\s+/g, " ").trim();

// Every hostile string that would run sets window.__pwned or opens a dialog (alert).
test.beforeEach(({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  pageDialogs.set(page, dialogs);
});
const pageDialogs = new WeakMap<Page, string[]>();

/**
 * What of the hostile strings became markup on the page: handler attributes, attributes and
 * elements that only the strings hold, scripts that mention the trap, and javascript: or data: URLs.
 */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href", "srcdoc"]);
    for (const element of document.querySelectorAll("*")) {
      const name = element.localName;
      if (["iframe", "object", "embed", "circle"].includes(name)) found.push(`<${name}>`);
      if (name === "img" && element.getAttribute("src") === "x") found.push("<img src=x>");
      // The JSON-LD carries the strings as escaped data; any other script holding one was injected.
      const isData = element.getAttribute("type") === "application/ld+json";
      if (name === "script" && !isData && element.textContent.includes("__pwned")) {
        found.push("<script>");
      }
      for (const attribute of element.attributes) {
        const { name: attributeName, value } = attribute;
        if (/^on/i.test(attributeName) || ["autofocus", "data-x", "x"].includes(attributeName)) {
          found.push(`<${name} ${attributeName}="${value}">`);
        }
        if (urlAttributes.has(attributeName) && /^\s*(?:javascript|data|vbscript):/i.test(value)) {
          found.push(`<${name} ${attributeName}="${value}">`);
        }
      }
    }
    return found;
  });
}

/** Opens a page of the hostile site and checks that nothing ran, nothing was injected and it has its landmarks. */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
  await expectUnharmed(page, path);
}

async function expectUnharmed(page: Page, where: string): Promise<void> {
  expect(
    await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    `${where}: a hostile string ran`,
  ).toBeUndefined();
  expect(pageDialogs.get(page) ?? [], `${where}: a hostile string opened a dialog`).toEqual([]);
  expect(await injectedMarkup(page), `${where}: markup injected by a hostile string`).toEqual([]);
  await expect(page.getByRole("banner"), where).toHaveCount(1);
  await expect(page.getByRole("main"), where).toHaveCount(1);
  await expect(page.getByRole("contentinfo"), where).toHaveCount(1);
  // A character cut in half (an emoji's surrogate pair) reaches the page as U+FFFD.
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  expect(html.includes("\uFFFD"), `${where}: a character was broken (U+FFFD)`).toBe(false);
}

/** The text of each element a locator finds, exactly as in the DOM. */
function texts(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => elements.map((element) => element.textContent));
}

/** The card of a paper on a list page. */
function card(page: Page, paper: CheckedPaper): Locator {
  return page.locator("article.card").filter({
    has: page.locator(`.title a[href="${urls.paper(paper.id)}"]`),
  });
}

/**
 * Where each name starts on screen, in the order given: right-to-left names next to each other
 * must still read in their order, left to right, on a left-to-right page.
 */
function namePositions(authors: Locator, names: readonly string[]): Promise<number[][]> {
  return authors.evaluate((element, wanted) => {
    const nodes: { node: Text; start: number }[] = [];
    let text = "";
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent;
    }
    const locate = (offset: number) => {
      const holder = nodes.findLast((candidate) => candidate.start <= offset) ?? nodes[0];
      return { node: holder?.node as Text, offset: offset - (holder?.start ?? 0) };
    };
    let from = 0;
    return wanted.map((name) => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      const range = document.createRange();
      const begin = locate(start);
      const end = locate(from);
      range.setStart(begin.node, begin.offset);
      range.setEnd(end.node, end.offset);
      const box = range.getBoundingClientRect();
      return [Math.round(box.top), box.left];
    });
  }, names);
}

async function checkPaperPage(page: Page, paper: CheckedPaper): Promise<void> {
  const { title, authors, journal, doi, links } = paper.frontmatter;
  await visit(page, fromBase(urls.paper(paper.id)));
  expect(await page.title()).toBe(`${title} · ${siteConfig.title}`);
  expect(await texts(page.getByRole("heading", { level: 1 }))).toEqual([title]);
  expect(await texts(page.getByRole("list", { name: "Authors" }).getByRole("link"))).toEqual(
    authors,
  );
  const meta = (selector: string) =>
    page
      .locator(`head meta[${selector}]`)
      .evaluateAll((elements) => elements.map((element) => element.getAttribute("content")));
  expect(await meta('name="citation_title"')).toEqual([title]);
  expect(await meta('property="og:title"')).toEqual([title]);
  expect(await meta('name="twitter:title"')).toEqual([title]);
  expect(await meta('name="citation_author"')).toEqual(authors);
  const jsonLd = await texts(page.locator('script[type="application/ld+json"]'));
  expect(jsonLd).toHaveLength(1);
  const article = JSON.parse(jsonLd[0] ?? "") as { name: string; author?: { name: string }[] };
  expect(article.name).toBe(title);
  expect(article.author?.map((author) => author.name) ?? []).toEqual(authors);
  const abstract = page.locator("section.abstract");
  const abstractText = await abstract.evaluate(
    (section) => section.textContent.slice(section.querySelector("h2")?.textContent.length ?? 0),
    undefined,
  );
  expect(fold(abstractText)).toBe(fold(paper.abstract.text));
  if (journal) {
    expect(await texts(page.locator(".facts div", { hasText: "Journal" }).locator("dd"))).toEqual([
      journal,
    ]);
  }
  if (doi) {
    expect(await texts(page.locator(".facts div", { hasText: "DOI" }).locator("dd a"))).toEqual([
      doi,
    ]);
  }
  const hrefs = await page
    .locator("article a.link-button")
    .evaluateAll((elements) => elements.map((element) => element.getAttribute("href")));
  // As the browser reads the URL: the quotes and brackets percent-encoded, never ending the attribute.
  for (const href of Object.values(links ?? {})) {
    if (href) expect(hrefs).toContain(new URL(href).href);
  }
  const bibtex = (await page.locator("#bibtex").textContent()) ?? "";
  expect(bracesBalance(bibtex), bibtex).toBe(true);
  expect(bibtexText(bibtex, "title")).toBe(fold(title));
  expect(unescapedSpecials(bibtex, "title")).toEqual([]);
  expect(unescapedSpecials(bibtex, "author")).toEqual([]);
}

async function checkCard(page: Page, paper: CheckedPaper, hostile: InertCase): Promise<void> {
  const { title, authors } = paper.frontmatter;
  const paperCard = card(page, paper);
  await expect(paperCard).toHaveCount(1);
  expect(await texts(paperCard.locator(".title a"))).toEqual([title]);
  const shown = authors.slice(0, siteConfig.cardAuthors);
  const more = authors.length - shown.length;
  const authorLine = paperCard.locator("p.authors");
  expect(fold((await authorLine.textContent()) ?? "")).toBe(
    fold(`${shown.join(", ")}${more > 0 ? ` +${more} more authors` : ""}`),
  );
  if (hostile.authorsInOrder) await expectReadInOrder(authorLine, shown);
}

/** Checks that names read left to right, line by line, in the order given. */
async function expectReadInOrder(line: Locator, names: readonly string[]): Promise<void> {
  const positions = await namePositions(line, names);
  for (let index = 1; index < positions.length; index++) {
    const [top = 0, left = 0] = positions[index] ?? [];
    const [previousTop = 0, previousLeft = 0] = positions[index - 1] ?? [];
    const later = top === previousTop ? left > previousLeft : top > previousTop;
    expect(later, `${names[index]} is shown before ${names[index - 1]}`).toBe(true);
  }
}

async function checkSearch(page: Page, paper: CheckedPaper, hostile: InertCase): Promise<void> {
  const { query } = hostile;
  await visit(page, `search/?q=${encodeURIComponent(query)}`);
  const results = page.locator("[data-search-results]");
  await expect(results).toHaveAttribute("data-query", query);
  const titleLink = `.search-result-title a[href$="${urls.paper(paper.id)}"]`;
  const link = results.locator(titleLink);
  await expect(link).toHaveCount(1);
  expect(await link.textContent()).toBe(paper.frontmatter.title);
  if (hostile.authorsInOrder) {
    const result = results.locator("li.search-result", { has: page.locator(titleLink) });
    const meta = result.locator(".search-result-meta");
    const text = (await meta.textContent()) ?? "";
    const shown = paper.frontmatter.authors.filter((author) => text.includes(author));
    expect(shown.length).toBeGreaterThan(1);
    await expectReadInOrder(meta, shown);
  }
  await expectUnharmed(page, `search results for ${query}`);
}

test.describe("hostile content rendered as inert text", () => {
  for (const hostile of INERT_CASES) {
    test(outcomeTitle(hostile), async ({ page }) => {
      const paper = hostilePaper(papers, hostile.paper);
      await checkPaperPage(page, paper);
      for (const list of [urls.home, urls.day(paper.day)]) {
        await visit(page, fromBase(list));
        await checkCard(page, paper, hostile);
      }
      const { authors, tags = [] } = paper.frontmatter;
      for (const author of [...authors.slice(0, siteConfig.cardAuthors), ...authors.slice(-1)]) {
        await visit(page, fromBase(urls.author(authorSlug(author))));
        await expect(card(page, paper)).toHaveCount(1);
      }
      for (const tag of tags) {
        await visit(page, fromBase(urls.tag(tag)));
        await expect(card(page, paper)).toHaveCount(1);
      }
      await checkSearch(page, paper, hostile);
    });
  }
});

test("a search query with markup is shown as text and runs nothing", async ({ page }) => {
  const query = `<img src=x onerror="window.__pwned='query'"><script>window.__pwned='query'</script>`;
  await visit(page, `search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator("[data-search-results]")).toHaveAttribute("data-query", query);
  await expect(page.locator("#search-page-input")).toHaveValue(query);
  await expect(page.locator("[data-search-status]").last()).toContainText(`“${query}”`);
  await expectUnharmed(page, "search results for a query with markup");
});

test.describe("every page of the hostile site, 375 pixels wide", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("runs nothing, keeps its landmarks and does not scroll sideways", async ({
    page,
    request,
  }) => {
    const sitemap = await (await request.get("sitemap-0.xml")).text();
    const collaboration = (url: string) => /\/authors\/author-(?!001-|500-)\d{3}-/.test(url);
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map(([, url]) => new URL(url ?? "").pathname)
      // One author page stands for the 498 alike from the paper with 500 authors.
      .filter((path) => !collaboration(path));
    expect(paths.length).toBeGreaterThan(30);
    for (const path of [...paths, "/search/?q=hostile"]) {
      await visit(page, fromBase(decodeURIComponent(path)));
      const overflow = await page.evaluate(() => {
        const main = document.querySelector("main");
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          main: main ? main.scrollWidth - main.clientWidth : 0,
        };
      });
      expect(overflow, `${path} is wider than the screen`).toEqual({ page: 0, main: 0 });
    }
  });
});

test.describe("the hostile site's feeds and search index", () => {
  const titles = [...papers.values()].map((paper) => paper.frontmatter.title).sort();

  test("the RSS, Atom and JSON feeds are well-formed and carry every title exactly", async ({
    request,
  }) => {
    const text = async (path: string) => (await request.get(path)).text();
    const rss = await text("rss.xml");
    const atom = await text("atom.xml");
    const tagRss = await text(fromBase(urls.tagRss("hostile")));
    for (const [name, xml] of [
      ["rss.xml", rss],
      ["atom.xml", atom],
      ["tags/hostile/rss.xml", tagRss],
    ] as const) {
      expect(xmlWellFormedness(xml), name).toBe(true);
    }
    const sorted = (values: readonly (string | undefined)[]) => [...values].sort();
    expect(sorted(parseRssFeed(rss).items?.map((item) => item.title) ?? [])).toEqual(titles);
    expect(sorted(parseRssFeed(tagRss).items?.map((item) => item.title) ?? [])).toEqual(titles);
    expect(sorted(parseAtomFeed(atom).entries?.map((entry) => entry.title?.value) ?? [])).toEqual(
      titles,
    );
    const json = parseJsonFeed(JSON.parse(await text("feed.json")));
    expect(sorted(json.items?.map((item) => item.title) ?? [])).toEqual(titles);
    for (const item of json.items ?? []) {
      const paper = hostilePaper(papers, item.id ?? "");
      expect(item.authors?.map((author) => author.name) ?? []).toEqual(paper.frontmatter.authors);
    }
  });

  test("the search index carries every title and author exactly", async ({ request }) => {
    const index = async <T>(path: string) =>
      (await (await request.get(`search-index/${path}`)).json()) as T;
    const manifest = await index<SearchManifest>(searchIndexPaths.manifest);
    const shards = Math.ceil(manifest.papers / manifest.recordsPerShard);
    const records: SearchRecord[] = [];
    for (let shard = 0; shard < shards; shard++) {
      records.push(
        ...(await index<SearchRecord[]>(searchIndexPaths.records(manifest.version, shard))),
      );
    }
    expect(records.map(([, title]) => title).sort()).toEqual(titles);
    for (const [id, , authors] of records) {
      expect(authors).toEqual(hostilePaper(papers, id).frontmatter.authors);
    }
  });
});
