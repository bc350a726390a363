// The one place pages get papers from: it loads the collection once, orders it and groups it
// for every kind of page. Per-file and cross-file rules are checked when the collection loads.
import { srcDir } from "astro:config/server";
import { getCollection, type CollectionEntry } from "astro:content";
import { arxivAbsUrl, arxivPdfUrl } from "../lib/content/arxiv-id.ts";
import { groupByAuthor } from "../lib/feed/authors.ts";
import { archiveYears, yearMonthTotals, type ArchiveYear } from "../lib/feed/calendar.ts";
import { cacheKey } from "../lib/build/cache-key.ts";
import { toBibtex, toPlainCitation } from "../lib/publish/citation.ts";
import {
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekKey,
  monthKey,
  shortMonthName,
  type Day,
} from "../lib/feed/dates.ts";
import { excerpt } from "../lib/text/excerpt.ts";
import {
  groupByDay,
  periods,
  splitByDay,
  type FeedPeriod,
  type PeriodKind,
} from "../lib/feed/grouping.ts";
import { relatedPapersInParallel } from "../lib/related/related-papers.ts";
import { pageSlices } from "../lib/feed/pagination.ts";
import { groupByTag } from "../lib/feed/tags.ts";
import { PERIOD_SEGMENT } from "../lib/publish/urls.ts";
import { site, urls } from "./site.ts";

const EXCERPT_LENGTH = 260;
const RELATED_PAPERS = 5;

/** A paper as pages show it. */
export interface Paper {
  id: string;
  title: string;
  authors: string[];
  day: Day;
  published: Day | undefined;
  arxiv: string | undefined;
  doi: string | undefined;
  /** Where the paper was published, as arXiv's journal reference gives it. */
  journal: string | undefined;
  tags: string[];
  upvotes: number | undefined;
  submitter: string | undefined;
  thumbnail: CollectionEntry<"papers">["data"]["thumbnail"];
  /** The abstract as plain text. */
  text: string;
  /** The abstract as static HTML, math rendered by KaTeX. */
  html: string;
  /** A short plain-text excerpt of the abstract for cards. */
  excerpt: string;
  hasMath: boolean;
  /** Outside links with their labels, in the order cards and pages show them. */
  links: { kind: "arxiv" | "pdf" | "code" | "project"; label: string; href: string }[];
  /** The page of the paper on this site. */
  url: string;
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<"papers">;
}

/** A link with its text. */
export interface Link {
  href: string;
  label: string;
}

/** A day, week or month of the feed, ready for its page. */
export interface PeriodPage {
  kind: PeriodKind;
  /** The first segment of the page's URL: `date`, `week` or `month`. */
  segment: (typeof PERIOD_SEGMENT)[PeriodKind];
  /** `YYYY-MM-DD`, `YYYY-Www` or `YYYY-MM`: the page's URL segment. */
  key: string;
  /** The period for readers, e.g. "Thursday, July 31, 2025" or "July 2025". */
  label: string;
  /** This page's papers, grouped by day. */
  days: FeedPeriod<Paper>["days"];
  /** How many papers the whole period has, over all its pages. */
  total: number;
  /** How many days of the whole period have papers. */
  dayCount: number;
  /** This page's number, from 1. */
  pageNumber: number;
  /** The URL of each page of the period, in order. */
  pages: string[];
  older: Link | undefined;
  newer: Link | undefined;
  /** The same papers seen by another period: a day's week and month, a week's months, a month's weeks. */
  related: Link[];
}

let cached: Promise<Paper[]> | undefined;
// Each paper is made from one collection entry: its id, its file's digest and its thumbnail's URL
// stand for it in cache keys.
const paperDigests = new WeakMap<object, string>();

