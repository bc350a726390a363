// The pages of each day, ISO week and month of the feed.
import { isoWeekKey, monthKey, type Day } from "../lib/feed/dates.ts";
import { periods, splitByDay, type PeriodKind } from "../lib/feed/grouping.ts";
import { hasUpvotes, mostUpvoted } from "../lib/feed/most-upvoted.ts";
import { pageSlices } from "../lib/feed/pagination.ts";
import { PERIOD_SEGMENT } from "../lib/publish/urls.ts";
import { countOf } from "../lib/text/counts.ts";
import { bibliographyDownloads, bibliographyPaths, type Download } from "./bibliography.ts";
import { withCacheKeys } from "./cache-keys.ts";
import { headedDays, type DaySection } from "./days.ts";
import { pageParam, paperListPages } from "./paper-lists.ts";
import { getPapers, type Link, type Paper } from "./papers.ts";
import {
  periodLabel,
  periodLink,
  periodTopHeading,
  periodTopUrl,
  periodUrl,
} from "./period-links.ts";
import { site } from "./site.ts";

/** One page of a day, week or month of the feed. */
export interface PeriodPage {
  /** What the period is, e.g. "day", for the names of the links to its neighbours. */
  unit: PeriodKind;
  /** The period for readers, e.g. "Thursday, July 31, 2025" or "July 2025". */
  label: string;
  /** The whole period in a line: its papers, and over how many days for a week or a month. */
  summary: string;
  /** How many papers the whole period has, over all its pages. */
  total: number;
  /** This page's papers, by day. */
  days: DaySection[];
  /** This page's number, from 1. */
  pageNumber: number;
  /** The URL of each page of the period, in order. */
  pages: string[];
  older: Link | undefined;
  newer: Link | undefined;
  /** The same papers seen by another period: a day's week and month, a week's months, a month's weeks. */
  related: Link[];
  /** The whole period's papers as files for reference managers. */
  downloads: Download[];
  /** The same papers, most upvoted first: a week's or a month's whose papers carry upvotes. */
  top: Link | undefined;
}

/**
 * The static paths of every page of every day, ISO week and month that has papers: `/date/<day>/`,
 * `/week/<week>/`, `/month/<month>/`, then `.../2/` and on as a period outgrows a page.
 */
export async function getPeriodPaths() {
  const papers = await getPapers();
  return withCacheKeys(
    (["day", "week", "month"] as const).flatMap((kind) =>
      periodPages(papers, kind).map((page) => ({
        params: {
          period: PERIOD_SEGMENT[kind],
          key: page.key,
          page: page.pageNumber > 1 ? String(page.pageNumber) : undefined,
        },
        props: { page: page.page },
      })),
    ),
  );
}

/**
 * The static paths of each week's and month's papers, most upvoted first, as Hugging Face ranks
 * them: `/week/<week>/top/`, `/month/<month>/top/`, then `.../top/2/`; none for a period without upvotes.
 */
export async function getPeriodTopPaths() {
  const papers = await getPapers();
  return withCacheKeys(
    (["week", "month"] as const).flatMap((kind) =>
      periods(papers, kind).flatMap((period) => {
        const items = period.days.flatMap((day) => day.items);
        if (!hasUpvotes(items)) return [];
        const label = periodLabel(kind, period.key);
        return paperListPages({
          heading: periodTopHeading(kind, period.key),
          description: `${countOf(items.length, "paper")} from ${label}, most upvoted first.`,
          pageUrl: (page) => periodTopUrl(kind, period.key, page),
          views: [{ href: periodUrl(kind, period.key, 1), label: `${label}, newest first` }],
          papers: mostUpvoted(items),
          ranked: true,
          pageSize: site.periodPageSize,
        }).map((page) => ({
          params: { period: PERIOD_SEGMENT[kind], key: period.key, page: pageParam(page) },
          props: { page },
        }));
      }),
    ),
  );
}

/** The static paths of each day's, week's and month's files of papers: `/date/<day>/papers.bib`... */
export async function getPeriodFilePaths() {
  const papers = await getPapers();
  return (["day", "week", "month"] as const).flatMap((kind) =>
    periods(papers, kind).flatMap((period) =>
      bibliographyPaths(
        { period: PERIOD_SEGMENT[kind], key: period.key },
        period.days.flatMap((day) => day.items),
      ),
    ),
  );
}

// A month of a busy site holds over a thousand papers: each period is split into pages of
// `site.periodPageSize`, page 1 at the period's own URL.
function periodPages(
  papers: readonly Paper[],
  kind: PeriodKind,
): { key: string; pageNumber: number; page: PeriodPage }[] {
  return periods(papers, kind).flatMap((period) => {
    const days = period.days.map(({ day }) => day);
    const all = period.days.flatMap((day) => day.items);
    const slices = pageSlices(all, site.periodPageSize);
    const total = all.length;
    const count = countOf(total, "paper");
    const shared = {
      unit: kind,
      label: periodLabel(kind, period.key),
      summary: kind === "day" ? count : `${count} on ${countOf(days.length, "day")}`,
      total,
      pages: slices.map((_, index) => periodUrl(kind, period.key, index + 1)),
      older: period.older ? periodLink(kind, period.older) : undefined,
      newer: period.newer ? periodLink(kind, period.newer) : undefined,
      related: relatedPeriods(kind, days),
      downloads: bibliographyDownloads(periodUrl(kind, period.key, 1)),
      top:
        kind !== "day" && hasUpvotes(all)
          ? { href: periodTopUrl(kind, period.key, 1), label: "Most upvoted" }
          : undefined,
    };
    return slices.map((items, index) => ({
      key: period.key,
      pageNumber: index + 1,
      page: {
        ...shared,
        // A day's own page has the day as its title: its papers need no heading of their own.
        days:
          kind === "day"
            ? splitByDay(items).map(({ day, items }) => ({
                day,
                papers: items,
                heading: undefined,
              }))
            : headedDays(items),
        pageNumber: index + 1,
      },
    }));
  });
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
