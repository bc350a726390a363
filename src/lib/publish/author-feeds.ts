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

/** Each author's RSS feed as a file, `<slug>/rss.xml`, each made only when it is asked for. */
export function* authorFeedFiles({ entries, authors }: AuthorFeeds): Generator<FileToWrite> {
  for (const author of authors) {
    yield {
      path: `${author.slug}/rss.xml`,
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
