// A stand-in for arXiv's query API on 127.0.0.1, serving recorded Atom responses, so that no test
// reaches the internet. Run it by hand to try `papers:add` offline:
//   npx node tests/support/fake-arxiv-server.ts   (then ARXIV_API_URL=<printed URL> npm run papers:add -- 2307.03381)
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerFailure, listen, type FakeFailure, type Hanging } from "./fake-http.ts";

const FIXTURES = new URL("../fixtures/arxiv/", import.meta.url);

/** One answer of the fake server: a recorded response, an HTTP error, or no answer at all. */
export type FakeReply = { fixture: string } | FakeFailure;

/** A request the fake server received. */
export interface FakeRequest {
  idList: string;
  maxResults: string | null;
  userAgent: string | undefined;
}

/** A running fake arXiv. */
export interface FakeArxiv {
  /** The query endpoint, for `ARXIV_API_URL`. */
  url: string;
  requests: FakeRequest[];
  close: () => Promise<void>;
}

/** Every recorded response, by the `id_list` that asks for it; each request takes the next reply. */
export const RECORDED: Readonly<Record<string, readonly FakeReply[]>> = {
  "2307.03381": [{ fixture: "2307.03381.xml" }],
  "2401.04088,2312.00752,2305.18290": [{ fixture: "several.xml" }],
  "hep-th/9711200": [{ fixture: "hep-th-9711200.xml" }],
  "math/0211159": [{ fixture: "math-0211159.xml" }],
  "2406.01234": [{ fixture: "math.xml" }],
  "2507.99999": [{ fixture: "error.xml" }],
  "2501.00000": [{ fixture: "empty.xml" }],
  "2502.00001": [{ fixture: "untitled.xml" }],
};

const ENTRY = /<entry>[\s\S]*?<\/entry>\n?/g;

/**
 * Starts the fake arXiv on a free port of 127.0.0.1. `replies` maps an `id_list` to its answers in
 * order (the last one repeats); an `id_list` it does not know gets an empty feed, as arXiv answers
 * for an id it has no paper for.
 */
export async function startFakeArxiv(
  replies: Readonly<Record<string, readonly FakeReply[]>> = RECORDED,
): Promise<FakeArxiv> {
  const requests: FakeRequest[] = [];
  const served = new Map<string, number>();
  const server = await listen((hanging) => (request: IncomingMessage, response: ServerResponse) => {
    const query = new URL(request.url ?? "/", "http://127.0.0.1").searchParams;
    const idList = query.get("id_list") ?? "";
    requests.push({
      idList,
      maxResults: query.get("max_results"),
      userAgent: request.headers["user-agent"],
    });
    const answers = replies[idList] ?? [{ combine: idList.split(",") }];
    const index = served.get(idList) ?? 0;
    served.set(idList, index + 1);
    void answer(
      response,
      answers[Math.min(index, answers.length - 1)] as FakeReply | Combined,
      replies,
      hanging,
    );
  });
  return { url: `${server.origin}/api/query`, requests, close: server.close };
}

/** Several ids asked at once: the entries of each id's own recorded response, in one feed. */
interface Combined {
  combine: string[];
}

async function answer(
  response: ServerResponse,
  reply: FakeReply | Combined,
  replies: Readonly<Record<string, readonly FakeReply[]>>,
  hanging: Hanging,
): Promise<void> {
  if (answerFailure(response, reply, hanging)) return;
  const body =
    "combine" in reply ? await combine(reply.combine, replies) : await fixture(reply.fixture);
  response.writeHead(200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  response.end(body);
}

async function combine(
  ids: readonly string[],
  replies: Readonly<Record<string, readonly FakeReply[]>>,
): Promise<string> {
  const entries: string[] = [];
  for (const id of ids) {
    const [reply] = replies[id] ?? replies[id.replace(/v\d+$/, "")] ?? [];
    if (reply && "fixture" in reply)
      entries.push(...((await fixture(reply.fixture)).match(ENTRY) ?? []));
  }
  // A function, so that `$$` in an abstract is not read as a replacement pattern.
  return (await fixture("empty.xml")).replace("</feed>", () => `  ${entries.join("  ")}</feed>`);
}

function fixture(name: string): Promise<string> {
  return readFile(new URL(name, FIXTURES), "utf8");
}

if (import.meta.main) {
  const fake = await startFakeArxiv();
  console.log(`fake arXiv listening: ARXIV_API_URL=${fake.url}`);
  console.log(`it knows: ${Object.keys(RECORDED).join("  ")}`);
}
