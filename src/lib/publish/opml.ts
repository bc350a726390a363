import { generateOpml } from "feedsmith";

/** One feed of a subscription list; its URLs are absolute. */
export interface OpmlFeed {
  title: string;
  /** The feed's own address. */
  feedUrl: string;
  /** The page the feed follows. */
  pageUrl: string;
}

/** A folder of feeds, as feed readers file them on import. */
export interface OpmlGroup {
  title: string;
  feeds: readonly OpmlFeed[];
}

/**
 * An OPML 2.0 subscription list, which feed readers import in one step: a folder per group, an
 * `rss`-typed outline per feed (the type readers expect for RSS and Atom alike).
 */
export function toOpml(title: string, groups: readonly OpmlGroup[]): string {
  return generateOpml({
    head: { title },
    body: {
      outlines: groups.map((group) => ({
        text: group.title,
        title: group.title,
        outlines: group.feeds.map((feed) => ({
          text: feed.title,
          title: feed.title,
          type: "rss",
          xmlUrl: feed.feedUrl,
          htmlUrl: feed.pageUrl,
        })),
      })),
    },
  });
}
