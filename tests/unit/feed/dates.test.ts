import { describe, expect, it } from "vitest";
import {
  addDays,
  dateToDay,
  dayToDate,
  formatDay,
  formatMonth,
  formatWeek,
  shortMonthName,
  weekdayNames,
  isoWeekday,
  isoWeekKey,
  isValidDay,
  isValidMonthKey,
  isValidWeekKey,
  monthDays,
  monthKey,
  todayUtc,
  weekDays,
  weekStart,
} from "../../../src/lib/feed/dates.ts";

// Intl may put narrow or thin spaces around the range dash; readers see ordinary spaces.
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("isValidDay", () => {
  it.each(["2025-07-31", "2024-02-29", "2000-02-29", "1999-12-31", "2025-01-01"])(
    "accepts the real day %s",
    (day) => expect(isValidDay(day)).toBe(true),
  );

  it.each([
    "2025-02-30",
    "2025-02-29",
    "1900-02-29",
    "2025-04-31",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "2025-1-01",
    "25-01-01",
    "2025/01/01",
    "2025-01-01T00:00:00Z",
    " 2025-01-01",
    "",
  ])("rejects %j", (value) => expect(isValidDay(value)).toBe(false));
});

describe("dayToDate and dateToDay", () => {
  it("reads a day as UTC midnight and writes it back", () => {
    const date = dayToDate("2025-07-31");
    expect(date.toISOString()).toBe("2025-07-31T00:00:00.000Z");
    expect(dateToDay(date)).toBe("2025-07-31");
  });

  it("writes a Date as its UTC day, whatever its time", () => {
    expect(dateToDay(new Date("2025-07-31T23:59:59.999Z"))).toBe("2025-07-31");
    expect(dateToDay(new Date("2025-08-01T01:00:00+02:00"))).toBe("2025-07-31");
  });

  it("throws on a day that does not exist, naming it", () => {
    expect(() => dayToDate("2025-02-30")).toThrow(RangeError);
    expect(() => dayToDate("2025-02-30")).toThrow(/2025-02-30/);
  });
});

describe("todayUtc", () => {
  it("is the UTC day of the given instant", () => {
    expect(todayUtc(new Date("2025-12-31T23:30:00-05:00"))).toBe("2026-01-01");
    expect(todayUtc(new Date("2025-01-01T00:30:00+02:00"))).toBe("2024-12-31");
  });

  it("defaults to now", () => {
    expect(isValidDay(todayUtc())).toBe(true);
  });
});

describe("addDays", () => {
  it("moves across month, year and leap-day boundaries", () => {
    expect(addDays("2025-07-31", 1)).toBe("2025-08-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2025-07-31", 0)).toBe("2025-07-31");
    expect(addDays("2025-01-01", 365)).toBe("2026-01-01");
  });

  it("is not thrown off by daylight saving time", () => {
    // 2025-03-30 is the day Europe moves its clocks; the site works in UTC only.
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
    expect(addDays("2025-10-25", 2)).toBe("2025-10-27");
  });
});

describe("isoWeekKey", () => {
  it.each([
    ["2020-12-31", "2020-W53"],
    ["2021-01-03", "2020-W53"],
    ["2021-01-04", "2021-W01"],
    ["2024-12-30", "2025-W01"],
    ["2024-12-29", "2024-W52"],
    ["2026-01-01", "2026-W01"],
    ["2019-12-30", "2020-W01"],
    ["2016-01-03", "2015-W53"],
    ["2027-01-01", "2026-W53"],
    ["2025-07-31", "2025-W31"],
    ["2025-07-28", "2025-W31"],
    ["2025-08-03", "2025-W31"],
  ])("puts %s in %s", (day, week) => expect(isoWeekKey(day)).toBe(week));

  it("throws on a day that does not exist", () => {
    expect(() => isoWeekKey("2025-02-30")).toThrow(RangeError);
  });
});

