import { afterEach, describe, expect, it } from "vitest";
import { extractArxivId, type ArxivId } from "../../../src/lib/content/arxiv-id.ts";
import {
  ARXIV_API_URL,
  ARXIV_USER_AGENT,
  arxivQueryUrls,
  fetchArxivEntries,
  type ArxivClientOptions,
  type ArxivProgress,
} from "../../../src/lib/authoring/arxiv-api.ts";
import { fakeClock } from "../../support/fake-clock.ts";
import {
  RECORDED,
  startFakeArxiv,
  type FakeArxiv,
  type FakeReply,
} from "../../support/fake-arxiv-server.ts";

const ids = (...values: string[]): ArxivId[] =>
  values.map((value) => extractArxivId(value) as ArxivId);

let fake: FakeArxiv | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function lookUp(
  values: string[],
  replies: Record<string, readonly FakeReply[]> = RECORDED,
  options: ArxivClientOptions = {},
) {
  fake = await startFakeArxiv(replies);
  const clock = fakeClock();
  const progress: (ArxivProgress & { at: number })[] = [];
  const results = await fetchArxivEntries(ids(...values), {
    baseUrl: fake.url,
    clock,
    // Long enough for a busy machine; the timeout tests set their own.
    timeout: 10_000,
    onProgress: (event) => progress.push({ ...event, at: clock.now() }),
    ...options,
  });
  return { results, clock, progress, requests: fake.requests };
}

describe("arxivQueryUrls", () => {
  it("asks for up to batchSize ids per URL, versions kept, against arXiv's endpoint by default", () => {
    const urls = arxivQueryUrls(ids("2307.03381v2", "hep-th/9711200", "2401.04088"), {
      batchSize: 2,
    });
    expect(urls.map((url) => url.href)).toEqual([
      `${ARXIV_API_URL}?id_list=2307.03381v2%2Chep-th%2F9711200&max_results=2`,
      `${ARXIV_API_URL}?id_list=2401.04088&max_results=1`,
    ]);
  });
});

