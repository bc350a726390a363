// A worker thread of writeAuthorFeeds (src/data/author-feeds.ts): writes the author feeds its job
// describes into its folder, then sends back how many it wrote.
import { authorFeedFiles, type AuthorFeeds } from "../publish/author-feeds.ts";
import { answerJob } from "./worker-result.ts";
import { writeFiles } from "./write-files.ts";

await answerJob(({ dir, feeds }: { dir: string; feeds: AuthorFeeds }) =>
  writeFiles(dir, authorFeedFiles(feeds)),
);
