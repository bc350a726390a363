// A stand-in for Hugging Face's Daily Papers API on 127.0.0.1, serving a month of answers made from
// one recorded real answer (tests/fixtures/huggingface/README.md says how), so no test reaches the
// internet. Run it by hand to try the import offline:
//   npx node tests/support/fake-huggingface-server.ts [--upvote-bonus 5] [--fail-once 2024-05-27]
//   (then HF_API_URL=<printed URL> npm run papers:import -- --from huggingface --since 2024-05-01 --until 2024-05-31)
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { addDays, type Day } from "../../src/lib/feed/dates.ts";
import { answerFailure, listen, type FakeFailure } from "./fake-http.ts";

/** The day whose answer was recorded from huggingface.co, served exactly as recorded. */
export const RECORDED_DAY = "2024-05-27";

/** The days the fake server has papers for: May 2024, each made from the recorded day. */
export const RECORDED_MONTH: readonly Day[] = Array.from({ length: 31 }, (_, index) =>
  addDays("2024-05-01", index),
);

/** The sentence in arXiv's math notation added to the first paper of this day, which has none. */
export const MATH_DAY = "2024-05-31";
export const MATH_SENTENCE = " The error falls by 1$-$2% within $\\sim$5 steps.";

type Item = Record<string, unknown> & { paper: Record<string, unknown> };

const RECORDED: readonly Item[] = JSON.parse(
  readFileSync(
    new URL("../fixtures/huggingface/hf-daily-papers-2024-05-27.json", import.meta.url),
    "utf8",
  ),
) as Item[];

const URL_IN_TEXT = /https:\/\/[^\s{}]+[^\s{}.,;)]/g;

/**
 * The fake answer for a day: the recorded one for {@link RECORDED_DAY}; for another day of May 2024
 * its own slice of the recorded papers (see the fixture README), with distinct ids and the fields
 * the recorded answer lacks (submitter, `githubRepo`, `projectPage`) taken from its own data;
 * nothing outside May 2024.
 */
export function dailyPapers(day: Day): Item[] {
  if (day === RECORDED_DAY) return structuredClone(RECORDED) as Item[];
  if (!RECORDED_MONTH.includes(day)) return [];
  const dayOfMonth = Number(day.slice(8));
  const count = 1 + ((dayOfMonth * 5) % RECORDED.length);
  return Array.from({ length: count }, (_, index) => {
    const item = structuredClone(RECORDED[(dayOfMonth + index) % RECORDED.length]) as Item;
    const paper = item.paper;
    paper["id"] = `2405.${String(dayOfMonth).padStart(2, "0")}${String(index).padStart(3, "0")}`;
    const links = String(paper["summary"]).match(URL_IN_TEXT) ?? [];
    paper["githubRepo"] = links.find((link) => link.startsWith("https://github.com/")) ?? null;
    paper["projectPage"] = links.find((link) => !link.startsWith("https://github.com/")) ?? null;
    const authors = paper["authors"] as { user?: Record<string, unknown> }[];
    const user = authors.find((author) => author.user)?.user;
    // Even days carry today's form of the submitter, odd days the older one.
    if (user && dayOfMonth % 2 === 0) paper["submittedOnDailyBy"] = user;
    if (user && dayOfMonth % 2 === 1) {
      const { user: name, ...rest } = user;
      item["submittedBy"] = { ...rest, name };
    }
    if (day === MATH_DAY && index === 0)
      paper["summary"] = `${String(paper["summary"])}${MATH_SENTENCE}`;
    return item;
  });
}

/** One answer of the fake server for a day: its papers, an HTTP error, a body that is not JSON, or none. */
export type FakeHuggingFaceReply = { papers: true } | { body: string } | FakeFailure;

/** A request the fake server received. */
export interface FakeHuggingFaceRequest {
  path: string;
  date: string | null;
  limit: string | null;
  page: string | null;
  userAgent: string | undefined;
}

/** A running fake Hugging Face. */
export interface FakeHuggingFace {
  /** The site, for `HF_API_URL`. */
  url: string;
  requests: FakeHuggingFaceRequest[];
  /** Upvotes added to every paper from now on, as counts grow after a day is imported. */
  setUpvoteBonus: (bonus: number) => void;
  close: () => Promise<void>;
}

/**
 * Starts the fake Hugging Face on a free port of 127.0.0.1. `replies` maps a date to its answers in
 * order (the last one repeats); any other date gets {@link dailyPapers}, paged by `limit` and `p`.
 * `transform` changes a day's papers before they are served.
 */
export async function startFakeHuggingFace(
  options: {
    replies?: Readonly<Record<string, readonly FakeHuggingFaceReply[]>>;
    transform?: (items: Item[], day: Day) => Item[];
  } = {},
): Promise<FakeHuggingFace> {
  const requests: FakeHuggingFaceRequest[] = [];
  const served = new Map<string, number>();
  let bonus = 0;
  const server = await listen((hanging) => (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const date = url.searchParams.get("date");
    requests.push({
      path: url.pathname,
      date,
      limit: url.searchParams.get("limit"),
      page: url.searchParams.get("p"),
      userAgent: request.headers["user-agent"],
    });
    if (url.pathname !== "/api/daily_papers") {
      answerFailure(response, { status: 404, body: "Not Found" }, hanging);
      return;
    }
    const answers = options.replies?.[date ?? ""] ?? [{ papers: true }];
    const index = served.get(date ?? "") ?? 0;
    served.set(date ?? "", index + 1);
    const reply = answers[Math.min(index, answers.length - 1)] ?? { papers: true };
    if (answerFailure(response, reply, hanging)) return;
    response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
    if ("body" in reply) {
      response.end(reply.body);
      return;
    }
    let items = dailyPapers(date ?? "");
    items = options.transform ? options.transform(items, date ?? "") : items;
    for (const item of items) item.paper["upvotes"] = Number(item.paper["upvotes"]) + bonus;
    const limit = Number(url.searchParams.get("limit") ?? 50);
    const page = Number(url.searchParams.get("p") ?? 0);
    response.end(JSON.stringify(items.slice(page * limit, (page + 1) * limit)));
  });
  return {
    url: server.origin,
    requests,
    setUpvoteBonus: (value) => {
      bonus = value;
    },
    close: server.close,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      "upvote-bonus": { type: "string" },
      "fail-once": { type: "string", multiple: true },
    },
  });
  const fake = await startFakeHuggingFace({
    replies: Object.fromEntries(
      (values["fail-once"] ?? []).map((day) => [day, [{ status: 503 }, { papers: true }]]),
    ),
  });
  fake.setUpvoteBonus(Number(values["upvote-bonus"] ?? 0));
  console.log(`fake Hugging Face listening: HF_API_URL=${fake.url}`);
  console.log(`it has papers for ${RECORDED_MONTH[0]} to ${RECORDED_MONTH.at(-1)}`);
}
