import { afterEach, describe, expect, it } from "vitest";
import {
  createHuggingFaceClient,
  dailyPapersUrl,
  HF_API_URL,
  HF_USER_AGENT,
  HuggingFaceDayError,
  type HuggingFaceClientOptions,
  type HuggingFaceProgress,
} from "../../../src/lib/authoring/huggingface-api.ts";
import { fakeClock } from "../../support/fake-clock.ts";
import {
  dailyPapers,
  RECORDED_DAY,
  startFakeHuggingFace,
  type FakeHuggingFace,
  type FakeHuggingFaceReply,
} from "../../support/fake-huggingface-server.ts";

let fake: FakeHuggingFace | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function client(
  replies: Record<string, readonly FakeHuggingFaceReply[]> = {},
  options: HuggingFaceClientOptions = {},
) {
  fake = await startFakeHuggingFace({ replies });
  const clock = fakeClock();
  const progress: (HuggingFaceProgress & { at: number })[] = [];
  const hf = createHuggingFaceClient({
    baseUrl: fake.url,
    clock,
    timeout: 10_000,
    onProgress: (event) => progress.push({ ...event, at: clock.now() }),
    ...options,
  });
  const host = new URL(fake.url).host;
  return { hf, clock, progress, requests: fake.requests, host };
}

const ids = (items: unknown[]) => items.map((item) => (item as { paper: { id: string } }).paper.id);

describe("dailyPapersUrl", () => {
  it("asks Hugging Face's daily_papers for a date, a page size and a page", () => {
    expect(dailyPapersUrl("2025-07-31", 0).href).toBe(
      `${HF_API_URL}/api/daily_papers?date=2025-07-31&limit=50&p=0`,
    );
    expect(
      dailyPapersUrl("2025-07-31", 2, { baseUrl: "http://127.0.0.1:9/hf", pageSize: 5 }).href,
    ).toBe("http://127.0.0.1:9/hf/api/daily_papers?date=2025-07-31&limit=5&p=2");
  });
});

