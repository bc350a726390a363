// A worker thread of writeSearchIndexInWorker: builds and writes one search index, then sends
// back its manifest.
import { parentPort, workerData } from "node:worker_threads";
import { writeSearchIndex, type SearchIndexJob } from "./search-index-files.ts";

if (!parentPort) throw new Error("search-index-worker.ts runs only as a worker thread");
parentPort.postMessage(await writeSearchIndex(workerData as SearchIndexJob));
