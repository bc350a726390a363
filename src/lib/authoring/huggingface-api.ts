import type { Day } from "../feed/dates.ts";
import type { ArxivClientOptions } from "./arxiv-api.ts";
import { fetchTextWithRetries, HttpRequestError, realClock } from "./http-retry.ts";

/** Hugging Face's site, whose `/api/daily_papers` lists each day's papers, used unless `HF_API_URL` names another. */
export const HF_API_URL = "https://huggingface.co";

/** Who is asking, so that Hugging Face can tell this client apart. */
export const HF_USER_AGENT =
  "daily-papers/0.1 (papers:import; +https://github.com/daily-papers/daily-papers)";

/** Papers per page: the `limit` Hugging Face applies when none is given. */
export const HF_PAGE_SIZE = 50;

/** What the client is doing, for a progress display. */
export type HuggingFaceProgress =
  | { kind: "request"; day: Day; page: number; attempt: number }
  | { kind: "wait"; milliseconds: number; reason: "pace" | "retry"; detail?: string };

/** How the client talks to Hugging Face: arXiv's client's options, with pages instead of batches. */
export interface HuggingFaceClientOptions extends Omit<
  ArxivClientOptions,
  "batchSize" | "onProgress"
> {
  /** Papers asked per page (`limit`); a full page means there may be another (`p`). */
  pageSize?: number;
  onProgress?: (progress: HuggingFaceProgress) => void;
}

/** Asking for a day failed: the request failed every attempt, or the answer is not a list. */
export class HuggingFaceDayError extends Error {
  /** The day asked for. */
  readonly day: Day;

  constructor(day: Day, message: string, options?: { cause: unknown }) {
    super(`${day}: ${message}`, options);
    this.name = "HuggingFaceDayError";
    this.day = day;
  }
}

/** The URL of one page of a day's Daily Papers: `/api/daily_papers?date=…&limit=…&p=…`. */
export function dailyPapersUrl(
  day: Day,
  page: number,
  options: { baseUrl?: string; pageSize?: number } = {},
): URL {
  const url = new URL("api/daily_papers", withTrailingSlash(options.baseUrl ?? HF_API_URL));
  url.searchParams.set("date", day);
  url.searchParams.set("limit", String(options.pageSize ?? HF_PAGE_SIZE));
  url.searchParams.set("p", String(page));
  return url;
}

/** A client that asks for one day at a time, every page of it, one request at a time and paced. */
export interface HuggingFaceClient {
  /** Every item Hugging Face lists for `day`, as parsed JSON, all pages joined; throws a {@link HuggingFaceDayError}. */
  fetchDay: (day: Day) => Promise<unknown[]>;
}

/**
 * A Hugging Face Daily Papers client: at most one request every `minInterval` (a second by
 * default), each retried as `http-retry.ts` does (timeouts, 429s and 5xx, `Retry-After` in seconds
 * or as a date, bounded by `deadline`), `baseUrl` defaulting to {@link HF_API_URL}.
 */
export function createHuggingFaceClient(options: HuggingFaceClientOptions = {}): HuggingFaceClient {
  const clock = options.clock ?? realClock;
  const minInterval = options.minInterval ?? 1000;
  const pageSize = options.pageSize ?? HF_PAGE_SIZE;
  let lastRequest: number | undefined;
  const spaced = async () => {
    const wait = lastRequest === undefined ? 0 : lastRequest + minInterval - clock.now();
    if (wait > 0) {
      options.onProgress?.({ kind: "wait", milliseconds: wait, reason: "pace" });
      await clock.sleep(wait);
    }
    lastRequest = clock.now();
  };
  const init: RequestInit = {
    headers: { "User-Agent": options.userAgent ?? HF_USER_AGENT, Accept: "application/json" },
  };

  const fetchPage = async (day: Day, page: number): Promise<unknown[]> => {
    const url = dailyPapersUrl(day, page, {
      pageSize,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    });
    let body: string;
    try {
      body = await fetchTextWithRetries(url, init, {
        // Its timeout, deadline, attempts, backoff and fetch.
        ...options,
        clock,
        beforeAttempt: spaced,
        onAttempt: (attempt) => options.onProgress?.({ kind: "request", day, page, attempt }),
        onRetryWait: (milliseconds, detail) =>
          options.onProgress?.({ kind: "wait", milliseconds, reason: "retry", detail }),
      });
    } catch (error) {
      if (!(error instanceof HttpRequestError)) throw error;
      throw new HuggingFaceDayError(day, error.message, { cause: error });
    }
    let answer: unknown;
    try {
      answer = JSON.parse(body);
    } catch (error) {
      throw new HuggingFaceDayError(
        day,
        `${url.host} answered with something that is not JSON (${describeStart(body)})`,
        { cause: error },
      );
    }
    if (!Array.isArray(answer)) {
      throw new HuggingFaceDayError(
        day,
        `${url.host} answered with JSON that is not a list of papers (${describeStart(body)})`,
      );
    }
    return answer as unknown[];
  };

  return {
    fetchDay: async (day) => {
      const items: unknown[] = [];
      const seen = new Set<string>();
      for (let page = 0; ; page++) {
        const answer = await fetchPage(day, page);
        const ids = answer.map(itemId);
        // A server that ignores `p` would answer the same full page for ever.
        if (answer.length > 0 && ids.every((id) => id !== undefined && seen.has(id))) {
          throw new HuggingFaceDayError(day, `page ${page} repeats the papers of an earlier page`);
        }
        for (const id of ids) if (id !== undefined) seen.add(id);
        items.push(...answer);
        if (answer.length < pageSize) return items;
      }
    },
  };
}

function itemId(item: unknown): string | undefined {
  const paper = (item as { paper?: { id?: unknown } } | null)?.paper;
  return typeof paper?.id === "string" ? paper.id : undefined;
}

function describeStart(body: string): string {
  const start = body.trim().slice(0, 60).replace(/\s+/g, " ");
  return start === "" ? "an empty body" : `it starts ${JSON.stringify(start)}`;
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
