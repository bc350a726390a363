import type { Clock } from "../../src/lib/authoring/arxiv-api.ts";

/** A clock whose sleeps return at once and move time forward, recording how long each was. */
export function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: (milliseconds) => {
      sleeps.push(milliseconds);
      now += milliseconds;
      return Promise.resolve();
    },
    sleeps,
  };
}
