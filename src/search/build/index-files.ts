import { formatDay } from "../../lib/feed/dates.ts";
import type { SearchManifest } from "../core/index-format.ts";
import { buildSearchIndex, type SearchDocument } from "./index-builder.ts";
import { workerResult } from "../../lib/build/worker-result.ts";
import { writeFiles } from "../../lib/build/write-files.ts";

/** What the search index of a site is built from, as a worker thread is sent it. */
export interface SearchIndexJob {
  documents: readonly SearchDocument[];
  /** The site's locale, in which results write each paper's day. */
  locale: string;
  /** The folder the index files are written into. */
  dir: string;
}

/** Builds the search index of a site the way its pages name days, with each file's path and body. */
export function siteSearchIndex(
  documents: readonly SearchDocument[],
  locale: string,
): ReturnType<typeof buildSearchIndex> {
  return buildSearchIndex(documents, { dateLabel: (day) => formatDay(day, locale, "short") });
}

/** Builds a site's search index and writes its files into `job.dir`; returns the manifest. */
export async function writeSearchIndex({
  documents,
  locale,
  dir,
}: SearchIndexJob): Promise<SearchManifest> {
  const { manifest, files } = siteSearchIndex(documents, locale);
  await writeFiles(dir, files);
  return manifest;
}

/**
 * Does {@link writeSearchIndex} in a worker thread started from `workerUrl`
 * (`index-worker.ts`), so that a build renders pages meanwhile on its other core.
 */
export function writeSearchIndexInWorker(
  workerUrl: URL,
  job: SearchIndexJob,
): Promise<SearchManifest> {
  return workerResult(workerUrl, job, "the search index worker");
}
