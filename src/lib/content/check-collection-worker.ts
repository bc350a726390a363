// A worker thread of checkPaperCollection: checks the chunks of files it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { checkCollectionFile, type WorkerReply, type WorkerRequest } from "./check-collection.ts";

const port = parentPort;
if (!port) throw new Error("check-collection-worker.ts runs only as a worker thread");
port.on("message", ({ files, render }: WorkerRequest) => {
  port.postMessage({
    checks: files.map((file) => checkCollectionFile(file, render)),
  } satisfies WorkerReply);
});
port.postMessage({} satisfies WorkerReply);