describe("createHuggingFaceClient", () => {
  it("reads the recorded day as served, with its user agent", async () => {
    const { hf, requests } = await client();
    const items = await hf.fetchDay(RECORDED_DAY);
    expect(ids(items)).toEqual(ids(dailyPapers(RECORDED_DAY)));
    expect(items).toHaveLength(13);
    expect(requests).toEqual([
      {
        path: "/api/daily_papers",
        date: RECORDED_DAY,
        limit: "50",
        page: "0",
        userAgent: HF_USER_AGENT,
      },
    ]);
  });

  it("reads every page while pages come back full, and joins them in order", async () => {
    const { hf, requests } = await client({}, { pageSize: 5 });
    const items = await hf.fetchDay(RECORDED_DAY);
    expect(ids(items)).toEqual(ids(dailyPapers(RECORDED_DAY)));
    expect(requests.map((request) => [request.limit, request.page])).toEqual([
      ["5", "0"],
      ["5", "1"],
      ["5", "2"],
    ]);
  });

  it("asks once more after a full last page, and stops at the empty one", async () => {
    // 2024-05-05 has 1 + (25 mod 13) = 13 papers; 2024-05-04 has 1 + (20 mod 13) = 8.
    const { hf, requests } = await client({}, { pageSize: 4 });
    expect(await hf.fetchDay("2024-05-04")).toHaveLength(8);
    expect(requests.map((request) => request.page)).toEqual(["0", "1", "2"]);
  });

  it("spaces requests a second apart, and waits nothing before the first", async () => {
    const { hf, clock, progress } = await client();
    for (const day of [RECORDED_DAY, "2024-05-02", "2024-05-03"]) await hf.fetchDay(day);
    expect(clock.sleeps).toEqual([1000, 1000]);
    expect(progress.filter((event) => event.kind === "request").map((event) => event.at)).toEqual([
      1_000_000, 1_001_000, 1_002_000,
    ]);
  });

  it("retries a 503 and a 429 with a doubling backoff, honouring a longer Retry-After", async () => {
    const { hf, clock, progress, host } = await client({
      [RECORDED_DAY]: [{ status: 503 }, { status: 429, retryAfter: 20 }, { papers: true }],
    });
    expect(await hf.fetchDay(RECORDED_DAY)).toHaveLength(13);
    expect(clock.sleeps).toEqual([3000, 20_000]);
    expect(progress.filter((event) => event.kind === "wait").map((event) => event.detail)).toEqual([
      `${host} answered HTTP 503 Service Unavailable; attempt 2 of 4`,
      `${host} answered HTTP 429 Too Many Requests; attempt 3 of 4`,
    ]);
  });

  it("honours a Retry-After given as an HTTP date, read against the server's own clock", async () => {
    const { hf, clock, requests } = await client({
      [RECORDED_DAY]: [
        {
          status: 503,
          headers: {
            Date: "Mon, 27 May 2024 10:00:00 GMT",
            "Retry-After": "Mon, 27 May 2024 10:00:42 GMT",
          },
        },
        { papers: true },
      ],
    });
    expect(await hf.fetchDay(RECORDED_DAY)).toHaveLength(13);
    expect(clock.sleeps).toEqual([42_000]);
    expect(requests).toHaveLength(2);
  });

  it("fails at once, saying how long the server asked to wait, when that is past the bound", async () => {
    const { hf, clock, requests, host } = await client({
      [RECORDED_DAY]: [{ status: 429, retryAfter: 120 }, { papers: true }],
    });
    await expect(hf.fetchDay(RECORDED_DAY)).rejects.toThrow(
      `${RECORDED_DAY}: ${host} answered HTTP 429 Too Many Requests; it asked to wait 120 s before ` +
        "trying again (tried 1 time in 0 s): a request may take 60 s in all; set PAPERS_WAIT_SECONDS " +
        "to wait longer, e.g. PAPERS_WAIT_SECONDS=180",
    );
    expect(clock.sleeps).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it("waits as long as the server asks when the bound allows it", async () => {
    const { hf, clock } = await client(
      { [RECORDED_DAY]: [{ status: 429, retryAfter: 120 }, { papers: true }] },
      { deadline: 300_000 },
    );
    expect(await hf.fetchDay(RECORDED_DAY)).toHaveLength(13);
    expect(clock.sleeps).toEqual([120_000]);
  });

  it("gives up after four attempts, naming the day and the last answer", async () => {
    const { hf, requests, host } = await client({ [RECORDED_DAY]: [{ status: 502 }] });
    const failure = hf.fetchDay(RECORDED_DAY);
    await expect(failure).rejects.toThrow(HuggingFaceDayError);
    await expect(failure).rejects.toThrow(
      `${RECORDED_DAY}: ${host} answered HTTP 502 Bad Gateway (tried 4 times)`,
    );
    expect(requests).toHaveLength(4);
  });

  it.each([
    ["a 400", { status: 400, body: "Invalid date" }, "HOST answered HTTP 400 Bad Request"],
    [
      "an HTML page",
      { body: "<!doctype html><title>Down for maintenance</title>" },
      'HOST answered with something that is not JSON (it starts "<!doctype html><title>Down for maintenance</title>")',
    ],
    [
      "an empty body",
      { body: "" },
      "HOST answered with something that is not JSON (an empty body)",
    ],
    [
      "JSON that is no list",
      { body: '{"error":"Date is in the future"}' },
      'HOST answered with JSON that is not a list of papers (it starts "{\\"error\\":\\"Date is in the future\\"}")',
    ],
  ] satisfies [string, FakeHuggingFaceReply, string][])(
    "fails the day at once on %s, saying what was wrong",
    async (_name, reply, message) => {
      const { hf, requests, host } = await client({ "2024-05-03": [reply] });
      await expect(hf.fetchDay("2024-05-03")).rejects.toThrow(
        `2024-05-03: ${message.replace("HOST", host)}`,
      );
      expect(requests).toHaveLength(1);
    },
  );

  it("fails rather than loops when the server ignores the page asked for", async () => {
    const page = JSON.stringify(dailyPapers(RECORDED_DAY).slice(0, 5));
    const { hf, requests } = await client({ [RECORDED_DAY]: [{ body: page }] }, { pageSize: 5 });
    await expect(hf.fetchDay(RECORDED_DAY)).rejects.toThrow(
      `${RECORDED_DAY}: page 1 repeats the papers of an earlier page`,
    );
    expect(requests).toHaveLength(2);
  });

  it("answers an empty list for a day without papers", async () => {
    const { hf } = await client();
    expect(await hf.fetchDay("2024-06-01")).toEqual([]);
  });
});
