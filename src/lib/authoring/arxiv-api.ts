import type { ArxivId } from "../content/arxiv-id.ts";
import { ArxivFeedError, parseArxivFeed, type ArxivEntry, type ArxivFeed } from "./arxiv-atom.ts";

/** arXiv's public query endpoint, used unless `ARXIV_API_URL` names another. */
export const ARXIV_API_URL = "https://export.arxiv.org/api/query";

/** Who is asking, as arXiv's terms of use want every client to say. */
export const ARXIV_USER_AGENT =
  "daily-papers/0.1 (papers:add; +https://github.com/daily-papers/daily-papers)";

/** Time as the client sees it, replaceable so tests need not wait. */
export interface Clock {
  /** Milliseconds since some fixed moment. */
  now: () => number;
  sleep: (milliseconds: number) => Promise<void>;
}

/** What the client is doing, for a progress display. */
export type ArxivProgress =
  | {
      kind: "request";
      batch: number;
      batches: number;
      /** The ids asked for, and the position of the first among all the ids, from 0. */
      ids: string[];
      offset: number;
      attempt: number;
    }
  | { kind: "wait"; milliseconds: number; reason: "rate limit" | "retry"; detail?: string };

/** How the client talks to arXiv. Every option has the default arXiv's terms of use ask for. */
export interface ArxivClientOptions {
  /** The query endpoint; defaults to {@link ARXIV_API_URL}. */
  baseUrl?: string;
  userAgent?: string;
  /** Ids per request. */
  batchSize?: number;
  /** The least time between two requests; arXiv asks for 3 seconds. */
  minInterval?: number;
  /** How long to wait for an answer before giving up on a request. */
  timeout?: number;
  /** Attempts per request, the first included, when arXiv times out or answers 429 or 5xx. */
  attempts?: number;
  /** The wait before the first retry, doubled before each further one. */
  backoff?: number;
  clock?: Clock;
  fetch?: typeof fetch;
  onProgress?: (progress: ArxivProgress) => void;
}

/** What arXiv said about one id: its entry, or why there is none. */
export type ArxivLookup = { ok: true; entry: ArxivEntry } | { ok: false; message: string };

/** A request failed: every attempt timed out or failed, or the server refused it. */
export class HttpRequestError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = "HttpRequestError";
  }
}

/** How {@link requestWithRetries} asks, waits and gives up; the defaults are arXiv's. */
export interface RetryOptions {
  userAgent: string;
  /** The `Accept` header. */
  accept: string;
  /** Attempts, the first included, when the server times out or answers 429 or 5xx. */
  attempts?: number;
  timeout?: number;
  /** The wait before the first retry, doubled before each further one. */
  backoff?: number;
  fetch?: typeof fetch;
  /** Called before each wait for a retry, with what went wrong and which attempt comes next. */
  onRetryWait?: (milliseconds: number, detail: string) => void;
}

/** The real clock: `performance.now()` and `setTimeout`. */
export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/** The query URLs that ask for these ids, at most `batchSize` per request. */
export function arxivQueryUrls(
  ids: readonly ArxivId[],
  options: { baseUrl?: string; batchSize?: number } = {},
): URL[] {
  const batchSize = options.batchSize ?? 20;
  const urls: URL[] = [];
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const url = new URL(options.baseUrl ?? ARXIV_API_URL);
    url.searchParams.set("id_list", batch.map(asRequested).join(","));
    url.searchParams.set("max_results", String(batch.length));
    urls.push(url);
  }
  return urls;
}

/**
 * Looks papers up on arXiv by id, in batches, one request at a time and at most one every
 * `minInterval`. A request that times out or gets a 429 or 5xx is retried with a doubling backoff.
 * Never throws for arXiv's sake: every id gets its entry or a message saying why not (an error entry,
 * no such paper, malformed XML, or a request that failed every attempt, after which the remaining
 * batches are not asked). Results are keyed by the id without version.
 */
