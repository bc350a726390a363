// A worker thread of relatedPapersInParallel: compares the rows its job asks for, then sends back
// the ranking they found.
import { compareRows, type RowsJob } from "./related-papers.ts";
import { answerJob } from "../build/worker-result.ts";

await answerJob(
  ({ index, limit, from, to }: RowsJob) => compareRows(index, limit, from, to),
  (ranking) => [ranking.papers.buffer, ranking.scores.buffer, ranking.counts.buffer],
);
