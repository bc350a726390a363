// Every author's RSS feed: written into the output folder by a build's worker thread, served one by
// one by the dev server (src/pages/authors/[slug]/rss.xml.ts).
import { outDir, srcDir } from "astro:config/server";
import { fileURLToPath } from "node:url";
import { workerResult } from "../lib/build/worker-result.ts";
import { groupByAuthor } from "../lib/feed/authors.ts";
import type { AuthorFeeds } from "../lib/publish/author-feeds.ts";
import type { FeedAuthor } from "./authors.ts";
import { getPapers, type Paper } from "./papers.ts";
import { site } from "./site.ts";
import { authorChannel, authorFeedEntry } from "./syndication.ts";

/** Every author's feed, each paper carried once however many authors it has. */
export function authorFeeds(papers: readonly Paper[]): AuthorFeeds {
  const places = new Map(papers.map((paper, index) => [paper, index]));
  return {
    entries: papers.map(authorFeedEntry),
    authors: groupByAuthor(papers).map(({ slug, name, items }) => ({
      slug,
      channel: authorChannel({ slug, name }),
      entries: items.slice(0, site.feedItems).map((paper) => places.get(paper) ?? -1),
    })),
  };
}

let written: Promise<number> | undefined;

/**
 * Writes every author's feed into the build's output folder from a worker thread, once per build,
 * and gives how many it wrote; later calls share the first one's. Thousands of feeds, each an Astro
 * route of its own, took the main thread's time from the pages (docs/performance.md, "Author feeds").
 */
export function writeAuthorFeeds(papers: readonly Paper[]): Promise<number> {
  written ??= workerResult<{ dir: string; feeds: AuthorFeeds }, number>(
    new URL("lib/build/author-feeds-worker.ts", srcDir),
    { dir: fileURLToPath(new URL("authors/", outDir)), feeds: authorFeeds(papers) },
    "the author feeds worker",
  );
  return written;
}

/**
 * The static paths of every author's feed, `/authors/<slug>/rss.xml`, each with the author's papers,
 * as the dev server serves them. A build renders none: its worker writes them.
 */
export async function getAuthorFeedPaths() {
  if (import.meta.env.PROD) return [];
  return groupByAuthor(await getPapers()).map(({ slug, name, items }) => ({
    params: { slug },
    props: { author: { slug, name, papers: items } satisfies FeedAuthor },
  }));
}
