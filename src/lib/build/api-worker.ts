// A worker thread of writeApiFilesInWorker: writes the API files its job describes, then sends
// back how many it wrote.
import { writeApiFiles } from "./api-writer.ts";
import { answerJob } from "./worker-result.ts";

await answerJob(writeApiFiles);
