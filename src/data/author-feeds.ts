// Every author's RSS feed: written into the output folder by a build's worker thread, served one by
// one by the dev server (src/pages/authors/[slug]/rss.xml.ts).
import { outDir, srcDir } from "astro:config/server";
import { fileURLToPath } from "node:url";
import { workerResult } from "../lib/build/worker-result.ts";
import { AUTHORS_DIR, authorFeedPath, type AuthorFeeds } from "../lib/publish/author-feeds.ts";
import type { FeedEntry } from "../lib/publish/syndication.ts";
import { authorsOf, type FeedAuthor } from "./authors.ts";
import { keepUnchangedFiles } from "./unchanged-files.ts";
import { getPapers, type Paper } from "./papers.ts";
import { site } from "./site.ts";
import { authorChannel, authorFeedEntry } from "./syndication.ts";

/** The given authors' feeds, each paper carried once however many of them wrote it. */
function authorFeeds(authors: readonly FeedAuthor[]): AuthorFeeds {
  const places = new Map<Paper, number>();
  const entries: FeedEntry[] = [];
  const placeOf = (paper: Paper): number => {
    let place = places.get(paper);
    if (place === undefined) {
      place = entries.push(authorFeedEntry(paper)) - 1;
      places.set(paper, place);
    }
    return place;
  };
  return {
    entries,
    authors: authors.map(({ slug, name, papers }) => ({
      slug,
      channel: authorChannel({ slug, name }),
      entries: papers.map(placeOf),
    })),
  };
}

let written: Promise<number> | undefined;

/**
 * Writes every author's feed into the build's output folder from a worker thread, once per build,
 * and gives how many there are; later calls share the first one's. Thousands of feeds, each an Astro
 * route of its own, took the main thread's time from the pages (docs/performance.md, "Author feeds").
 * A rebuild makes only the feeds whose papers changed (src/data/unchanged-files.ts).
 */
export function writeAuthorFeeds(papers: readonly Paper[]): Promise<number> {
  written ??= (async () => {
    const authors = authorsOf(papers).map(({ slug, name, items }) => ({
      slug,
      name,
      papers: items.slice(0, site.feedItems),
    }));
    const toMake = await keepUnchangedFiles("author-feeds", AUTHORS_DIR, authors, (author) => ({
      paths: [authorFeedPath(author.slug)],
      from: author,
    }));
    await workerResult<{ dir: string; feeds: AuthorFeeds }, number>(
      new URL("lib/build/author-feeds-worker.ts", srcDir),
      { dir: fileURLToPath(new URL(AUTHORS_DIR, outDir)), feeds: authorFeeds(toMake.items) },
      "the author feeds worker",
    );
    await toMake.remember();
    return authors.length;
  })();
  return written;
}

/**
 * The static paths of every author's feed, `/authors/<slug>/rss.xml`, each with the author's papers,
 * as the dev server serves them. A build renders none: its worker writes them.
 */
export async function getAuthorFeedPaths() {
  if (import.meta.env.PROD) return [];
  return authorsOf(await getPapers()).map(({ slug, name, items }) => ({
    params: { slug },
    props: { author: { slug, name, papers: items } satisfies FeedAuthor },
  }));
}