describe("fetchArxivEntries", () => {
  it("looks up one paper, saying who asks", async () => {
    const { results, requests } = await lookUp(["2307.03381"]);
    expect(results.get("2307.03381")).toMatchObject({
      ok: true,
      entry: { id: "2307.03381", version: "v2" },
    });
    expect(requests).toEqual([
      { idList: "2307.03381", maxResults: "1", userAgent: ARXIV_USER_AGENT },
    ]);
    expect(ARXIV_USER_AGENT).toMatch(/^daily-papers\//);
  });

  it("asks for several papers in one request and matches the answers by id", async () => {
    const { results, requests } = await lookUp(["2401.04088", "2312.00752", "2305.18290"]);
    expect(requests).toHaveLength(1);
    expect([...results.keys()].sort()).toEqual(["2305.18290", "2312.00752", "2401.04088"]);
    expect([...results.values()].every((result) => result.ok)).toBe(true);
  });

  it("looks up an old-style id", async () => {
    const { results } = await lookUp(["hep-th/9711200"]);
    expect(results.get("hep-th/9711200")).toMatchObject({ ok: true, entry: { version: "v3" } });
  });

  it("waits 3 seconds between requests, and says so", async () => {
    const { requests, progress, clock } = await lookUp(
      ["2307.03381", "hep-th/9711200", "2406.01234"],
      RECORDED,
      { batchSize: 1 },
    );
    expect(requests.map((request) => request.idList)).toEqual([
      "2307.03381",
      "hep-th/9711200",
      "2406.01234",
    ]);
    const times = progress.filter((event) => event.kind === "request").map((event) => event.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(3000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(3000);
    expect(clock.sleeps).toHaveLength(2);
    expect(progress).toContainEqual(
      expect.objectContaining({ kind: "wait", reason: "rate limit" }),
    );
  });

  it("reports arXiv's error entry for the id it names", async () => {
    const { results } = await lookUp(["2507.99999"]);
    expect(results.get("2507.99999")).toEqual({
      ok: false,
      message: "arXiv answered: incorrect id format for 2507.99999",
    });
  });

  it("reports an id arXiv has no paper for", async () => {
    const { results } = await lookUp(["2501.00000v2"]);
    expect(results.get("2501.00000")).toEqual({
      ok: false,
      message: "arXiv has no paper 2501.00000v2",
    });
  });

  it("retries a 503 after a backoff and then succeeds", async () => {
    const { results, requests, clock, progress } = await lookUp(["2307.03381"], {
      "2307.03381": [{ status: 503, body: "Service Unavailable" }, { fixture: "2307.03381.xml" }],
    });
    expect(requests).toHaveLength(2);
    expect(results.get("2307.03381")?.ok).toBe(true);
    expect(clock.sleeps).toEqual([3000]);
    expect(progress).toContainEqual(
      expect.objectContaining({
        kind: "wait",
        reason: "retry",
        milliseconds: 3000,
        detail: expect.stringMatching(/answered HTTP 503 Service Unavailable; attempt 2 of 4$/),
      }),
    );
  });

  it("waits as long as Retry-After asks when that is longer than the backoff", async () => {
    const { clock } = await lookUp(["2307.03381"], {
      "2307.03381": [{ status: 429, retryAfter: 10 }, { fixture: "2307.03381.xml" }],
    });
    expect(clock.sleeps).toEqual([10_000]);
  });

  it("gives up after every attempt failed, doubling the backoff, with a clear message", async () => {
    const { results, requests, clock } = await lookUp(["2307.03381"], {
      "2307.03381": [{ status: 502 }],
    });
    expect(requests).toHaveLength(4);
    expect(clock.sleeps).toEqual([3000, 6000, 12_000]);
    expect(results.get("2307.03381")).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^127\.0\.0\.1:\d+ answered HTTP 502 Bad Gateway \(tried 4 times\)$/,
      ),
    });
  });

  it("retries a request that times out, then fails clearly", async () => {
    const { results, requests } = await lookUp(
      ["2307.03381"],
      { "2307.03381": [{ hang: true }] },
      {
        attempts: 2,
        timeout: 200,
      },
    );
    expect(requests).toHaveLength(2);
    expect(results.get("2307.03381")).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^127\.0\.0\.1:\d+ did not answer within 0\.2 s \(tried 2 times\)$/,
      ),
    });
  });

  it("does not retry a 400, which would fail again", async () => {
    const { results, requests } = await lookUp(["2307.03381"], {
      "2307.03381": [{ status: 400, body: "Bad Request" }],
    });
    expect(requests).toHaveLength(1);
    expect(results.get("2307.03381")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/answered HTTP 400 Bad Request$/),
    });
  });

  it("stops asking once a request failed, saying so for the papers it did not ask about", async () => {
    const { results, requests } = await lookUp(
      ["2307.03381", "2406.01234"],
      { "2307.03381": [{ status: 500 }] },
      { batchSize: 1, attempts: 1 },
    );
    expect(requests).toHaveLength(1);
    expect(results.get("2406.01234")).toEqual({
      ok: false,
      message: "not asked: an earlier request to arXiv failed",
    });
  });

  it("reports malformed XML for the papers of that request and goes on with the next", async () => {
    const { results } = await lookUp(
      ["2307.03381", "2406.01234"],
      { "2307.03381": [{ fixture: "malformed.xml" }], "2406.01234": [{ fixture: "math.xml" }] },
      { batchSize: 1 },
    );
    expect(results.get("2307.03381")).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^arXiv's answer is not well-formed XML: .* \(line 23, column 1\) \(http:\/\/127\.0\.0\.1:\d+\/api\/query\?id_list=2307\.03381&max_results=1\)$/,
      ),
    });
    expect(results.get("2406.01234")?.ok).toBe(true);
  });

  it("reports a server that cannot be reached", async () => {
    const unreachable = await startFakeArxiv();
    const url = unreachable.url;
    await unreachable.close();
    const results = await fetchArxivEntries(ids("2307.03381"), {
      baseUrl: url,
      clock: fakeClock(),
      attempts: 1,
    });
    expect(results.get("2307.03381")).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^could not reach 127\.0\.0\.1:\d+ \(fetch failed: .*ECONNREFUSED/,
      ),
    });
  });
});
