import { once } from "node:events";
import { parentPort, Worker, type Transferable } from "node:worker_threads";

/** A worker thread waiting for its one job. */
export interface WaitingWorker<Job, Result> {
  /**
   * Sends the worker its job and resolves with the first message it sends back; rejects if the
   * worker fails, or stops before it answers (which would otherwise leave the build waiting for ever).
   */
  run(job: Job, transfer?: readonly Transferable[]): Promise<Result>;
  /** Stops a worker that will not be sent its job, so that it does not keep the process alive. */
  stop(): Promise<void>;
}

/**
 * Starts a worker thread from `workerUrl`, which takes its job from its first message (see
 * {@link answerJob}). Started before
 * its job is ready, the worker imports its modules meanwhile. `name` names it in errors.
 */
export function startWorker<Job, Result>(workerUrl: URL, name: string): WaitingWorker<Job, Result> {
  const worker = new Worker(workerUrl);
  const ended = once(worker, "exit").then(([code]: unknown[]) => {
    throw new Error(
      `${name} (${workerUrl.href}) stopped with exit code ${String(code)} before it sent its result`,
    );
  });
  // Until it is sent its job, an early end is only reported by run().
  ended.catch(() => undefined);
  return {
    async run(job, transfer = []) {
      worker.postMessage(job, transfer);
      const [result] = (await Promise.race([once(worker, "message"), ended])) as [Result];
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
 * The worker's side of {@link startWorker}: takes the job from the first message, and answers with
 * what `handle` makes of it, moving the buffers `transfer` names rather than copying them.
 */
export async function answerJob<Job, Result>(
  handle: (job: Job) => Result | Promise<Result>,
  transfer: (result: Result) => readonly Transferable[] = () => [],
): Promise<void> {
  if (!parentPort) throw new Error("answerJob runs only in a worker thread");
  const [job] = (await once(parentPort, "message")) as [Job];
  const result = await handle(job);
  parentPort.postMessage(result, transfer(result));
}
