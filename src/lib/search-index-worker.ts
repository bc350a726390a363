// A worker thread of writeSearchIndexInWorker: builds and writes the search index its job
// describes, then sends back its manifest.
import { writeSearchIndex } from "./search-index-files.ts";
import { answerJob } from "./worker-result.ts";

await answerJob(writeSearchIndex);
