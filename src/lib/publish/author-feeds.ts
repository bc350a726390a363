import type { FileToWrite } from "../build/write-files.ts";
import { toRss, type FeedChannel, type FeedEntry } from "./syndication.ts";

/**
 * What every author's feed is made from, as a worker thread is sent it: each paper once, and each
 * author's channel with the places of their papers in `entries`, newest first.
 */
export interface AuthorFeeds {
  entries: readonly FeedEntry[];
  authors: readonly { slug: string; channel: FeedChannel; entries: readonly number[] }[];
}

/** The folder of the authors' pages and feeds in the output folder, below the base path. */
export const AUTHORS_DIR = "authors/";

/** Where an author's feed is, from {@link AUTHORS_DIR}. */
export function authorFeedPath(slug: string): string {
  return `${slug}/rss.xml`;
}

/** Each author's RSS feed as a file, `<slug>/rss.xml`, each made only when it is asked for. */
export function* authorFeedFiles({ entries, authors }: AuthorFeeds): Generator<FileToWrite> {
  for (const author of authors) {
    yield {
      path: authorFeedPath(author.slug),
      body: toRss({
        channel: author.channel,
        entries: author.entries.map((index) => {
          const entry = entries[index];
          if (!entry)
            throw new RangeError(`${author.slug}'s feed names entry ${index} of ${entries.length}`);
          return entry;
        }),
      }),
    };
  }
}
