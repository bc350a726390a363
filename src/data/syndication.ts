// The site's feeds: the latest papers, each tag's, each author's.
import {
  FEED_MEDIA_TYPES,
  type Feed,
  type FeedChannel,
  type FeedEntry,
} from "../lib/publish/syndication.ts";
import type { FeedAuthor } from "./authors.ts";
import { getPapers, type Paper } from "./papers.ts";
import { absoluteUrl, site, urls } from "./site.ts";

/** The formats the site's main feed comes in. */
export type FeedFormat = keyof typeof FEED_MEDIA_TYPES;

/** The site's feeds, as `<link rel="alternate">` and subscribe links name them. */
export const feedLinks: readonly {
  format: FeedFormat;
  label: string;
  href: string;
  type: string;
}[] = [
  { format: "rss", label: "RSS", href: urls.rss, type: FEED_MEDIA_TYPES.rss },
  { format: "atom", label: "Atom", href: urls.atom, type: FEED_MEDIA_TYPES.atom },
  { format: "json", label: "JSON Feed", href: urls.jsonFeed, type: FEED_MEDIA_TYPES.json },
];

/** The latest papers, as many as `site.feedItems`, for the site's feed in one format. */
export async function getFeed(format: FeedFormat): Promise<Feed> {
  const feedUrl = feedLinks.find((link) => link.format === format)?.href ?? urls.rss;
  return feed(await getPapers(), {
    title: site.title,
    description: site.description,
    pageUrl: absoluteUrl(urls.home),
    feedUrl: absoluteUrl(feedUrl),
    language: site.locale,
  });
}

/** The latest papers of a tag, as many as `site.feedItems`, for its RSS feed. */
export async function getTagFeed(tag: string): Promise<Feed> {
  const papers = (await getPapers()).filter((paper) => paper.tags.includes(tag));
  return feed(papers, {
    title: `${site.title}: ${tag}`,
    description: `The latest papers tagged “${tag}” on ${site.title}.`,
    pageUrl: absoluteUrl(urls.tag(tag)),
    feedUrl: absoluteUrl(urls.tagRss(tag)),
    language: site.locale,
  });
}

/** An author's feed: what it says about itself. */
export function authorChannel(author: Pick<FeedAuthor, "slug" | "name">): FeedChannel {
  return {
    title: `${site.title}: ${author.name}`,
    description: `The latest papers by ${author.name} on ${site.title}.`,
    pageUrl: absoluteUrl(urls.author(author.slug)),
    feedUrl: absoluteUrl(urls.authorRss(author.slug)),
    language: site.locale,
  };
}

/**
 * A paper as an author's feed carries it: the abstract as text only, as arXiv's author feeds carry
 * it, since thousands of author feeds repeating every abstract's rendered math were a third of a
 * site's bytes (docs/performance.md, "Author feeds").
 */
export function authorFeedEntry(paper: Paper): FeedEntry {
  return { ...feedEntry(paper), html: undefined };
}

/** The latest papers of an author, as many as `site.feedItems`, for their RSS feed. */
export function getAuthorFeed(author: FeedAuthor): Feed {
  return {
    channel: authorChannel(author),
    entries: author.papers.slice(0, site.feedItems).map(authorFeedEntry),
  };
}

function feed(papers: readonly Paper[], channel: FeedChannel): Feed {
  return { channel, entries: papers.slice(0, site.feedItems).map(feedEntry) };
}

function feedEntry(paper: Paper): FeedEntry {
  return {
    id: paper.id,
    title: paper.title,
    url: absoluteUrl(paper.url),
    authors: paper.authors,
    text: paper.text,
    html: paper.html,
    day: paper.day,
    tags: paper.tags,
  };
}
