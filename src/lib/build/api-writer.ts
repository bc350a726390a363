import type { ApiPaper } from "../publish/api-format.ts";
import { apiFiles } from "../publish/api-files.ts";
import { workerResult } from "./worker-result.ts";
import { writeFiles } from "./write-files.ts";

/** What the API's files of a site are made from, as a worker thread is sent it. */
export interface ApiJob {
  /** Every paper, in feed order. */
  papers: readonly ApiPaper[];
  /** The API's folder in the output folder. */
  dir: string;
}

/** Writes the API's file of each paper and each day into `job.dir`; returns how many it wrote. */
export function writeApiFiles({ papers, dir }: ApiJob): Promise<number> {
  return writeFiles(dir, apiFiles(papers));
}

/**
 * Does {@link writeApiFiles} in a worker thread started from `workerUrl` (`api-worker.ts`), so that
 * a build renders pages meanwhile on its other core.
 */
export function writeApiFilesInWorker(workerUrl: URL, job: ApiJob): Promise<number> {
  return workerResult(workerUrl, job, "the API worker");
}
