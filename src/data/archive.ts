// The archive: every year at a glance, and each year's calendars on a page of its own.
import { archiveYears, yearMonthTotals, type ArchiveYear } from "../lib/feed/calendar.ts";
import { formatMonth, shortMonthName, type Day } from "../lib/feed/dates.ts";
import { withCacheKeys } from "./cache-keys.ts";
import { getPapers, type Link } from "./papers.ts";
import { site, urls } from "./site.ts";

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

/** The static paths of each year's calendars, `/archive/<year>/`, newest first. */
export async function getArchiveYearPaths() {
  const years = await getArchiveYearList();
  const link = (year: ArchiveYear | undefined): Link | undefined =>
    year && { href: urls.archiveYear(year.year), label: year.year };
  return withCacheKeys(
    years.map((year, index) => ({
      params: { year: year.year },
      props: { page: { year, older: link(years[index + 1]), newer: link(years[index - 1]) } },
    })),
  );
}
