// The one place pages get papers from: it loads the collection once, orders it and groups it
// for every kind of page. Per-file and cross-file rules are checked when the collection loads.
import { getCollection, type CollectionEntry } from "astro:content";
import { arxivAbsUrl, arxivPdfUrl } from "../lib/arxiv.ts";
import { monthCalendar, type CalendarWeeks } from "../lib/calendar.ts";
import { toBibtex, toPlainCitation } from "../lib/citation.ts";
import {
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekKey,
  monthKey,
  type Day,
} from "../lib/dates.ts";
import { excerpt } from "../lib/excerpt.ts";
import { groupByDay, periods, type FeedPeriod, type PeriodKind } from "../lib/feed.ts";
import { PERIOD_SEGMENT } from "../lib/urls.ts";
import { site, urls } from "./site.ts";

const EXCERPT_LENGTH = 260;

/** A paper as pages show it. */
export interface Paper {
  id: string;
  title: string;
  authors: string[];
  day: Day;
  published: Day | undefined;
  arxiv: string | undefined;
  tags: string[];
  upvotes: number | undefined;
  submitter: string | undefined;
  thumbnail: CollectionEntry<"papers">["data"]["thumbnail"];
  /** The abstract as plain text. */
  text: string;
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
  days: FeedPeriod<Paper>["days"];
  total: number;
  older: Link | undefined;
  newer: Link | undefined;
  /** The same papers seen by another period: a day's week and month, a week's months, a month's weeks. */
  related: Link[];
}

let cached: Promise<Paper[]> | undefined;

/** Every paper, newest feed day first, each day in feed order (upvotes, then title). */
export function getPapers(): Promise<Paper[]> {
  cached ??= getCollection("papers").then((entries) =>
    groupByDay(entries.map(toPaper)).flatMap((day) => day.items),
  );
  return cached;
}

/** The latest days with papers, newest first, as many as the site shows on its home page. */
export async function getLatestDays(): Promise<{ day: Day; items: Paper[] }[]> {
  return groupByDay(await getPapers()).slice(0, site.homeDays);
}

/** Every day, ISO week and month that has papers (or those of one kind), each with its neighbours and related views. */
export async function getPeriodPages(
  kinds: readonly PeriodKind[] = ["day", "week", "month"],
): Promise<PeriodPage[]> {
  const papers = await getPapers();
  return kinds.flatMap((kind) => periodPages(papers, kind));
}

function periodPages(papers: readonly Paper[], kind: PeriodKind): PeriodPage[] {
  return periods(papers, kind).map((period) => {
    const days = period.days.map(({ day }) => day);
    return {
      kind,
      segment: PERIOD_SEGMENT[kind],
      key: period.key,
      label: periodLink(kind, period.key).label,
      days: period.days,
      total: period.days.reduce((sum, day) => sum + day.items.length, 0),
      older: period.older ? periodLink(kind, period.older) : undefined,
      newer: period.newer ? periodLink(kind, period.newer) : undefined,
      related: relatedPeriods(kind, days),
    };
  });
}

function periodLink(kind: PeriodKind, key: string): Link {
  switch (kind) {
    case "day":
      return { href: urls.day(key), label: formatDay(key, site.locale) };
    case "week":
      return { href: urls.week(key), label: formatWeek(key, site.locale) };
    case "month":
      return { href: urls.month(key), label: formatMonth(key, site.locale) };
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
  }[]
> {
  return groupByDay(await getPapers()).flatMap(({ items }) =>
    items.map((paper, index) => {
      const citationInput = {
        title: paper.title,
        authors: paper.authors,
        year: (paper.published ?? paper.day).slice(0, 4),
        url: new URL(paper.url, site.url).href,
        ...(paper.arxiv ? { arxiv: paper.arxiv } : {}),
      };
      return {
        paper,
        previous: items[index - 1],
        next: items[index + 1],
        bibtex: toBibtex(citationInput),
        citation: toPlainCitation(citationInput),
      };
    }),
  );
}

/** Every month with papers, newest first, laid out as a calendar shaded by papers per day. */
export async function getArchive(): Promise<
  { month: string; total: number; weeks: CalendarWeeks }[]
> {
  const counts = new Map<Day, number>();
  for (const paper of await getPapers()) counts.set(paper.day, (counts.get(paper.day) ?? 0) + 1);
  const busiest = Math.max(0, ...counts.values());
  const months = new Map<string, number>();
  for (const [day, count] of counts) {
    months.set(monthKey(day), (months.get(monthKey(day)) ?? 0) + count);
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([month, total]) => ({ month, total, weeks: monthCalendar(month, counts, busiest) }));
}

function toPaper(entry: CollectionEntry<"papers">): Paper {
  const { data } = entry;
  const links: Paper["links"] = [];
  if (data.arxiv) links.push({ kind: "arxiv", label: "arXiv", href: arxivAbsUrl(data.arxiv) });
  const pdf = data.links?.pdf ?? (data.arxiv ? arxivPdfUrl(data.arxiv) : undefined);
  if (pdf) links.push({ kind: "pdf", label: "PDF", href: pdf });
  if (data.links?.code) links.push({ kind: "code", label: "Code", href: data.links.code });
  if (data.links?.project) {
    links.push({ kind: "project", label: "Project page", href: data.links.project });
  }
  return {
    id: entry.id,
    title: data.title,
    authors: data.authors,
    day: data.day,
    published: data.published,
    arxiv: data.arxiv,
    tags: data.tags ?? [],
    upvotes: data.upvotes,
    submitter: data.submitter,
    thumbnail: data.thumbnail,
    text: data.text,
    excerpt: excerpt(data.text, EXCERPT_LENGTH),
    hasMath: data.hasMath,
    links,
    url: urls.paper(entry.id),
    entry,
  };
}
