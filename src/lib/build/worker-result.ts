import { on } from "node:events";
import { parentPort, Worker, type Transferable } from "node:worker_threads";

/** A worker thread waiting for its jobs. */
export interface WaitingWorker<Job, Result> {
  /**
   * Sends the worker a job and resolves with the next message it sends back; rejects if the worker
   * fails, or stops before it answers (which would otherwise leave the build waiting for ever).
   * Jobs run one after another: a run sends its job once the run before it has its answer.
   */
  run(job: Job, transfer?: readonly Transferable[]): Promise<Result>;
  /** Stops the worker, so that it does not keep the process alive; a pending run rejects. */
  stop(): Promise<void>;
}

/**
 * Starts a worker thread from `workerUrl`, which answers each message with one message (see
 * {@link answerJob} and {@link answerJobs}). Started before its first job is ready, the worker
 * imports its modules meanwhile. `name` names it in errors.
 */
export function startWorker<Job, Result>(workerUrl: URL, name: string): WaitingWorker<Job, Result> {
  const worker = new Worker(workerUrl);
  // Listened for from the start: an error of a worker nobody waits on yet would otherwise be thrown
  // as an uncaught exception. It fails the run that waits, or nothing if no run ever does.
  const failed = new Promise<never>((_, reject) => {
    worker.on("error", reject);
    worker.on("exit", (code: number) => {
      reject(
        new Error(
          `${name} (${workerUrl.href}) stopped with exit code ${String(code)} before it sent its result`,
        ),
      );
    });
  });
  failed.catch(() => undefined);
  let previous: Promise<unknown> = Promise.resolve();
  const send = (job: Job, transfer: readonly Transferable[]): Promise<Result> => {
    const answer = new Promise<Result>((resolve) => worker.once("message", resolve));
    worker.postMessage(job, transfer);
    return Promise.race([answer, failed]);
  };
  return {
    run(job, transfer = []) {
      const result = previous.then(() => send(job, transfer));
      previous = result.catch(() => undefined);
      return result;
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** Runs one job on a worker thread started from `workerUrl`: see {@link startWorker}. */
export function workerResult<Job, Result>(workerUrl: URL, job: Job, name: string): Promise<Result> {
  return startWorker<Job, Result>(workerUrl, name).run(job);
}

/**
 * The worker's side of {@link startWorker} for one job: takes the job from the first message, and
 * answers with what `handle` makes of it, moving the buffers `transfer` names rather than copying
 * them. The worker then ends, having nothing more to wait for.
 */
export function answerJob<Job, Result>(
  handle: (job: Job) => Result | Promise<Result>,
  transfer: (result: Result) => readonly Transferable[] = () => [],
): Promise<void> {
  return answerMessages("answerJob", 1, handle, transfer);
}

/**
 * The worker's side of {@link startWorker} for several jobs: answers every message as
 * {@link answerJob} answers the first, one after another, until the worker is stopped.
 */
export function answerJobs<Job, Result>(
  handle: (job: Job) => Result | Promise<Result>,
  transfer: (result: Result) => readonly Transferable[] = () => [],
): Promise<void> {
  return answerMessages("answerJobs", Infinity, handle, transfer);
}

/** Answers the first `count` messages to this worker thread; `caller` names it in errors. */
async function answerMessages<Job, Result>(
  caller: string,
  count: number,
  handle: (job: Job) => Result | Promise<Result>,
  transfer: (result: Result) => readonly Transferable[],
): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error(`${caller} runs only in a worker thread`);
  let answered = 0;
  for await (const [job] of on(port, "message") as AsyncIterableIterator<[Job]>) {
    const result = await handle(job);
    port.postMessage(result, transfer(result));
    // Leaving the loop stops listening, which lets a worker of one job end.
    if (++answered >= count) return;
  }
}
