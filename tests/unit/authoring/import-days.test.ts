import { describe, expect, it } from "vitest";
import { chooseImportDays } from "../../../src/lib/authoring/import-days.ts";

const today = "2025-08-01";

describe("chooseImportDays", () => {
  it.each([
    ["the last 3 days by default", { days: 3 }, { since: "2025-07-30", until: today }],
    ["one day", { days: 1 }, { since: today, until: today }],
    [
      "the days of a manual run",
      { days: 3, since: "2025-07-01", until: "2025-07-10" },
      { since: "2025-07-01", until: "2025-07-10" },
    ],
    [
      "since alone, up to today",
      { days: 3, since: "2025-07-01" },
      { since: "2025-07-01", until: today },
    ],
    [
      "back to the oldest day the open pull request holds",
      { days: 3, pendingDays: ["2025-07-25", "2025-07-20", "2025-07-31"] },
      { since: "2025-07-20", until: today },
    ],
    [
      "a manual range widened to the pending days on both sides",
      { days: 3, since: "2024-01-01", until: "2024-01-31", pendingDays: ["2025-07-31"] },
      { since: "2024-01-01", until: "2025-07-31" },
    ],
  ])("takes %s", (_, request, expected) => {
    expect(chooseImportDays({ today, pendingDays: [], ...request })).toEqual(expected);
  });

  it.each([
    [{ days: 0 }, "the number of days must be a whole number of 1 or more, not 0"],
    [{ days: Number.NaN }, "the number of days must be a whole number of 1 or more, not NaN"],
    [
      { days: 3, since: "2025-7-1" },
      "since must be a real day written YYYY-MM-DD, e.g. 2025-07-31",
    ],
    [{ days: 3, until: "$(date)" }, "until must be a real day written YYYY-MM-DD, e.g. 2025-07-31"],
    [
      { days: 3, since: "2025-02-30" },
      "since must be a real day written YYYY-MM-DD, e.g. 2025-07-31",
    ],
    [{ days: 3, until: "2025-08-02" }, "until (2025-08-02) is after today (2025-08-01, UTC)"],
    [
      { days: 3, since: "2025-07-10", until: "2025-07-01" },
      "since (2025-07-10) is after until (2025-07-01)",
    ],
  ])("refuses %j", (request, message) => {
    expect(() => chooseImportDays({ today, pendingDays: [], ...request })).toThrow(
      new RangeError(message),
    );
  });
});
