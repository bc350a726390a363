import type { ApiPaper } from "../publish/api-format.ts";
import { apiFiles } from "../publish/api-files.ts";
import { startWorker } from "./worker-result.ts";
import { writeFiles } from "./write-files.ts";

/** Some of the API's files of a site, as a worker thread is sent them. */
export interface ApiJob {
  /** Whole feed days' papers, in feed order. */
  papers: readonly ApiPaper[];
  /** The API's folder in the output folder. */
  dir: string;
}

/** Writes the API's file of each paper and each of their days into `job.dir`; returns how many it wrote. */
export function writeApiFiles({ papers, dir }: ApiJob): Promise<number> {
  return writeFiles(dir, apiFiles(papers));
}

/**
 * Does {@link writeApiFiles} for each batch of whole days in a worker thread started from
 * `workerUrl` (`api-worker.ts`), so that a build renders pages meanwhile on its other core. A batch
 * is made and sent only once the worker has written the one before: the worker holds one batch at
 * a time, and the sender makes each only when it is wanted. Returns how many files were written.
 */
export async function writeApiFilesInWorker(
  workerUrl: URL,
  dir: string,
  batches: Iterable<readonly ApiPaper[]>,
): Promise<number> {
  const worker = startWorker<ApiJob, number>(workerUrl, "the API worker");
  let written = 0;
  try {
    for (const papers of batches) written += await worker.run({ papers, dir });
  } finally {
    await worker.stop();
  }
  return written;
}
