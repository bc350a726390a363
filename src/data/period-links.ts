// Where each day, week and month lives and what readers call it, for every page that links to one.
import { formatDay, formatMonth, formatWeek } from "../lib/feed/dates.ts";
import type { PeriodKind } from "../lib/feed/grouping.ts";
import type { Link } from "./papers.ts";
import { site, urls } from "./site.ts";

/** The URL of one page of a day, ISO week or month. */
export function periodUrl(kind: PeriodKind, key: string, page: number): string {
  switch (kind) {
    case "day":
      return urls.day(key, page);
    case "week":
      return urls.week(key, page);
    case "month":
      return urls.month(key, page);
  }
}

/** The period for readers, e.g. "Thursday, July 31, 2025" or "July 2025". */
export function periodLabel(kind: PeriodKind, key: string): string {
  switch (kind) {
    case "day":
      return formatDay(key, site.locale);
    case "week":
      return formatWeek(key, site.locale);
    case "month":
      return formatMonth(key, site.locale);
  }
}

/** A link to the first page of a period, labelled for readers. */
export function periodLink(kind: PeriodKind, key: string): Link {
  return { href: periodUrl(kind, key, 1), label: periodLabel(kind, key) };
}

/** The URL of one page of a week's or a month's papers, most upvoted first: `/week/<key>/top/`... */
export function periodTopUrl(kind: PeriodKind, key: string, page: number): string {
  return `${periodUrl(kind, key, 1)}top/${page > 1 ? `${page}/` : ""}`;
}

/** The heading of a period's papers, most upvoted first, e.g. "Most upvoted papers of July 2025". */
export function periodTopHeading(kind: PeriodKind, key: string): string {
  return `Most upvoted papers of ${periodLabel(kind, key)}`;
}
