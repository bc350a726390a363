import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/lib/config/config-error.ts";
import {
  DEFAULT_DEADLINE,
  deadlineFromEnv,
  fetchTextWithRetries,
  HttpRequestError,
  parseRetryAfter,
  type RetryOptions,
} from "../../../src/lib/authoring/http-retry.ts";
import { fakeClock } from "../../support/fake-clock.ts";
import { startFakeArxiv, type FakeArxiv, type FakeReply } from "../../support/fake-arxiv-server.ts";

let fake: FakeArxiv | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

// Both dates as the server writes them; Retry-After is read against the server's own clock.
const SERVER_DATE = "Wed, 21 Oct 2026 07:26:00 GMT";
const in20Seconds = "Wed, 21 Oct 2026 07:26:20 GMT";
const in2Minutes = "Wed, 21 Oct 2026 07:28:00 GMT";

/** Asks the fake server for one id; `replies` are its answers in turn. */
async function ask(replies: readonly FakeReply[], options: RetryOptions = {}) {
  fake = await startFakeArxiv({ "2307.03381": replies });
  const url = new URL(fake.url);
  url.searchParams.set("id_list", "2307.03381");
  const clock = options.clock ?? fakeClock();
  const waits: number[] = [];
  const started = clock.now();
  const result = await fetchTextWithRetries(
    url,
    {},
    {
      onRetryWait: (milliseconds) => waits.push(milliseconds),
      ...options,
      clock,
    },
  ).catch((error: unknown) => error);
  return { result, waits, elapsed: clock.now() - started, requests: fake.requests.length };
}

const message = (result: unknown) => {
  expect(result).toBeInstanceOf(HttpRequestError);
  return (result as Error).message;
};

describe("parseRetryAfter", () => {
  const serverNow = Date.parse(SERVER_DATE);
  it.each([
    ["120", 120_000],
    [" 0 ", 0],
    [in20Seconds, 20_000],
    [in2Minutes, 120_000],
    ["Wed, 21 Oct 2026 07:00:00 GMT", 0],
    ["soon", undefined],
    ["-5", undefined],
    ["", undefined],
    [null, undefined],
  ])("reads %j as %j ms", (value, expected) => {
    expect(parseRetryAfter(value, serverNow)).toBe(expected);
  });
});

describe("deadlineFromEnv", () => {
  it("reads whole seconds, and defaults to a minute", () => {
    expect(deadlineFromEnv({})).toBe(DEFAULT_DEADLINE);
    expect(DEFAULT_DEADLINE).toBe(60_000);
    expect(deadlineFromEnv({ PAPERS_WAIT_SECONDS: "300" })).toBe(300_000);
  });

  it.each(["soon", "0", "-5", "1.5"])("refuses %j, naming the variable", (value) => {
    const read = () => deadlineFromEnv({ PAPERS_WAIT_SECONDS: value });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      `PAPERS_WAIT_SECONDS must be a whole number of seconds, such as 300, not ${JSON.stringify(value)}`,
    );
  });
});

describe("fetchTextWithRetries", () => {
  it("returns the body of a good answer", async () => {
    const { result, requests } = await ask([{ fixture: "2307.03381.xml" }]);
    expect(result).toMatch(/^<\?xml/);
    expect(requests).toBe(1);
  });

  it("waits as long as a Retry-After date asks, read against the server's clock", async () => {
    const { result, waits } = await ask([
      { status: 503, headers: { Date: SERVER_DATE, "Retry-After": in20Seconds } },
      { fixture: "2307.03381.xml" },
    ]);
    expect(result).toMatch(/^<\?xml/);
    expect(waits).toEqual([20_000]);
  });

  it.each([
    ["an HTTP date", in2Minutes, "120 s"],
    ["seconds", "3600", "3600 s"],
  ])(
    "fails at once when Retry-After (%s) asks to wait past the deadline, saying how long",
    async (_, retryAfter, asked) => {
      const { result, waits, requests } = await ask([
        { status: 429, headers: { Date: SERVER_DATE, "Retry-After": retryAfter } },
      ]);
      expect(message(result)).toMatch(
        new RegExp(
          `^127\\.0\\.0\\.1:\\d+ answered HTTP 429 Too Many Requests; it asked to wait ${asked} before ` +
            "trying again \\(tried 1 time in 0 s\\): a request may take 60 s in all; set " +
            "PAPERS_WAIT_SECONDS to wait longer, e\\.g\\. PAPERS_WAIT_SECONDS=180$",
        ),
      );
      expect(waits).toEqual([]);
      expect(requests).toBe(1);
    },
  );

  it("honours a long Retry-After when the deadline allows it", async () => {
    const { result, waits } = await ask(
      [
        { status: 503, headers: { Date: SERVER_DATE, "Retry-After": in2Minutes } },
        { fixture: "2307.03381.xml" },
      ],
      { deadline: 300_000 },
    );
    expect(result).toMatch(/^<\?xml/);
    expect(waits).toEqual([120_000]);
  });

  it("gives up on a server that never answers after a minute in all, saying how to wait longer", async () => {
    const { result, waits, elapsed } = await ask([{ hang: true }], {
      clock: fakeClock({ requestsTimeOut: true }),
    });
    // 30 s, a 3 s backoff, then the 27 s that are left.
    expect(waits).toEqual([3000]);
    expect(elapsed).toBe(60_000);
    expect(message(result)).toMatch(
      /^127\.0\.0\.1:\d+ did not answer within 27 s \(tried 2 times in 60 s\): a request may take 60 s in all; set PAPERS_WAIT_SECONDS to wait longer, e\.g\. PAPERS_WAIT_SECONDS=180$/,
    );
  });

  it("waits longer when told, up to its attempts", async () => {
    const { result, waits, elapsed } = await ask([{ hang: true }], {
      clock: fakeClock({ requestsTimeOut: true }),
      deadline: 180_000,
    });
    expect(waits).toEqual([3000, 6000, 12_000]);
    expect(elapsed).toBe(4 * 30_000 + 21_000);
    expect(message(result)).toMatch(
      /^127\.0\.0\.1:\d+ did not answer within 30 s \(tried 4 times\)$/,
    );
  });

  it("does not retry an answer that would fail again", async () => {
    const { result, requests } = await ask([{ status: 404, body: "Not Found" }]);
    expect(message(result)).toMatch(/answered HTTP 404 Not Found$/);
    expect(requests).toBe(1);
  });
});
