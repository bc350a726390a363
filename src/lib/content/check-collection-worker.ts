// A worker thread of checkPaperCollection: checks the chunks of files it is sent, one at a time.
import { checkCollectionFile, type CheckChunkJob } from "./check-collection.ts";
import { answerJobs } from "../build/worker-result.ts";

await answerJobs(({ files, render }: CheckChunkJob) =>
  files.map((file) => checkCollectionFile(file, render)),
);
