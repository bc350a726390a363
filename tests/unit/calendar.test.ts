import { describe, expect, it } from "vitest";
import { monthCalendar, shadeLevel } from "../../src/lib/calendar.ts";

describe("shadeLevel", () => {
  it("is 0 for a day without papers", () => {
    expect(shadeLevel(0, 10)).toBe(0);
  });

  it("grows with the count, up to 4 on the busiest day", () => {
    expect([1, 3, 5, 8, 10].map((count) => shadeLevel(count, 10))).toEqual([1, 2, 2, 4, 4]);
  });

  it("gives any day with papers at least level 1", () => {
    expect(shadeLevel(1, 5000)).toBe(1);
  });
});

describe("monthCalendar", () => {
  const counts = new Map([
    ["2025-07-31", 67],
    ["2025-07-28", 2],
  ]);
  const weeks = monthCalendar("2025-07", counts, 67);

  it("lays a month out in Monday-first weeks of seven cells", () => {
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    // July 1st 2025 is a Tuesday.
    expect(weeks[0]?.[0]).toBeNull();
    expect(weeks[0]?.[1]?.day).toBe("2025-07-01");
    expect(weeks[4]?.[3]?.day).toBe("2025-07-31");
    expect(weeks[4]?.slice(4)).toEqual([null, null, null]);
  });

  it("gives every day its count and shade", () => {
    const cells = weeks.flat().filter((cell) => cell !== null);
    expect(cells).toHaveLength(31);
    expect(cells.find((cell) => cell.day === "2025-07-31")).toEqual({
      day: "2025-07-31",
      count: 67,
      level: 4,
    });
    expect(cells.find((cell) => cell.day === "2025-07-28")?.level).toBe(1);
    expect(cells.find((cell) => cell.day === "2025-07-02")).toEqual({
      day: "2025-07-02",
      count: 0,
      level: 0,
    });
  });

  it("handles a month that starts on a Monday and a leap February", () => {
    const february = monthCalendar("2027-02", new Map(), 0);
    expect(february).toHaveLength(4);
    expect(february[0]?.[0]?.day).toBe("2027-02-01");
    const leap = monthCalendar("2024-02", new Map(), 0).flat();
    expect(leap.filter((cell) => cell !== null)).toHaveLength(29);
  });
});
