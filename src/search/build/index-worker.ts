// A worker thread of writeSearchIndexInWorker: builds and writes the search index its job
// describes, then sends back its manifest.
import { writeSearchIndex } from "./index-files.ts";
import { answerJob } from "../../lib/build/worker-result.ts";

await answerJob(writeSearchIndex);
