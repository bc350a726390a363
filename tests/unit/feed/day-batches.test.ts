import { describe, expect, it } from "vitest";
import { dayBatches } from "../../../src/lib/feed/day-batches.ts";

// Papers named by their day and number, in feed order: newest day first.
const papers = (...days: [string, number][]) =>
  days.flatMap(([day, count]) =>
    Array.from({ length: count }, (_, number) => ({ day, id: `${day}#${number}` })),
  );

describe("dayBatches", () => {
  it.each([
    { name: "no papers", days: [], size: 3, batches: [] },
    { name: "one small day", days: [["2025-08-01", 2]], size: 3, batches: [[["2025-08-01", 2]]] },
    {
      name: "days gathered until a batch holds enough",
      days: [
        ["2025-08-01", 1],
        ["2025-07-31", 1],
        ["2025-07-30", 2],
        ["2025-07-29", 1],
      ],
      size: 3,
      batches: [
        [
          ["2025-08-01", 1],
          ["2025-07-31", 1],
          ["2025-07-30", 2],
        ],
        [["2025-07-29", 1]],
      ],
    },
    {
      name: "a day larger than a batch, kept whole",
      days: [
        ["2025-08-01", 5],
        ["2025-07-31", 3],
      ],
      size: 3,
      batches: [[["2025-08-01", 5]], [["2025-07-31", 3]]],
    },
  ] as { name: string; days: [string, number][]; size: number; batches: [string, number][][] }[])(
    "$name",
    ({ days, size, batches }) => {
      const items = papers(...days);
      const result = dayBatches(items, size);
      expect(result).toEqual(batches.map((batch) => papers(...batch)));
      expect(result.flat()).toEqual(items);
    },
  );
});
