import { splitByDay } from "../feed/grouping.ts";
import type { ApiPaper } from "./api-format.ts";
import { apiPaths } from "./api-paths.ts";
import { toApiDay } from "./api-day.ts";

/** One file of the API: its path from the API folder and its content. */
export interface ApiFile {
  path: string;
  body: string;
}

/**
 * The API's file of each paper and of each feed day, from papers in feed order, made one at a time
 * as they are asked for, so that a writer holds only the files it is writing. The list of days
 * (`days.json`) is not among them: the build writes it through a route (src/pages/api/).
 */
export function* apiFiles(papers: readonly ApiPaper[]): Generator<ApiFile> {
  for (const paper of papers) {
    yield { path: apiPaths.paper(paper.id), body: JSON.stringify(paper) };
  }
  for (const { day, items } of splitByDay(papers)) {
    yield { path: apiPaths.day(day), body: JSON.stringify(toApiDay(day, items)) };
  }
}
