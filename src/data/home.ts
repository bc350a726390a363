// The home page: the latest days of the feed.
import { isoWeekKey } from "../lib/feed/dates.ts";
import { splitByDay } from "../lib/feed/grouping.ts";
import { hasUpvotes } from "../lib/feed/most-upvoted.ts";
import { dayHeading, type DaySection } from "./days.ts";
import { getPapers, type Link } from "./papers.ts";
import { periodTopHeading, periodTopUrl } from "./period-links.ts";
import { site } from "./site.ts";

/** One of the latest days on the home page: its first papers, headed by how many it has in all. */
export interface LatestDay extends DaySection {
  /** The day's own page, which lists every paper of it, when the home page shows only the first. */
  rest: (Link & { total: number }) | undefined;
}

/** What the home page shows: the latest days, and a link to the latest week's most upvoted papers. */
export async function getHome(): Promise<{ days: LatestDay[]; top: Link | undefined }> {
  return { days: await getLatestDays(), top: await getLatestWeekTop() };
}

/** The latest week's papers most upvoted first, when any of them has upvotes. */
async function getLatestWeekTop(): Promise<Link | undefined> {
  const papers = await getPapers();
  const newest = papers[0];
  if (!newest) return undefined;
  const week = isoWeekKey(newest.day);
  // The feed is newest first, so the latest week's papers are the ones before the first of another week.
  const end = papers.findIndex((paper) => isoWeekKey(paper.day) !== week);
  if (!hasUpvotes(end === -1 ? papers : papers.slice(0, end))) return undefined;
  return { href: periodTopUrl("week", week, 1), label: periodTopHeading("week", week) };
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
    const heading = dayHeading(day, items.length);
    latest.push({
      day,
      papers: items.slice(0, room),
      heading,
      rest:
        items.length > room
          ? { href: heading.href, label: heading.label, total: items.length }
          : undefined,
    });
    room -= Math.min(room, items.length);
  }
  return latest;
}