/** Every paper, newest feed day first, each day in feed order (upvotes, then title). */
export function getPapers(): Promise<Paper[]> {
  if (!cached) {
    cached = getCollection("papers").then((entries) =>
      groupByDay(entries.map(toPaper)).flatMap((day) => day.items),
    );
    // A build writes the search index from these papers on a worker thread (src/data/search.ts).
    // Started now, while the static paths of every page are collected, rather than when the search
    // page renders: a rebuild finds most pages unchanged and reaches the search page within seconds,
    // then waits for the index, the last thing it waits for. When the index started only once the
    // related papers were found, a 10,000-paper rebuild waited 1.3 s longer for it.
    // The search page awaits the same promise, and fails the build with the worker's error if
    // there is one.
    if (import.meta.env.PROD) {
      void import("./search.ts")
        .then((search) => search.getSearchManifest())
        .catch(() => undefined);
    }
  }
  return cached;
}

/** One of the latest days on the home page: its first papers, and how many it has in all. */
export interface LatestDay {
  day: Day;
  items: Paper[];
  total: number;
  /** The day's own page, which lists all its papers; with the day for readers as its label. */
  page: Link;
}

/**
 * Static paths with a `cacheKey` for each (see `experimental.incrementalBuild`): a key of everything
 * the page is rendered from, so a rebuild renders again only the pages whose papers changed.
 */
export function withCacheKeys<Path extends { props: unknown }>(
  paths: readonly Path[],
): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({
    ...path,
    cacheKey: cacheKey(path.props, (object) => paperDigests.get(object)),
  }));
}

/**
 * The latest days with papers, newest first, as many as the site shows on its home page but no more
 * papers than a page of a period holds, so the home page stays light however busy a day gets.
 */
export async function getLatestDays(): Promise<LatestDay[]> {
  const latest: LatestDay[] = [];
  let room = site.periodPageSize;
  for (const { day, items } of splitByDay(await getPapers()).slice(0, site.homeDays)) {
    if (room === 0) break;
    latest.push({
      day,
      items: items.slice(0, room),
      total: items.length,
      page: periodLink("day", day),
    });
    room -= Math.min(room, items.length);
  }
  return latest;
}

/** Every day, ISO week and month that has papers (or those of one kind), each with its neighbours and related views. */
export async function getPeriodPages(
  kinds: readonly PeriodKind[] = ["day", "week", "month"],
): Promise<PeriodPage[]> {
  const papers = await getPapers();
  return kinds.flatMap((kind) => periodPages(papers, kind));
}

// A month of a busy site holds over a thousand papers: each period is split into pages of
// `site.periodPageSize`, page 1 at the period's own URL.
function periodPages(papers: readonly Paper[], kind: PeriodKind): PeriodPage[] {
  return periods(papers, kind).flatMap((period) => {
    const days = period.days.map(({ day }) => day);
    const slices = pageSlices(
      period.days.flatMap((day) => day.items),
      site.periodPageSize,
    );
    const pages = slices.map((_, index) => periodUrl(kind, period.key, index + 1));
    const shared = {
      kind,
      segment: PERIOD_SEGMENT[kind],
      key: period.key,
      label: periodLabel(kind, period.key),
      total: period.days.reduce((sum, day) => sum + day.items.length, 0),
      dayCount: days.length,
      pages,
      older: period.older ? periodLink(kind, period.older) : undefined,
      newer: period.newer ? periodLink(kind, period.newer) : undefined,
      related: relatedPeriods(kind, days),
    };
    return slices.map((items, index) => ({
      ...shared,
      days: splitByDay(items),
      pageNumber: index + 1,
    }));
  });
}

function periodUrl(kind: PeriodKind, key: string, page: number): string {
  switch (kind) {
    case "day":
      return urls.day(key, page);
    case "week":
      return urls.week(key, page);
    case "month":
      return urls.month(key, page);
  }
}

function periodLink(kind: PeriodKind, key: string): Link {
  return { href: periodUrl(kind, key, 1), label: periodLabel(kind, key) };
}

