import type { ArxivId } from "../content/arxiv-id.ts";
import { ArxivFeedError, parseArxivFeed, type ArxivEntry, type ArxivFeed } from "./arxiv-atom.ts";
import { fetchTextWithRetries, HttpRequestError, realClock, type Clock } from "./http-retry.ts";

export type { Clock } from "./http-retry.ts";

/** arXiv's public query endpoint, used unless `ARXIV_API_URL` names another. */
export const ARXIV_API_URL = "https://export.arxiv.org/api/query";

/** Who is asking, as arXiv's terms of use want every client to say. */
export const ARXIV_USER_AGENT =
  "daily-papers/0.1 (papers:add; +https://github.com/daily-papers/daily-papers)";

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
  /** How long to wait for an answer before giving up on one attempt. */
  timeout?: number;
  /** How long one request may take in all, retries included (see `http-retry.ts`). */
  deadline?: number;
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
      const xml = await fetchTextWithRetries(
        url,
        {
          headers: {
            "User-Agent": options.userAgent ?? ARXIV_USER_AGENT,
            Accept: "application/atom+xml",
          },
        },
        {
          // Its timeout, deadline, attempts, backoff and fetch.
          ...options,
          clock,
          beforeAttempt: spaced,
          onAttempt: (attempt) =>
            options.onProgress?.({
              kind: "request",
              batch: index + 1,
              batches: urls.length,
              ids: batch.map(asRequested),
              offset: index * batchSize,
              attempt,
            }),
          onRetryWait: (milliseconds, detail) =>
            options.onProgress?.({ kind: "wait", milliseconds, reason: "retry", detail }),
        },
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

/** The id as the contributor gave it: with its version, if any. */
function asRequested(id: ArxivId): string {
  return `${id.id}${id.version ?? ""}`;
}
