import { SEARCH_INDEX_DIR } from "../../search/core/index-format.ts";
import { API_DIR } from "./api-format.ts";
import { apiPaths } from "./api-paths.ts";

/** The first URL segment of each kind of feed period: `/date/2025-07-31/`, `/week/2025-W31/`, `/month/2025-07/`. */
export const PERIOD_SEGMENT = { day: "date", week: "week", month: "month" } as const;

/** The site's URL paths, each ending in `/` (or a file name), under a base path such as `/` or `/daily-papers/`. */
export interface SiteUrls {
  home: string;
  archive: string;
  /** The calendars of one year of the archive. */
  archiveYear(year: string): string;
  paper(id: string): string;
  /** One page of a day's papers: page 1 is `/date/<day>/`, page 2 `/date/<day>/2/`. */
  day(day: string, page?: number): string;
  /** One page of an ISO week's papers, numbered like a day's. */
  week(weekKey: string, page?: number): string;
  /** One page of a month's papers, numbered like a day's. */
  month(monthKey: string, page?: number): string;
  /** The reader's reading list, kept in their browser. */
  library: string;
  /** Every tag with its count of papers. */
  tags: string;
  /** One page of a tag's papers: page 1 is `/tags/<tag>/`, page 2 `/tags/<tag>/2/`. */
  tag(tag: string, page?: number): string;
  /** One page of an author's papers, numbered like a tag's. */
  author(slug: string, page?: number): string;
  /** The RSS 2.0 feed of the latest papers. */
  rss: string;
  /** The Atom feed of the latest papers. */
  atom: string;
  /** The JSON Feed of the latest papers. */
  jsonFeed: string;
  /** The RSS 2.0 feed of a tag's latest papers. */
  tagRss(tag: string): string;
  /** The RSS 2.0 feed of an author's latest papers. */
  authorRss(slug: string): string;
  /** The OPML list of the site's feed and every tag's, for a feed reader to import at once. */
  opml: string;
  /** The sitemap index that lists every page. */
  sitemap: string;
  /** A file of the search index, by its path inside the index folder. */
  searchIndex(path: string): string;
  /** The JSON API's list of feed days. */
  apiDays: string;
  /** The JSON API's file of one feed day's papers. */
  apiDay(day: string): string;
  /** The JSON API's file of one paper. */
  apiPaper(id: string): string;
  /** Any other path of the site (a file in public/, say), under the base path. */
  asset(path: string): string;
}

/** Builds the site's URL paths for a base path, so every link respects it. */
export function createUrls(base: string): SiteUrls {
  const root = base.endsWith("/") ? base : `${base}/`;
  const asset = (path: string) => `${root}${path.replace(/^\/+/, "")}`;
  // Page 1 keeps the list's own URL, so links to it stay valid when the list grows a second page.
  const paged = (path: string, page = 1) => asset(page > 1 ? `${path}${page}/` : path);
  return {
    home: root,
    archive: asset("archive/"),
    archiveYear: (year) => asset(`archive/${year}/`),
    paper: (id) => asset(`papers/${encodeURIComponent(id)}/`),
    day: (day, page) => paged(`${PERIOD_SEGMENT.day}/${day}/`, page),
    week: (weekKey, page) => paged(`${PERIOD_SEGMENT.week}/${weekKey}/`, page),
    month: (monthKey, page) => paged(`${PERIOD_SEGMENT.month}/${monthKey}/`, page),
    library: asset("library/"),
    tags: asset("tags/"),
    tag: (tag, page) => paged(`tags/${encodeURIComponent(tag)}/`, page),
    author: (slug, page) => paged(`authors/${encodeURIComponent(slug)}/`, page),
    rss: asset("rss.xml"),
    atom: asset("atom.xml"),
    jsonFeed: asset("feed.json"),
    tagRss: (tag) => asset(`tags/${encodeURIComponent(tag)}/rss.xml`),
    authorRss: (slug) => asset(`authors/${encodeURIComponent(slug)}/rss.xml`),
    opml: asset("feeds.opml"),
    sitemap: asset("sitemap-index.xml"),
    searchIndex: (path) => asset(`${SEARCH_INDEX_DIR}${path}`),
    apiDays: asset(`${API_DIR}${apiPaths.days}`),
    apiDay: (day) => asset(`${API_DIR}${apiPaths.day(day)}`),
    apiPaper: (id) => asset(`${API_DIR}${apiPaths.paper(encodeURIComponent(id))}`),
    asset,
  };
}
