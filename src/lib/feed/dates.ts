// Every date in the site is a calendar day written `YYYY-MM-DD` and computed in UTC,
// so a build gives the same pages in every time zone.

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A calendar day as `YYYY-MM-DD`. */
export type Day = string;

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (no 2025-02-30). */
export function isValidDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The UTC midnight of a `YYYY-MM-DD` day; throws on anything that is not a real day. */
export function dayToDate(day: Day): Date {
  if (!isValidDay(day)) throw new RangeError(`not a calendar day (expected YYYY-MM-DD): ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

/** The `YYYY-MM-DD` of a Date, read in UTC. */
export function dateToDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): Day {
  return dateToDay(now);
}

/** The day `count` days after `day` (negative counts go back). */
export function addDays(day: Day, count: number): Day {
  return dateToDay(new Date(dayToDate(day).getTime() + count * MS_PER_DAY));
}

/** The ISO 8601 week of a day as `YYYY-Www` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekKey(day: Day): string {
  const date = dayToDate(day);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same ISO week decides which year the week belongs to.
  const thursday = new Date(date.getTime() + (4 - weekday) * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / MS_PER_DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** True when `value` is a `YYYY-Www` ISO week that exists (W53 only in long years). */
export function isValidWeekKey(value: string): boolean {
  const match = WEEK_PATTERN.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= 53 && isoWeekKey(weekStart(value)) === value;
}

/** The Monday that starts an ISO week `YYYY-Www`. */
export function weekStart(weekKey: string): Day {
  const match = WEEK_PATTERN.exec(weekKey);
  if (!match) throw new RangeError(`not an ISO week (expected YYYY-Www): ${weekKey}`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  // January 4th is always in week 1.
  const jan4 = dateToDay(new Date(Date.UTC(year, 0, 4)));
  const jan4Weekday = dayToDate(jan4).getUTCDay() || 7;
  return addDays(jan4, (week - 1) * 7 - (jan4Weekday - 1));
}

/** The seven days of an ISO week, Monday first. */
export function weekDays(weekKey: string): Day[] {
  const monday = weekStart(weekKey);
  return Array.from({ length: 7 }, (_, offset) => addDays(monday, offset));
}

/** The month of a day as `YYYY-MM`. */
export function monthKey(day: Day): string {
  return day.slice(0, 7);
}

/** True when `value` is a `YYYY-MM` month. */
export function isValidMonthKey(value: string): boolean {
  const match = MONTH_PATTERN.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** Every day of a `YYYY-MM` month, in order. */
export function monthDays(month: string): Day[] {
  if (!isValidMonthKey(month)) throw new RangeError(`not a month (expected YYYY-MM): ${month}`);
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return Array.from({ length }, (_, index) => `${month}-${String(index + 1).padStart(2, "0")}`);
}

/** The weekday of a day, 1 for Monday to 7 for Sunday (ISO numbering). */
export function isoWeekday(day: Day): number {
  return dayToDate(day).getUTCDay() || 7;
}

// A build formats the same few hundred days on every card and page that shows them (86,000 dates in
// the pages of 10,000 papers); each is formatted once.
const formattedDays = new Map<string, string>();

/** Formats a day for readers, e.g. "Thursday, July 31, 2025", in the given locale. */
export function formatDay(day: Day, locale: string, style: "long" | "short" = "long"): string {
  const key = `${locale} ${style} ${day}`;
  let formatted = formattedDays.get(key);
  if (formatted === undefined) {
    const options: Intl.DateTimeFormatOptions =
      style === "long"
        ? { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
        : { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" };
    formatted = dateFormat(locale, options).format(dayToDate(day));
    formattedDays.set(key, formatted);
  }
  return formatted;
}

/** The weekdays from Monday to Sunday in a locale, each by its full name and its one-letter form. */
export function weekdayNames(locale: string): { long: string; short: string }[] {
  const long = dateFormat(locale, { weekday: "long", timeZone: "UTC" });
  const short = dateFormat(locale, { weekday: "narrow", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, index) => {
    // 2024-01-01 was a Monday.
    const date = new Date(Date.UTC(2024, 0, 1 + index));
    return { long: long.format(date), short: short.format(date) };
  });
}

/** Formats a `YYYY-MM` month for readers, e.g. "July 2025". */
export function formatMonth(month: string, locale: string): string {
  return dateFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(
    dayToDate(`${month}-01`),
  );
}

/** A `YYYY-MM` month's name alone, abbreviated where the locale has a short form, e.g. "Jul". */
export function shortMonthName(month: string, locale: string): string {
  return dateFormat(locale, { month: "short", timeZone: "UTC" }).format(dayToDate(`${month}-01`));
}

/** Formats an ISO week for readers, e.g. "Week 31, 2025 (Jul 28 – Aug 3)". */
export function formatWeek(weekKey: string, locale: string): string {
  const days = weekDays(weekKey);
  const range = dateFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }).formatRange(
    dayToDate(days[0] as Day),
    dayToDate(days[6] as Day),
  );
  const [year, week] = weekKey.split("-W") as [string, string];
  return `Week ${Number(week)}, ${year} (${range})`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

// Creating an Intl.DateTimeFormat costs about a millisecond; a build formats dates on every card
// of tens of thousands of pages, so each locale and style gets one formatter, made once.
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}
