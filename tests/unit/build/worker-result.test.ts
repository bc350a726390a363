import { describe, expect, it } from "vitest";
import { answerJob, startWorker, workerResult } from "../../../src/lib/build/worker-result.ts";

// Workers as data: URLs, each a few lines of JavaScript.
const worker = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(source)}`);
const DOUBLER = worker(`
  import { once } from "node:events";
  import { parentPort } from "node:worker_threads";
  const [job] = await once(parentPort, "message");
  parentPort.postMessage(job.numbers.map((number) => number * 2));
`);

describe("workerResult", () => {
  it("sends the job and resolves with the worker's answer", async () => {
    await expect(workerResult(DOUBLER, { numbers: [1, 2, 3] }, "the doubler")).resolves.toEqual([
      2, 4, 6,
    ]);
  });

  it("rejects with the worker's own error", async () => {
    const failing = worker(`throw new Error("no disk space left");`);
    await expect(workerResult(failing, {}, "the failing worker")).rejects.toThrow(
      "no disk space left",
    );
  });

  it("rejects, naming the worker, when it stops without answering", async () => {
    const silent = worker("");
    await expect(workerResult(silent, {}, "the silent worker")).rejects.toThrow(
      /^the silent worker \(data:.*\) stopped with exit code 0 before it sent its result$/,
    );
  });
});

describe("startWorker", () => {
  it("runs a job sent after the worker has started", async () => {
    const waiting = startWorker<{ numbers: number[] }, number[]>(DOUBLER, "the doubler");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(waiting.run({ numbers: [5] })).resolves.toEqual([10]);
  });

  it("stops a worker that is never sent its job", async () => {
    const waiting = startWorker(DOUBLER, "the doubler");
    await waiting.stop();
    await expect(waiting.run({ numbers: [5] })).rejects.toThrow(
      /stopped with exit code \d+ before it sent its result/,
    );
  });
});

describe("answerJob", () => {
  it("answers a job sent by startWorker, in a worker made of it", async () => {
    const helper = new URL("../../../src/lib/build/worker-result.ts", import.meta.url).href;
    const tripler = worker(`
      import { answerJob } from ${JSON.stringify(helper)};
      await answerJob((job) => job.numbers.map((number) => number * 3));
    `);
    await expect(workerResult(tripler, { numbers: [1, 2] }, "the tripler")).resolves.toEqual([
      3, 6,
    ]);
  });

  it("refuses to run outside a worker thread", async () => {
    await expect(answerJob(() => 1)).rejects.toThrow("answerJob runs only in a worker thread");
  });
});
