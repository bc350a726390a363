import { describe, expect, it } from "vitest";
import { toApiDays } from "../../../src/lib/publish/api-days.ts";

const url = (day: string) => `https://papers.example.org/daily-papers/api/days/${day}.json`;

describe("toApiDays", () => {
  it.each([
    { days: [], expected: [] },
    { days: ["2025-07-31"], expected: [["2025-07-31", 1]] },
    {
      days: ["2025-08-01", "2025-07-31", "2025-07-31", "2025-07-31", "2024-11-29", "2024-11-29"],
      expected: [
        ["2025-08-01", 1],
        ["2025-07-31", 3],
        ["2024-11-29", 2],
      ],
    },
  ])("counts the papers of each day, in feed order: $days", ({ days, expected }) => {
    expect(
      toApiDays(
        days.map((day) => ({ day })),
        url,
      ),
    ).toStrictEqual({
      version: 1,
      days: expected.map(([day, count]) => ({ day, count, url: url(String(day)) })),
    });
  });
});
