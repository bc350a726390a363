import { describe, expect, it } from "vitest";
import {
  answerJob,
  answerJobs,
  startWorker,
  workerResult,
} from "../../../src/lib/build/worker-result.ts";

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

const HELPER = new URL("../../../src/lib/build/worker-result.ts", import.meta.url).href;

describe("answerJob", () => {
  it("answers a job sent by startWorker, in a worker made of it", async () => {
    const tripler = worker(`
      import { answerJob } from ${JSON.stringify(HELPER)};
      await answerJob((job) => job.numbers.map((number) => number * 3));
    `);
    await expect(workerResult(tripler, { numbers: [1, 2] }, "the tripler")).resolves.toEqual([
      3, 6,
    ]);
  });

  it("answers the first job only, then lets the worker end", async () => {
    const tripler = worker(`
      import { answerJob } from ${JSON.stringify(HELPER)};
      await answerJob((job) => job * 3);
    `);
    const waiting = startWorker<number, number>(tripler, "the tripler");
    await expect(waiting.run(1)).resolves.toBe(3);
    await expect(waiting.run(2)).rejects.toThrow(
      /^the tripler \(data:.*\) stopped with exit code 0 before it sent its result$/,
    );
  });

  it("refuses to run outside a worker thread", async () => {
    await expect(answerJob(() => 1)).rejects.toThrow("answerJob runs only in a worker thread");
  });
});

// Answers each job with the job and how many jobs it has seen; stops dead at a job of -1.
const COUNTER = worker(`
  import { answerJobs } from ${JSON.stringify(HELPER)};
  let seen = 0;
  await answerJobs(async (job) => {
    if (job === -1) process.exit(3);
    if (job === -2) throw new Error("job -2 is not a job");
    // An answer that takes a while, so a run sent meanwhile must wait its turn.
    await new Promise((resolve) => setTimeout(resolve, job));
    return { job, seen: ++seen };
  });
`);

describe("answerJobs with startWorker", () => {
  it("answers several jobs run one after another, each with its own answer", async () => {
    const counter = startWorker<number, { job: number; seen: number }>(COUNTER, "the counter");
    try {
      const answers = [];
      for (const job of [3, 1, 2]) answers.push(await counter.run(job));
      expect(answers).toEqual([
        { job: 3, seen: 1 },
        { job: 1, seen: 2 },
        { job: 2, seen: 3 },
      ]);
    } finally {
      await counter.stop();
    }
  });

  it("answers runs sent at once in the order they were sent", async () => {
    const counter = startWorker<number, { job: number; seen: number }>(COUNTER, "the counter");
    try {
      await expect(Promise.all([20, 0, 5].map((job) => counter.run(job)))).resolves.toEqual([
        { job: 20, seen: 1 },
        { job: 0, seen: 2 },
        { job: 5, seen: 3 },
      ]);
    } finally {
      await counter.stop();
    }
  });

  it("rejects the pending run, naming the worker, when the worker dies mid-way", async () => {
    const counter = startWorker<number, { job: number; seen: number }>(COUNTER, "the counter");
    await expect(counter.run(0)).resolves.toEqual({ job: 0, seen: 1 });
    const dying = counter.run(-1);
    const after = counter.run(0);
    await expect(dying).rejects.toThrow(
      /^the counter \(data:.*\) stopped with exit code 3 before it sent its result$/,
    );
    await expect(after).rejects.toThrow(/stopped with exit code 3/);
  });

  it("rejects the run with the worker's own error when a job throws", async () => {
    const counter = startWorker<number, { job: number; seen: number }>(COUNTER, "the counter");
    await expect(counter.run(0)).resolves.toEqual({ job: 0, seen: 1 });
    await expect(counter.run(-2)).rejects.toThrow("job -2 is not a job");
  });

  it("rejects a pending run when the worker is stopped", async () => {
    const counter = startWorker<number, { job: number; seen: number }>(COUNTER, "the counter");
    const pending = counter.run(60_000);
    await counter.stop();
    await expect(pending).rejects.toThrow(/^the counter \(data:.*\) stopped with exit code/);
  });

  it("refuses to run outside a worker thread", async () => {
    await expect(answerJobs(() => 1)).rejects.toThrow("answerJobs runs only in a worker thread");
  });
});