function periodLabel(kind: PeriodKind, key: string): string {
  switch (kind) {
    case "day":
      return formatDay(key, site.locale);
    case "week":
      return formatWeek(key, site.locale);
    case "month":
      return formatMonth(key, site.locale);
  }
}

function relatedPeriods(kind: PeriodKind, days: readonly Day[]): Link[] {
  const unique = (keys: string[]) => [...new Set(keys)].sort();
  switch (kind) {
    case "day":
      return [
        periodLink("week", isoWeekKey(days[0] as Day)),
        periodLink("month", monthKey(days[0] as Day)),
      ];
    case "week":
      return unique(days.map(monthKey)).map((month) => periodLink("month", month));
    case "month":
      return unique(days.map(isoWeekKey)).map((week) => periodLink("week", week));
  }
}

/** Every paper with the papers before and after it on its day, and its citations. */
export async function getPaperPages(): Promise<
  {
    paper: Paper;
    previous: Paper | undefined;
    next: Paper | undefined;
    bibtex: string;
    citation: string;
    related: Paper[];
  }[]
> {
  const related = await getRelatedPapers();
  return splitByDay(await getPapers()).flatMap(({ items }) =>
    items.map((paper, index) => {
      const citationInput = {
        title: paper.title,
        authors: paper.authors,
        year: (paper.published ?? paper.day).slice(0, 4),
        url: new URL(paper.url, site.url).href,
        ...(paper.arxiv ? { arxiv: paper.arxiv } : {}),
        ...(paper.doi ? { doi: paper.doi } : {}),
      };
      return {
        paper,
        previous: items[index - 1],
        next: items[index + 1],
        bibtex: toBibtex(citationInput),
        citation: toPlainCitation(citationInput),
        related: related.get(paper.id) ?? [],
      };
    }),
  );
}

/** A year on the archive's overview: its papers in all and each of its twelve months. */
export interface ArchiveOverviewYear {
  year: string;
  total: number;
  /** The year's own page of calendars. */
  href: string;
  /** January to December; a month without papers has no `href`. */
  months: { name: string; label: string; total: number; href: string | undefined }[];
}

/** The archive's front page: every year at a glance, and the calendars of the newest one. */
export interface ArchiveOverview {
  total: number;
  monthCount: number;
  years: ArchiveOverviewYear[];
  latest: ArchiveYear | undefined;
}

/** One year of the archive on its own page, with the years either side. */
export interface ArchiveYearPage {
  year: ArchiveYear;
  older: Link | undefined;
  newer: Link | undefined;
}

let archiveCache: Promise<ArchiveYear[]> | undefined;

/** Every year with papers, newest first, each month a calendar shaded by papers per day. */
function getArchiveYearList(): Promise<ArchiveYear[]> {
  archiveCache ??= getPapers().then((papers) => {
    const counts = new Map<Day, number>();
    for (const paper of papers) counts.set(paper.day, (counts.get(paper.day) ?? 0) + 1);
    return archiveYears(counts);
  });
  return archiveCache;
}

/**
 * The archive's front page. It lists months, not days, for every year, so it stays small however
 * long the collection runs; each year's calendars have a page of their own.
 */
export async function getArchiveOverview(): Promise<ArchiveOverview> {
  const years = await getArchiveYearList();
  return {
    total: years.reduce((sum, year) => sum + year.total, 0),
    monthCount: years.reduce((sum, year) => sum + year.months.length, 0),
    years: years.map((year) => ({
      year: year.year,
      total: year.total,
      href: urls.archiveYear(year.year),
      months: yearMonthTotals(year).map(({ month, total }) => ({
        name: shortMonthName(month, site.locale),
        label: formatMonth(month, site.locale),
        total,
        href: total > 0 ? urls.month(month) : undefined,
      })),
    })),
    latest: years[0],
  };
}

