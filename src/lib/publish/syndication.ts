// Written here, not by a feed library: `feed` drops fields the feeds carry and feedsmith changes
// titles and names it puts in CDATA (measured in docs/performance.md, "Feeds").
import type { Day } from "../feed/dates.ts";

/** A paper as the feeds carry it; every URL is absolute. */
export interface FeedEntry {
  /** The paper's permanent id: the item's guid. */
  id: string;
  title: string;
  /** The paper's page on the site. */
  url: string;
  authors: readonly string[];
  /** The abstract as plain text. */
  text: string;
  /** The abstract as static HTML, math rendered by KaTeX; a feed of summaries leaves it out. */
  html?: string | undefined;
  /** The feed day the paper appeared on. */
  day: Day;
  tags: readonly string[];
}

/** What a feed says about itself; every URL is absolute. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows: the home page, or a tag's page. */
  pageUrl: string;
  /** The feed's own address. */
  feedUrl: string;
  /** The language of the feed (BCP 47), e.g. `en-US`. */
  language: string;
}

/** A feed: what it says about itself and its entries, newest first. */
export interface Feed {
  channel: FeedChannel;
  entries: readonly FeedEntry[];
}

/** The media type of each feed format, for `<link rel="alternate" type>`. */
export const FEED_MEDIA_TYPES = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
} as const;

// XML 1.0 cannot carry these at all, not even as character references.
const NOT_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text made safe for XML content and attribute values: markup characters escaped, characters XML cannot carry dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHARACTERS, "")
    .replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/** An RSS 2.0 feed: each item with its guid (the paper id), authors, tags, and the abstract as text and as HTML. */
export function toRss({ channel, entries }: Feed): string {
  const updated = newestDay(entries);
  const items = entries.map((entry) =>
    [
      "    <item>",
      element("title", entry.title, 6),
      element("link", entry.url, 6),
      `      <guid isPermaLink="false">${escapeXml(entry.id)}</guid>`,
      element("pubDate", rfc822(entry.day), 6),
      ...entry.authors.map((author) => element("dc:creator", author, 6)),
      ...entry.tags.map((tag) => element("category", tag, 6)),
      element("description", entry.text, 6),
      ...(entry.html === undefined ? [] : [element("content:encoded", entry.html, 6)]),
      "    </item>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    element("title", channel.title, 4),
    element("link", channel.pageUrl, 4),
    element("description", channel.description, 4),
    element("language", channel.language, 4),
    ...(updated ? [element("lastBuildDate", rfc822(updated), 4)] : []),
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="${FEED_MEDIA_TYPES.rss}"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/**
 * An Atom feed. Atom wants an IRI as each entry's id, so an entry is identified by its page's URL
 * (which holds the paper id); the site's title stands as the author of papers whose authors are unknown.
 */
export function toAtom({ channel, entries }: Feed): string {
  const updated = newestDay(entries);
  const items = entries.map((entry) =>
    [
      "  <entry>",
      element("title", entry.title, 4),
      element("id", entry.url, 4),
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      element("published", isoDateTime(entry.day), 4),
      element("updated", isoDateTime(entry.day), 4),
      ...entry.authors.map((author) => `    <author><name>${escapeXml(author)}</name></author>`),
      ...entry.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      `    <summary type="text">${escapeXml(entry.text)}</summary>`,
      ...(entry.html === undefined
        ? []
        : [`    <content type="html">${escapeXml(entry.html)}</content>`]),
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    element("title", channel.title, 2),
    element("subtitle", channel.description, 2),
    element("id", channel.feedUrl, 2),
    `  <link rel="self" type="${FEED_MEDIA_TYPES.atom}" href="${escapeXml(channel.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(channel.pageUrl)}"/>`,
    element("updated", isoDateTime(updated ?? "1970-01-01"), 2),
    `  <author><name>${escapeXml(channel.title)}</name></author>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}

/** A JSON Feed 1.1: each item with its id (the paper id), authors, tags, and the abstract as text and as HTML. */
export function toJsonFeed({ channel, entries }: Feed): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language,
    items: entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      ...(entry.html === undefined ? {} : { content_html: entry.html }),
      content_text: entry.text,
      date_published: isoDateTime(entry.day),
      ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function element(name: string, text: string, indent: number): string {
  return `${" ".repeat(indent)}<${name}>${escapeXml(text)}</${name}>`;
}

function newestDay(entries: readonly FeedEntry[]): Day | undefined {
  return entries.reduce<Day | undefined>(
    (newest, entry) => (newest === undefined || entry.day > newest ? entry.day : newest),
    undefined,
  );
}

// Feed days have no time of day; papers are dated at midnight UTC of theirs.
function isoDateTime(day: Day): string {
  return `${day}T00:00:00Z`;
}

function rfc822(day: Day): string {
  return new Date(isoDateTime(day)).toUTCString();
}
