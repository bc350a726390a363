// The site's feeds (the latest papers, each tag's, each author's) and the OPML list of them.
import { toOpml } from "../lib/publish/opml.ts";
import { FEED_MEDIA_TYPES, type Feed, type FeedChannel } from "../lib/publish/syndication.ts";
import type { FeedAuthor } from "./authors.ts";
import { getPapers, type Paper } from "./papers.ts";
import { site, urls } from "./site.ts";
import { getTags } from "./tags.ts";

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
    pageUrl: absolute(urls.home),
    feedUrl: absolute(feedUrl),
    language: site.locale,
  });
}

/** The latest papers of a tag, as many as `site.feedItems`, for its RSS feed. */
export async function getTagFeed(tag: string): Promise<Feed> {
  const papers = (await getPapers()).filter((paper) => paper.tags.includes(tag));
  return feed(papers, {
    title: `${site.title}: ${tag}`,
    description: `The latest papers tagged “${tag}” on ${site.title}.`,
    pageUrl: absolute(urls.tag(tag)),
    feedUrl: absolute(urls.tagRss(tag)),
    language: site.locale,
  });
}

/**
 * The latest papers of an author, as many as `site.feedItems`, for their RSS feed: each abstract as
 * text only, as arXiv's author feeds carry it, since thousands of author feeds repeating every
 * abstract's rendered math were a third of a site's bytes (docs/performance.md, "Author feeds").
 */
export function getAuthorFeed(author: FeedAuthor): Feed {
  return summaryFeed(author.papers, {
    title: `${site.title}: ${author.name}`,
    description: `The latest papers by ${author.name} on ${site.title}.`,
    pageUrl: absolute(urls.author(author.slug)),
    feedUrl: absolute(urls.authorRss(author.slug)),
    language: site.locale,
  });
}

/** The OPML list of the site's feed and every tag's, most used tag first. */
export async function getFeedsOpml(): Promise<string> {
  const tags = await getTags();
  return toOpml(site.title, [
    {
      title: site.title,
      feeds: [{ title: site.title, feedUrl: absolute(urls.rss), pageUrl: absolute(urls.home) }],
    },
    {
      title: "Tags",
      feeds: tags.map(({ tag }) => ({
        title: `${site.title}: ${tag}`,
        feedUrl: absolute(urls.tagRss(tag)),
        pageUrl: absolute(urls.tag(tag)),
      })),
    },
  ]);
}

function summaryFeed(papers: readonly Paper[], channel: FeedChannel): Feed {
  const { entries } = feed(papers, channel);
  return { channel, entries: entries.map((entry) => ({ ...entry, html: undefined })) };
}

function feed(papers: readonly Paper[], channel: FeedChannel): Feed {
  return {
    channel,
    entries: papers.slice(0, site.feedItems).map((paper) => ({
      id: paper.id,
      title: paper.title,
      url: absolute(paper.url),
      authors: paper.authors,
      text: paper.text,
      html: paper.html,
      day: paper.day,
      tags: paper.tags,
    })),
  };
}

// Feed readers fetch a feed on its own, away from the site, so every link in it must be absolute.
function absolute(path: string): string {
  return new URL(path, site.url).href;
}