/** Every year of the archive, newest first, for its own page of calendars. */
export async function getArchiveYears(): Promise<ArchiveYearPage[]> {
  const years = await getArchiveYearList();
  const link = (year: ArchiveYear | undefined): Link | undefined =>
    year && { href: urls.archiveYear(year.year), label: year.year };
  return years.map((year, index) => ({
    year,
    older: link(years[index + 1]),
    newer: link(years[index - 1]),
  }));
}

let relatedCache: Promise<Map<string, Paper[]>> | undefined;

/** Each paper's most similar papers (TF-IDF over title, tags and abstract), computed once per build. */
export function getRelatedPapers(): Promise<Map<string, Paper[]>> {
  relatedCache ??= getPapers().then(async (papers) => {
    const neighbours = await relatedPapersInParallel(
      papers,
      { limit: RELATED_PAPERS },
      new URL("lib/related/related-papers-worker.ts", srcDir),
    );
    return new Map(
      papers.map((paper, index) => [
        paper.id,
        (neighbours[index] ?? []).flatMap((other) => papers[other] ?? []),
      ]),
    );
  });
  return relatedCache;
}

/** A list of papers split into pages of `site.pageSize`, for Astro's `paginate()`. */
export interface PagedList {
  /** The URL segment of the list: a tag, or an author's slug. */
  key: string;
  /** What the list is of: the tag, or the author's name. */
  label: string;
  /** The list's papers, newest feed day first. */
  papers: Paper[];
}

/** Every tag with its count of papers, the most used first. */
export async function getTags(): Promise<{ tag: string; count: number; href: string }[]> {
  return groupByTag(await getPapers()).map(({ tag, items }) => ({
    tag,
    count: items.length,
    href: urls.tag(tag),
  }));
}

/** Every tag with its papers. */
export async function getTagLists(): Promise<PagedList[]> {
  return groupByTag(await getPapers()).map(({ tag, items }) => ({
    key: tag,
    label: tag,
    papers: items,
  }));
}

/** Every author with their papers; names that differ only in accents or case are one author. */
export async function getAuthorLists(): Promise<PagedList[]> {
  return groupByAuthor(await getPapers()).map(({ slug, name, items }) => ({
    key: slug,
    label: name,
    papers: items,
  }));
}

// A contributed URL as a browser would request it: quotes, angle brackets and spaces, which an href
// may not hold as they are, percent-encoded. The schema has checked that it parses.
function serialized(url: string): string {
  return new URL(url).href;
}

function toPaper(entry: CollectionEntry<"papers">): Paper {
  const { data } = entry;
  const links: Paper["links"] = [];
  if (data.arxiv) links.push({ kind: "arxiv", label: "arXiv", href: arxivAbsUrl(data.arxiv) });
  const pdf = data.links?.pdf ?? (data.arxiv ? arxivPdfUrl(data.arxiv) : undefined);
  if (pdf) links.push({ kind: "pdf", label: "PDF", href: serialized(pdf) });
  if (data.links?.code) {
    links.push({ kind: "code", label: "Code", href: serialized(data.links.code) });
  }
  if (data.links?.project) {
    links.push({ kind: "project", label: "Project page", href: serialized(data.links.project) });
  }
  const paper: Paper = {
    id: entry.id,
    title: data.title,
    authors: data.authors,
    day: data.day,
    published: data.published,
    arxiv: data.arxiv,
    doi: data.doi,
    journal: data.journal,
    tags: data.tags ?? [],
    upvotes: data.upvotes,
    submitter: data.submitter,
    thumbnail: data.thumbnail,
    text: data.text,
    html: entry.rendered?.html ?? "",
    excerpt: excerpt(data.text, EXCERPT_LENGTH),
    hasMath: data.hasMath,
    links,
    url: urls.paper(entry.id),
    entry,
  };
  // A thumbnail is its own file: replacing it changes its built URL, not the paper's digest.
  paperDigests.set(paper, `${entry.id}@${String(entry.digest)}@${data.thumbnail?.src ?? ""}`);
  return paper;
}
