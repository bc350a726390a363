// The files a build's worker threads write into the output folder while Astro renders pages.
import { startApi } from "./api.ts";
import { startAuthorFeeds } from "./author-feeds.ts";
import { startSearchIndex } from "./search-pages.ts";

/**
 * Starts every worker's files: the search index (the search page waits for it), the author feeds
 * (the OPML list does) and the JSON API (its `days.json` does).
 */
export function startWorkerFiles(): void {
  startSearchIndex();
  startAuthorFeeds();
  startApi();
}
