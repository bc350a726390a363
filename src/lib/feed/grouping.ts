import { isoWeekKey, monthKey, type Day } from "./dates.ts";

/** What the feed needs to know of a paper to place and order it. */
export interface FeedItem {
  id: string;
  day: Day;
  title: string;
  upvotes?: number | undefined;
}

/** A period of the feed (day, ISO week or month) with its papers and its non-empty neighbours. */
export interface FeedPeriod<T> {
  /** `YYYY-MM-DD`, `YYYY-Www` or `YYYY-MM`. */
  key: string;
  /** The period's days that have papers, newest first, each with its papers in feed order. */
  days: { day: Day; items: T[] }[];
  /** The nearest older period with papers. */
  older: string | undefined;
  /** The nearest newer period with papers. */
  newer: string | undefined;
}

/** The kinds of period the feed can be browsed by. */
export type PeriodKind = "day" | "week" | "month";

const PERIOD_KEY: Record<PeriodKind, (day: Day) => string> = {
  day: (day) => day,
  week: isoWeekKey,
  month: monthKey,
};

/**
 * Orders papers within a day: most upvotes first, then by title, then by id, so that papers alike
 * in both keep one order whatever order the collection was read in.
 */
export function compareWithinDay(a: FeedItem, b: FeedItem): number {
  return (
    (b.upvotes ?? 0) - (a.upvotes ?? 0) ||
    a.title.localeCompare(b.title, "en") ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Groups papers by feed day, newest day first, each day in feed order. */
export function groupByDay<T extends FeedItem>(items: readonly T[]): { day: Day; items: T[] }[] {
  const byDay = new Map<Day, T[]>();
  for (const item of items) {
    const list = byDay.get(item.day);
    if (list) list.push(item);
    else byDay.set(item.day, [item]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([day, list]) => ({ day, items: list.sort(compareWithinDay) }));
}

/**
 * Splits papers already in feed order (as `groupByDay` leaves them) into their days, keeping that
 * order: a page of a list, cut from the ordered feed, needs no sorting again.
 */
export function splitByDay<T extends Pick<FeedItem, "day">>(
  items: readonly T[],
): { day: Day; items: T[] }[] {
  const days: { day: Day; items: T[] }[] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last?.day === item.day) last.items.push(item);
    else days.push({ day: item.day, items: [item] });
  }
  return days;
}

/** Splits the feed into periods of one kind, newest first, each linked to its non-empty neighbours. */
export function periods<T extends FeedItem>(
  items: readonly T[],
  kind: PeriodKind,
): FeedPeriod<T>[] {
  const keyOf = PERIOD_KEY[kind];
  const grouped: FeedPeriod<T>[] = [];
  for (const day of groupByDay(items)) {
    const key = keyOf(day.day);
    const last = grouped.at(-1);
    if (last?.key === key) last.days.push(day);
    else grouped.push({ key, days: [day], older: undefined, newer: undefined });
  }
  grouped.forEach((period, index) => {
    period.newer = grouped[index - 1]?.key;
    period.older = grouped[index + 1]?.key;
  });
  return grouped;
}
