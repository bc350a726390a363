import { parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { authorFeedFiles, type AuthorFeeds } from "../../../src/lib/publish/author-feeds.ts";
import { toRss, type FeedChannel, type FeedEntry } from "../../../src/lib/publish/syndication.ts";
import { xmlWellFormedness } from "../../support/xml.ts";

const entry = (id: string, authors: string[]): FeedEntry => ({
  id,
  title: `Paper ${id} & <friends>`,
  url: `https://papers.example.org/papers/${id}/`,
  authors,
  text: `The abstract of ${id}.`,
  day: "2025-07-31",
  tags: [],
});

const channel = (slug: string, name: string): FeedChannel => ({
  title: `Daily Papers: ${name}`,
  description: `The latest papers by ${name}.`,
  pageUrl: `https://papers.example.org/authors/${slug}/`,
  feedUrl: `https://papers.example.org/authors/${slug}/rss.xml`,
  language: "en-US",
});

const ADA = {
  slug: "ada-lovelace",
  channel: channel("ada-lovelace", "Ada Lovelace"),
  entries: [0, 1],
};
const JOSE = { slug: "jose-nunez", channel: channel("jose-nunez", "José Núñez"), entries: [0, 2] };

const FEEDS: AuthorFeeds = {
  entries: [
    entry("2507.00003", ["Ada Lovelace", "José Núñez"]),
    entry("2507.00002", ["Ada Lovelace"]),
    entry("2507.00001", ["José Núñez"]),
  ],
  authors: [
    ADA,
    JOSE,
    { slug: "张伟", channel: channel("%E5%BC%A0%E4%BC%9F", "张伟"), entries: [] },
  ],
};

describe("authorFeedFiles", () => {
  const files = [...authorFeedFiles(FEEDS)];

  it("gives each author one RSS file in a folder named by their slug", () => {
    expect(files.map((file) => file.path)).toEqual([
      "ada-lovelace/rss.xml",
      "jose-nunez/rss.xml",
      "张伟/rss.xml",
    ]);
  });

  it("writes each author's papers, in the order given, as toRss writes that feed", () => {
    for (const [index, author] of FEEDS.authors.entries()) {
      const body = files[index]?.body ?? "";
      expect(xmlWellFormedness(body)).toBe(true);
      const entries = author.entries.map((place) => FEEDS.entries[place] as FeedEntry);
      expect(body).toBe(toRss({ channel: author.channel, entries }));
      expect(parseRssFeed(body).items?.map((item) => item.guid?.value)).toEqual(
        entries.length > 0 ? entries.map(({ id }) => id) : undefined,
      );
    }
  });

  it("makes each file only when it is asked for", () => {
    const broken: AuthorFeeds = {
      entries: FEEDS.entries,
      authors: [ADA, { ...JOSE, entries: [7] }],
    };
    const lazy = authorFeedFiles(broken);
    const first = lazy.next();
    expect(first.done ? undefined : first.value.path).toBe("ada-lovelace/rss.xml");
    expect(() => lazy.next()).toThrow("jose-nunez's feed names entry 7 of 3");
  });
});