describe("weekStart and weekDays", () => {
  it("starts a week on its Monday, even when that Monday is in the previous year", () => {
    expect(weekStart("2020-W53")).toBe("2020-12-28");
    expect(weekStart("2025-W01")).toBe("2024-12-30");
    expect(weekStart("2026-W01")).toBe("2025-12-29");
    expect(weekStart("2021-W01")).toBe("2021-01-04");
    expect(weekStart("2025-W31")).toBe("2025-07-28");
  });

  it("lists the seven days of a week across a year boundary, Monday first", () => {
    expect(weekDays("2020-W53")).toEqual([
      "2020-12-28",
      "2020-12-29",
      "2020-12-30",
      "2020-12-31",
      "2021-01-01",
      "2021-01-02",
      "2021-01-03",
    ]);
  });

  it("lists days that all belong to the week", () => {
    for (const week of ["2015-W53", "2024-W01", "2025-W01", "2025-W52", "2026-W53"]) {
      const days = weekDays(week);
      expect(days).toHaveLength(7);
      expect(days.map(isoWeekKey)).toEqual(Array(7).fill(week));
      expect(days.map(isoWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it("throws on a malformed week", () => {
    expect(() => weekStart("2025-31")).toThrow(RangeError);
    expect(() => weekDays("2025-W1")).toThrow(/YYYY-Www/);
  });
});

describe("isValidWeekKey", () => {
  it.each(["2020-W53", "2015-W53", "2026-W53", "2025-W01", "2025-W52"])("accepts %s", (week) =>
    expect(isValidWeekKey(week)).toBe(true),
  );

  it.each(["2021-W53", "2025-W53", "2025-W00", "2025-W54", "2025-W1", "2025W01", "2025-w01", ""])(
    "rejects %j",
    (week) => expect(isValidWeekKey(week)).toBe(false),
  );
});

describe("monthKey, isValidMonthKey and monthDays", () => {
  it("takes the month of a day", () => {
    expect(monthKey("2025-07-31")).toBe("2025-07");
  });

  it.each([
    ["2025-07", true],
    ["2025-12", true],
    ["2025-01", true],
    ["2025-13", false],
    ["2025-00", false],
    ["2025-7", false],
    ["2025-07-01", false],
    ["", false],
  ])("judges %j a month: %s", (month, valid) => expect(isValidMonthKey(month)).toBe(valid));

  it("lists every day of a month in order", () => {
    const july = monthDays("2025-07");
    expect(july).toHaveLength(31);
    expect(july[0]).toBe("2025-07-01");
    expect(july.at(-1)).toBe("2025-07-31");
    expect(monthDays("2025-04")).toHaveLength(30);
    expect(monthDays("2025-12").at(-1)).toBe("2025-12-31");
  });

  it("gives February 29 days in leap years only", () => {
    expect(monthDays("2024-02")).toHaveLength(29);
    expect(monthDays("2024-02").at(-1)).toBe("2024-02-29");
    expect(monthDays("2025-02")).toHaveLength(28);
    expect(monthDays("2000-02")).toHaveLength(29);
    expect(monthDays("1900-02")).toHaveLength(28);
  });

  it("throws on something that is not a month", () => {
    expect(() => monthDays("2025-13")).toThrow(RangeError);
    expect(() => monthDays("July")).toThrow(/YYYY-MM/);
  });
});

describe("isoWeekday", () => {
  it("numbers Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2025-07-28")).toBe(1);
    expect(isoWeekday("2025-07-31")).toBe(4);
    expect(isoWeekday("2025-08-03")).toBe(7);
  });
});

describe("formatting for readers", () => {
  it("writes a day in the given locale, in UTC", () => {
    expect(formatDay("2025-07-31", "en-US")).toBe("Thursday, July 31, 2025");
    expect(formatDay("2025-07-31", "en-US", "short")).toBe("Jul 31, 2025");
    expect(formatDay("2025-07-31", "de-DE")).toBe("Donnerstag, 31. Juli 2025");
  });

  it("writes a month", () => {
    expect(formatMonth("2025-07", "en-US")).toBe("July 2025");
  });

  it("names a month alone in its short form, in the site's locale", () => {
    expect(shortMonthName("2025-07", "en-US")).toBe("Jul");
    expect(shortMonthName("2024-12", "en-US")).toBe("Dec");
    expect(shortMonthName("2025-07", "fr-FR")).toBe("juil.");
  });

  it("writes a week with its number, year and range of days", () => {
    expect(plainSpaces(formatWeek("2025-W31", "en-US"))).toBe("Week 31, 2025 (Jul 28 – Aug 3)");
    expect(plainSpaces(formatWeek("2020-W53", "en-US"))).toMatch(
      /^Week 53, 2020 \(Dec 28, 2020 – Jan 3, 2021\)$/,
    );
  });
});

describe("weekdayNames", () => {
  it("names the weekdays from Monday to Sunday, in full and by one letter, in the locale", () => {
    expect(weekdayNames("en-US")).toEqual([
      { long: "Monday", short: "M" },
      { long: "Tuesday", short: "T" },
      { long: "Wednesday", short: "W" },
      { long: "Thursday", short: "T" },
      { long: "Friday", short: "F" },
      { long: "Saturday", short: "S" },
      { long: "Sunday", short: "S" },
    ]);
    expect(weekdayNames("de-DE")[0]).toEqual({ long: "Montag", short: "M" });
  });
});
