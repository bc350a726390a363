// A worker thread of writeApiFilesInWorker: writes the API files of each batch of papers it is
// sent, and answers how many it wrote.
import { writeApiFiles } from "./api-writer.ts";
import { answerJobs } from "./worker-result.ts";

await answerJobs(writeApiFiles);
