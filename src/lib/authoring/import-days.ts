import { addDays, isValidDay, type Day } from "../feed/dates.ts";

/** What the daily import is asked for, and the days the open import pull request already holds. */
export interface ImportDaysRequest {
  /** Today, UTC. */
  today: Day;
  /** How many days up to today the import takes when no `since` is given. */
  days: number;
  /** A first day asked for by hand, `YYYY-MM-DD`. */
  since?: string;
  /** A last day asked for by hand, `YYYY-MM-DD`; defaults to today. */
  until?: string;
  /** The days of papers waiting in the open import pull request, which a new run must keep. */
  pendingDays: readonly Day[];
}

/**
 * The first and last day the import fetches: the days asked for (by default the last `days` up to
 * today), widened to every day the open pull request holds, because each run rewrites its branch.
 * Throws a RangeError naming the input and what it must be.
 */
export function chooseImportDays(request: ImportDaysRequest): { since: Day; until: Day } {
  const { today } = request;
  if (!Number.isInteger(request.days) || request.days < 1) {
    throw new RangeError(
      `the number of days must be a whole number of 1 or more, not ${request.days}`,
    );
  }
  const until = request.until || today;
  const since = request.since || addDays(today, 1 - request.days);
  for (const [name, value] of [
    ["since", since],
    ["until", until],
  ] as const) {
    if (!isValidDay(value)) {
      throw new RangeError(`${name} must be a real day written YYYY-MM-DD, e.g. 2025-07-31`);
    }
    if (value > today) throw new RangeError(`${name} (${value}) is after today (${today}, UTC)`);
  }
  if (since > until) throw new RangeError(`since (${since}) is after until (${until})`);
  const days = [...request.pendingDays, since, until].sort();
  return { since: days[0] as Day, until: days[days.length - 1] as Day };
}
