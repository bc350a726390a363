// The files a build's worker threads write into the output folder while Astro renders pages.
import { writeApi } from "./api.ts";
import { writeAuthorFeeds } from "./author-feeds.ts";
import { getPapers } from "./papers.ts";
import { writeSearchIndex } from "./search.ts";

/**
 * Starts every worker's files: the search index (the search page waits for it), the author feeds
 * (the OPML list does) and the JSON API (its `days.json` does). A failure is left to the page that
 * waits, which fails the build with the worker's error.
 */
export function startWorkerFiles(): void {
  void getPapers()
    .then((papers) =>
      Promise.allSettled([writeSearchIndex(papers), writeAuthorFeeds(papers), writeApi(papers)]),
    )
    .catch(() => undefined);
}
