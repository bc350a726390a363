import type { Clock } from "../../src/lib/authoring/http-retry.ts";

/**
 * A clock whose sleeps return at once and move time forward, recording how long each was. With
 * `requestsTimeOut`, every request times out at once, as against a server that never answers, and
 * moves time forward by its timeout.
 */
export function fakeClock(
  options: { requestsTimeOut?: boolean } = {},
): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: (milliseconds) => {
      sleeps.push(milliseconds);
      now += milliseconds;
      return Promise.resolve();
    },
    ...(options.requestsTimeOut
      ? {
          timeout: (milliseconds: number) => {
            now += milliseconds;
            return AbortSignal.abort(new DOMException("timed out", "TimeoutError"));
          },
        }
      : {}),
    sleeps,
  };
}