export async function fetchArxivEntries(
  ids: readonly ArxivId[],
  options: ArxivClientOptions = {},
): Promise<Map<string, ArxivLookup>> {
  const clock = options.clock ?? realClock;
  const minInterval = options.minInterval ?? 3000;
  const batchSize = options.batchSize ?? 20;
  const urls = arxivQueryUrls(ids, {
    batchSize,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  });
  const results = new Map<string, ArxivLookup>();
  let lastRequest: number | undefined;
  const spaced = async () => {
    const wait = lastRequest === undefined ? 0 : lastRequest + minInterval - clock.now();
    if (wait > 0) {
      options.onProgress?.({ kind: "wait", milliseconds: wait, reason: "rate limit" });
      await clock.sleep(wait);
    }
    lastRequest = clock.now();
  };
  const fail = (batch: readonly ArxivId[], message: string) => {
    for (const id of batch) results.set(id.id, { ok: false, message });
  };

  for (const [index, url] of urls.entries()) {
    const batch = ids.slice(index * batchSize, (index + 1) * batchSize);
    let feed: ArxivFeed;
    try {
      const xml = await requestWithRetries(url, retryOptions(options), clock, spaced, (attempt) =>
        options.onProgress?.({
          kind: "request",
          batch: index + 1,
          batches: urls.length,
          ids: batch.map(asRequested),
          offset: index * batchSize,
          attempt,
        }),
      );
      feed = parseArxivFeed(xml);
    } catch (error) {
      if (error instanceof ArxivFeedError) {
        fail(batch, `${error.message} (${url.href})`);
        continue;
      }
      if (!(error instanceof HttpRequestError)) throw error;
      fail(batch, error.message);
      fail(ids.slice((index + 1) * batchSize), "not asked: an earlier request to arXiv failed");
      break;
    }
    for (const entry of feed.entries) results.set(entry.id, { ok: true, entry });
    for (const id of batch) {
      if (results.has(id.id)) continue;
      const error =
        feed.errors.find(
          (candidate) => candidate.id === asRequested(id) || candidate.id === id.id,
        ) ?? (batch.length === 1 ? feed.errors[0] : undefined);
      results.set(id.id, {
        ok: false,
        message: error
          ? `arXiv answered: ${error.message}`
          : `arXiv has no paper ${asRequested(id)}`,
      });
    }
  }
  return results;
}

function retryOptions(options: ArxivClientOptions): RetryOptions {
  return {
    ...options,
    userAgent: options.userAgent ?? ARXIV_USER_AGENT,
    accept: "application/atom+xml",
    onRetryWait: (milliseconds, detail) =>
      options.onProgress?.({ kind: "wait", milliseconds, reason: "retry", detail }),
  };
}

/**
 * Asks for `url` until it answers 2xx, after `spaced` allows each attempt: a timeout, a network
 * error, a 429 or a 5xx is retried with a doubling backoff (or the longer `Retry-After`), up to
 * `attempts` times; anything else, or the last failure, throws an {@link HttpRequestError}.
 */
export async function requestWithRetries(
  url: URL,
  options: RetryOptions,
  clock: Clock,
  spaced: () => Promise<void>,
  onAttempt: (attempt: number) => void,
): Promise<string> {
  const attempts = options.attempts ?? 4;
  const timeout = options.timeout ?? 30_000;
  let backoff = options.backoff ?? 3000;
  for (let attempt = 1; ; attempt++) {
    await spaced();
    onAttempt(attempt);
    const outcome = await request(url, options, timeout);
    if (outcome.ok) return outcome.body;
    if (!outcome.retry || attempt >= attempts) {
      const tries = attempt === 1 ? "" : ` (tried ${attempt} times)`;
      throw new HttpRequestError(`${outcome.reason}${tries}`, {
        cause: outcome.cause,
      });
    }
    const wait = Math.max(backoff, outcome.retryAfter ?? 0);
    options.onRetryWait?.(wait, `${outcome.reason}; attempt ${attempt + 1} of ${attempts}`);
    await clock.sleep(wait);
    backoff *= 2;
  }
}

type Outcome =
  | { ok: true; body: string }
  | { ok: false; retry: boolean; reason: string; retryAfter?: number; cause?: unknown };

async function request(url: URL, options: RetryOptions, timeout: number): Promise<Outcome> {
  const fetchImpl = options.fetch ?? fetch;
  try {
    const response = await fetchImpl(url, {
      headers: { "User-Agent": options.userAgent, Accept: options.accept },
      signal: AbortSignal.timeout(timeout),
    });
    // The body is read under the same timeout: a server may send headers and then stall.
    const body = await response.text();
    if (response.ok) return { ok: true, body };
    const retry = response.status === 429 || response.status >= 500;
    const retryAfter = Number(response.headers.get("retry-after"));
    return {
      ok: false,
      retry,
      reason: `${url.host} answered HTTP ${response.status} ${response.statusText}`.trim(),
      ...(retry && Number.isFinite(retryAfter) && retryAfter > 0
        ? { retryAfter: Math.min(retryAfter, 60) * 1000 }
        : {}),
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    const reason = timedOut
      ? `${url.host} did not answer within ${timeout / 1000} s`
      : `could not reach ${url.host} (${describe(error)})`;
    return { ok: false, retry: true, reason, cause: error };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/** The id as the contributor gave it: with its version, if any. */
function asRequested(id: ArxivId): string {
  return `${id.id}${id.version ?? ""}`;
}
