// A worker thread of relatedPapersInParallel: compares the rows its message asks for, then sends
// back the ranking they found.
import { once } from "node:events";
import { parentPort } from "node:worker_threads";
import { compareRows, type RowsJob } from "./related-papers.ts";

if (!parentPort) throw new Error("related-papers-worker.ts runs only as a worker thread");
const [{ index, limit, from, to }] = (await once(parentPort, "message")) as [RowsJob];
const ranking = compareRows(index, limit, from, to);
parentPort.postMessage(ranking, [
  ranking.papers.buffer,
  ranking.scores.buffer,
  ranking.counts.buffer,
]);
