// A worker thread of writeSearchIndexInWorker: builds and writes the search index its message
// describes, then sends back its manifest.
import { once } from "node:events";
import { parentPort } from "node:worker_threads";
import { writeSearchIndex, type SearchIndexJob } from "./search-index-files.ts";

if (!parentPort) throw new Error("search-index-worker.ts runs only as a worker thread");
const [job] = (await once(parentPort, "message")) as [SearchIndexJob];
parentPort.postMessage(await writeSearchIndex(job));
