// A list of papers in feed order, split into the sections of its days as list pages show them.
import type { Day } from "../lib/feed/dates.ts";
import { splitByDay } from "../lib/feed/grouping.ts";
import type { Link, Paper } from "./papers.ts";
import { periodLink } from "./period-links.ts";

/** A day's heading: a link to the day's own page, with the day for readers, and a count of papers. */
export interface DayHeading extends Link {
  /** How many papers the heading says the day has. */
  count: number;
}

/** One day of a list of papers, as a section of its page. */
export interface DaySection {
  day: Day;
  papers: Paper[];
  /** None on the day's own page, whose title is the day. */
  heading: DayHeading | undefined;
}

/** The heading of a day that has `count` papers. */
export function dayHeading(day: Day, count: number): DayHeading {
  return { ...periodLink("day", day), count };
}

/** Papers in feed order as their days' sections, each day's heading counting the papers listed. */
export function headedDays(papers: readonly Paper[]): DaySection[] {
  return splitByDay(papers).map(({ day, items }) => ({
    day,
    papers: items,
    heading: dayHeading(day, items.length),
  }));
}

/** Papers in an order of their own (not by day) as one section without a heading. */
export function unheadedSection(papers: readonly Paper[]): DaySection[] {
  const first = papers[0];
  return first ? [{ day: first.day, papers: [...papers], heading: undefined }] : [];
}
