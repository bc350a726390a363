import type { Page } from "playwright-core";
import { createUrls, PERIOD_SEGMENT } from "../../src/lib/publish/urls.ts";

/** The kinds of page the release gates and `npm run bench -- --pages` check on a site. */
export const PAGE_TYPES = ["home", "day", "paper", "search", "archive"] as const;

/** One kind of page. */
export type PageType = (typeof PAGE_TYPES)[number];

/** One page of a site to check: its kind and its URL. */
export interface SitePage {
  type: PageType;
  url: string;
}

/**
 * One page of each type, found from the site's home page rather than named here, so the checks
 * follow whatever papers the site is built from: its newest day, its first paper, a search for a
 * word of that paper's title (so the search page shows results) and the archive.
 */
export async function findSitePages(page: Page, siteUrl: string): Promise<SitePage[]> {
  await page.goto(siteUrl);
  const base = new URL(siteUrl).pathname;
  const links = await page.locator("a[href]").evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      href: anchor.getAttribute("href") ?? "",
      text: anchor.textContent,
    })),
  );
  const firstLink = (prefix: string) => {
    const found = links.find(({ href }) => href.startsWith(`${base}${prefix}`));
    if (!found) {
      throw new Error(`${siteUrl}: the home page links no page under ${base}${prefix}`);
    }
    return found;
  };
  const paper = firstLink("papers/");
  const searchAction = await page.locator("form[role=search]").first().getAttribute("action");
  if (!searchAction) throw new Error(`${siteUrl}: the home page has no search form with an action`);
  const query = new URLSearchParams({ q: searchWord(paper.text ?? "") });
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return [
    { type: "home", url: siteUrl },
    { type: "day", url: absolute(firstLink(`${PERIOD_SEGMENT.day}/`).href) },
    { type: "paper", url: absolute(paper.href) },
    { type: "search", url: `${absolute(searchAction)}?${query}` },
    { type: "archive", url: absolute(createUrls(base).archive) },
  ];
}

/** The longest word of a title, the one most likely to find the paper and few others. */
function searchWord(title: string): string {
  const words = title.match(/\p{L}+/gu) ?? [];
  return words.sort((a, b) => b.length - a.length)[0] ?? "paper";
}
