import { isoWeekday, monthDays, type Day } from "./dates.ts";

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
