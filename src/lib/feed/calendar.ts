import { isoWeekday, monthDays, monthKey, type Day } from "./dates.ts";

/** One day of a month calendar: how many papers it has and how dark its cell is shaded (0-4). */
export interface CalendarDay {
  day: Day;
  count: number;
  level: 0 | 1 | 2 | 3 | 4;
}

/** A month laid out in weeks, Monday first; `null` pads the days before the 1st and after the last. */
export type CalendarWeeks = (CalendarDay | null)[][];

/** The shade of a day: 0 for none, then 1 to 4 in proportion to the busiest day. */
export function shadeLevel(count: number, busiest: number): CalendarDay["level"] {
  if (count <= 0 || busiest <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / busiest))) as CalendarDay["level"];
}

/** Lays out a `YYYY-MM` month as calendar weeks with each day's paper count and shade. */
export function monthCalendar(
  month: string,
  counts: ReadonlyMap<Day, number>,
  busiest: number,
): CalendarWeeks {
  const days = monthDays(month);
  const cells: (CalendarDay | null)[] = Array.from(
    { length: isoWeekday(days[0] as Day) - 1 },
    () => null,
  );
  for (const day of days) {
    const count = counts.get(day) ?? 0;
    cells.push({ day, count, level: shadeLevel(count, busiest) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, row) => cells.slice(row * 7, row * 7 + 7));
}

/** A month of the archive: how many papers it has and its calendar. */
export interface ArchiveMonth {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  weeks: CalendarWeeks;
}

/** A year of the archive: how many papers it has, and each month that has any, newest first. */
export interface ArchiveYear {
  /** `YYYY`. */
  year: string;
  total: number;
  months: ArchiveMonth[];
}

/**
 * Groups the papers per day into years and months, newest first, each month laid out as a calendar.
 * Every day is shaded against the busiest day of the whole collection, so one shade means the same
 * number of papers on every page of the archive.
 */
export function archiveYears(counts: ReadonlyMap<Day, number>): ArchiveYear[] {
  const busiest = Math.max(0, ...counts.values());
  const monthTotals = new Map<string, number>();
  for (const [day, count] of counts) {
    monthTotals.set(monthKey(day), (monthTotals.get(monthKey(day)) ?? 0) + count);
  }
  const years = new Map<string, ArchiveYear>();
  for (const [month, total] of [...monthTotals].sort(([a], [b]) => (a < b ? 1 : -1))) {
    const year = month.slice(0, 4);
    let entry = years.get(year);
    if (!entry) {
      entry = { year, total: 0, months: [] };
      years.set(year, entry);
    }
    entry.total += total;
    entry.months.push({ month, total, weeks: monthCalendar(month, counts, busiest) });
  }
  return [...years.values()];
}

/** Every month of a year, January first, with its papers in all: 0 for a month without any. */
export function yearMonthTotals(year: ArchiveYear): { month: string; total: number }[] {
  const totals = new Map(year.months.map(({ month, total }) => [month, total]));
  return Array.from({ length: 12 }, (_, index) => {
    const month = `${year.year}-${String(index + 1).padStart(2, "0")}`;
    return { month, total: totals.get(month) ?? 0 };
  });
}
