import { ConfigError } from "../config/config-error.ts";

/** Time as a client sees it, replaceable so tests need not wait. */
export interface Clock {
  /** Milliseconds since some fixed moment. */
  now: () => number;
  sleep: (milliseconds: number) => Promise<void>;
  /** A signal that aborts with a `TimeoutError` after this long; `AbortSignal.timeout` by default. */
  timeout?: (milliseconds: number) => AbortSignal;
}

/** The clock of the machine. */
export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/** The environment variable that sets, in seconds, how long a request may take, retries included. */
export const WAIT_SECONDS_ENV = "PAPERS_WAIT_SECONDS";
/** How long a request may take by default, retries and their waits included. */
export const DEFAULT_DEADLINE = 60_000;

/** How {@link fetchTextWithRetries} asks, waits and retries. Every field has a default. */
export interface RetryOptions {
  /** Attempts, the first included, when the server times out or answers 429 or 5xx (default 4). */
  attempts?: number;
  /** The wait before the first retry, doubled before each further one (default 3 s). */
  backoff?: number;
  /** How long one attempt waits for the whole answer (default 30 s). */
  timeout?: number;
  /**
   * How long the request may take in all, attempts and waits included (default 60 s, or
   * {@link WAIT_SECONDS_ENV}). A server asking with `Retry-After` to wait past it fails the request.
   */
  deadline?: number;
  clock?: Clock;
  fetch?: typeof fetch;
  /** Runs before each attempt, such as a wait that keeps requests apart; not counted in `deadline`. */
  beforeAttempt?: () => Promise<void>;
  /** Told of each attempt, from 1. */
  onAttempt?: (attempt: number) => void;
  /** Told of each wait before a retry, with why, e.g. `example.org answered HTTP 503; attempt 2 of 4`. */
  onRetryWait?: (milliseconds: number, reason: string) => void;
}

/** A request failed: every attempt timed out or failed, or the server refused it. One-line message. */
export class HttpRequestError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = "HttpRequestError";
  }
}

/**
 * Fetches `url` and returns its body as text. An attempt that times out, cannot connect, or gets a
 * 429 or 5xx is tried again after a backoff that doubles each time, or after the wait the server
 * asks for in `Retry-After` (seconds or an HTTP date) if that is longer. Throws an
 * {@link HttpRequestError} saying what happened when attempts run out, when the answer is another
 * error, or when the next try would come after `deadline` (then saying how to wait longer, and how
 * long the server asked to wait, if it did).
 */
export async function fetchTextWithRetries(
  url: URL,
  init: RequestInit,
  options: RetryOptions = {},
): Promise<string> {
  const clock = options.clock ?? realClock;
  const attempts = options.attempts ?? 4;
  const deadline = options.deadline ?? DEFAULT_DEADLINE;
  let backoff = options.backoff ?? 3000;
  let started: number | undefined;
  for (let attempt = 1; ; attempt++) {
    await options.beforeAttempt?.();
    started ??= clock.now();
    const left = deadline - (clock.now() - started);
    options.onAttempt?.(attempt);
    const timeout = Math.max(1, Math.min(options.timeout ?? 30_000, left));
    const outcome = await attemptOnce(url, init, options.fetch ?? fetch, clock, timeout);
    if (outcome.ok) return outcome.body;
    const tries = attempt === 1 ? "" : ` (tried ${attempt} times)`;
    if (!outcome.retry || attempt >= attempts) {
      throw new HttpRequestError(`${outcome.reason}${tries}`, { cause: outcome.cause });
    }
    const wait = Math.max(backoff, outcome.retryAfter ?? 0);
    const remaining = deadline - (clock.now() - started);
    if (wait >= remaining) {
      const asked =
        outcome.retryAfter === undefined
          ? ""
          : `; it asked to wait ${seconds(outcome.retryAfter)} before trying again`;
      const spent = `tried ${attempt} time${attempt === 1 ? "" : "s"} in ${seconds(deadline - remaining)}`;
      throw new HttpRequestError(
        `${outcome.reason}${asked} (${spent}): a request may take ${seconds(deadline)} in all; ` +
          `set ${WAIT_SECONDS_ENV} to wait longer, e.g. ${WAIT_SECONDS_ENV}=${Math.ceil((deadline * 3) / 1000)}`,
        { cause: outcome.cause },
      );
    }
    options.onRetryWait?.(wait, `${outcome.reason}; attempt ${attempt + 1} of ${attempts}`);
    await clock.sleep(wait);
    backoff *= 2;
  }
}

/**
 * How long a `Retry-After` header asks to wait, in milliseconds: a number of seconds or an HTTP
 * date, read against the time the server gave in its `Date` header (`serverNow`, epoch
 * milliseconds) so that a wrong clock here does not matter. Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, serverNow: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; Date.parse alone would read "-5" as a year.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - serverNow);
}

/**
 * The deadline a command's requests get from {@link WAIT_SECONDS_ENV} (whole seconds), or
 * {@link DEFAULT_DEADLINE}; a {@link ConfigError} names the variable when it is not a number.
 */
export function deadlineFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[WAIT_SECONDS_ENV];
  if (!value) return DEFAULT_DEADLINE;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new ConfigError(
      `${WAIT_SECONDS_ENV} must be a whole number of seconds, such as 300, not ${JSON.stringify(value)}`,
    );
  }
  return Number(value) * 1000;
}

type Outcome =
  | { ok: true; body: string }
  | { ok: false; retry: boolean; reason: string; retryAfter?: number; cause?: unknown };

async function attemptOnce(
  url: URL,
  init: RequestInit,
  fetchImpl: typeof fetch,
  clock: Clock,
  timeout: number,
): Promise<Outcome> {
  try {
    const response = await fetchImpl(url, {
      ...init,
      signal: clock.timeout?.(timeout) ?? AbortSignal.timeout(timeout),
    });
    // The body is read under the same timeout: a server may send headers and then stall.
    const body = await response.text();
    if (response.ok) return { ok: true, body };
    const retry = response.status === 429 || response.status >= 500;
    const serverNow = Date.parse(response.headers.get("date") ?? "");
    const retryAfter = parseRetryAfter(
      response.headers.get("retry-after"),
      Number.isNaN(serverNow) ? Date.now() : serverNow,
    );
    return {
      ok: false,
      retry,
      reason: `${url.host} answered HTTP ${response.status} ${response.statusText}`.trim(),
      ...(retry && retryAfter !== undefined ? { retryAfter } : {}),
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    const reason = timedOut
      ? `${url.host} did not answer within ${seconds(timeout)}`
      : `could not reach ${url.host} (${describe(error)})`;
    return { ok: false, retry: true, reason, cause: error };
  }
}

function seconds(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(1))} s`;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
