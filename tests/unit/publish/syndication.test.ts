import { SaxesParser } from "saxes";
import { xmlWellFormedness } from "../../support/xml.ts";
import { parseAtomFeed, parseFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import {
  escapeXml,
  toAtom,
  toJsonFeed,
  toRss,
  type Feed,
  type FeedEntry,
} from "../../../src/lib/publish/syndication.ts";
import { renderAbstract } from "../../../src/lib/content/render-abstract.ts";

const abstract = renderAbstract(
  'Costs \\< \\$5 & keeps "quotes" and café; we minimise $\\|u\\|^2 < 1$ over \\<tags\\>.',
);

const TRICKY: FeedEntry = {
  // Ends in 0, so a parser that reads numbers would turn it into 2507.2001.
  id: "2507.20010",
  title: 'Escaping </script> & "Quotes" in Ångström-Scale <b>Models</b>',
  url: "https://papers.example.org/daily-papers/papers/2507.20010/",
  authors: ["Émilie du Châtelet", "Ada Lovelace & Co. <ada@example.org>"],
  text: abstract.text,
  html: abstract.html,
  day: "2025-07-30",
  tags: ["high-energy-physics", "attention"],
};

const PLAIN: FeedEntry = {
  id: "a-survey-without-authors",
  title: "A Survey Without Authors",
  url: "https://papers.example.org/daily-papers/papers/a-survey-without-authors/",
  authors: [],
  text: "Plain text.",
  html: "<p>Plain text.</p>",
  day: "2025-07-31",
  tags: [],
};

const feed = (entries: readonly FeedEntry[], feedUrl: string): Feed => ({
  channel: {
    title: "Papers & <Friends>",
    description: 'The "latest" papers, in Ελληνικά too.',
    pageUrl: "https://papers.example.org/daily-papers/",
    feedUrl,
    language: "en-US",
  },
  entries,
});

const RSS_URL = "https://papers.example.org/daily-papers/rss.xml";
const ATOM_URL = "https://papers.example.org/daily-papers/atom.xml";
const JSON_URL = "https://papers.example.org/daily-papers/feed.json";

describe("the fixture", () => {
  it("has math, markup characters, quotes and non-ASCII text in its abstract", () => {
    expect(abstract.problems).toEqual([]);
    expect(abstract.hasMath).toBe(true);
    expect(abstract.html).toContain('class="katex"');
    expect(abstract.text).toMatch(/<.*&.*".*é/s);
  });
});

describe("toRss", () => {
  const xml = toRss(feed([PLAIN, TRICKY], RSS_URL));

  it("is well-formed XML that a feed parser reads as RSS", () => {
    expect(xmlWellFormedness(xml)).toBe(true);
    expect(parseFeed(xml).format).toBe("rss");
  });

  it("describes the channel", () => {
    const parsed = parseRssFeed(xml);
    expect(parsed).toMatchObject({
      title: "Papers & <Friends>",
      link: "https://papers.example.org/daily-papers/",
      description: 'The "latest" papers, in Ελληνικά too.',
      language: "en-US",
      lastBuildDate: "Thu, 31 Jul 2025 00:00:00 GMT",
    });
    expect(parsed.atom?.links).toEqual([
      { href: RSS_URL, rel: "self", type: "application/rss+xml" },
    ]);
  });

  it("carries every field of an item unchanged", () => {
    const item = parseRssFeed(xml).items?.[1];
    expect(item).toEqual({
      title: TRICKY.title,
      link: TRICKY.url,
      guid: { value: "2507.20010", isPermaLink: false },
      pubDate: "Wed, 30 Jul 2025 00:00:00 GMT",
      dc: { creators: TRICKY.authors },
      categories: [{ name: "high-energy-physics" }, { name: "attention" }],
      description: TRICKY.text,
      content: { encoded: TRICKY.html },
    });
  });

  it("leaves out the authors of a paper whose authors are unknown", () => {
    const item = parseRssFeed(xml).items?.[0];
    expect(item?.dc).toBeUndefined();
    expect(item?.guid).toEqual({ value: PLAIN.id, isPermaLink: false });
  });

  it("is valid without any item", () => {
    const empty = toRss(feed([], RSS_URL));
    expect(xmlWellFormedness(empty)).toBe(true);
    expect(parseRssFeed(empty).items).toBeUndefined();
    expect(empty).not.toContain("lastBuildDate");
  });
});

describe("toAtom", () => {
  const xml = toAtom(feed([PLAIN, TRICKY], ATOM_URL));

  it("is well-formed XML that a feed parser reads as Atom", () => {
    expect(xmlWellFormedness(xml)).toBe(true);
    expect(parseFeed(xml).format).toBe("atom");
  });

  it("describes the feed, dated by its newest entry", () => {
    const parsed = parseAtomFeed(xml);
    expect(parsed).toMatchObject({
      id: ATOM_URL,
      title: { value: "Papers & <Friends>" },
      subtitle: { value: 'The "latest" papers, in Ελληνικά too.' },
      updated: "2025-07-31T00:00:00Z",
      authors: [{ name: "Papers & <Friends>" }],
      xml: { lang: "en-US" },
    });
    expect(parsed.links).toEqual([
      { href: ATOM_URL, rel: "self", type: "application/atom+xml" },
      { href: "https://papers.example.org/daily-papers/", rel: "alternate", type: "text/html" },
    ]);
  });

  it("carries every field of an entry unchanged", () => {
    expect(parseAtomFeed(xml).entries?.[1]).toEqual({
      id: TRICKY.url,
      title: { value: TRICKY.title },
      links: [{ href: TRICKY.url, rel: "alternate", type: "text/html" }],
      published: "2025-07-30T00:00:00Z",
      updated: "2025-07-30T00:00:00Z",
      authors: TRICKY.authors.map((name) => ({ name })),
      categories: [{ term: "high-energy-physics" }, { term: "attention" }],
      summary: { value: TRICKY.text, type: "text" },
      content: { value: TRICKY.html, type: "html" },
    });
  });

  it("is valid without any entry, dated at the epoch", () => {
    const empty = toAtom(feed([], ATOM_URL));
    expect(xmlWellFormedness(empty)).toBe(true);
    expect(parseAtomFeed(empty).updated).toBe("1970-01-01T00:00:00Z");
  });
});

describe("toJsonFeed", () => {
  const json = toJsonFeed(feed([PLAIN, TRICKY], JSON_URL));

  it("is a JSON Feed 1.1 that a feed parser reads", () => {
    expect(JSON.parse(json)).toMatchObject({ version: "https://jsonfeed.org/version/1.1" });
    expect(parseFeed(json).format).toBe("json");
  });

  it("describes the feed and carries every field of an item unchanged", () => {
    const parsed = parseJsonFeed(JSON.parse(json));
    expect(parsed).toMatchObject({
      title: "Papers & <Friends>",
      home_page_url: "https://papers.example.org/daily-papers/",
      feed_url: JSON_URL,
      description: 'The "latest" papers, in Ελληνικά too.',
      language: "en-US",
    });
    expect(parsed.items?.[1]).toEqual({
      id: "2507.20010",
      url: TRICKY.url,
      title: TRICKY.title,
      content_html: TRICKY.html,
      content_text: TRICKY.text,
      date_published: "2025-07-30T00:00:00Z",
      authors: TRICKY.authors.map((name) => ({ name })),
      tags: TRICKY.tags,
    });
    expect(parsed.items?.[0]).not.toHaveProperty("authors");
    expect(parsed.items?.[0]).not.toHaveProperty("tags");
  });
});

describe("a feed of summaries, whose entries leave out the HTML abstract", () => {
  const summaries = (url: string) =>
    feed(
      [PLAIN, TRICKY].map((entry) => ({ ...entry, html: undefined })),
      url,
    );

  it("gives RSS items a description and no content:encoded", () => {
    const xml = toRss(summaries(RSS_URL));
    expect(xmlWellFormedness(xml)).toBe(true);
    expect(xml).not.toContain("content:encoded>");
    const items = parseRssFeed(xml).items ?? [];
    expect(items.map((item) => item.description)).toEqual([PLAIN.text, TRICKY.text]);
    expect(items.map((item) => item.content)).toEqual([undefined, undefined]);
  });

  it("gives Atom entries a summary and no content", () => {
    const xml = toAtom(summaries(ATOM_URL));
    expect(xmlWellFormedness(xml)).toBe(true);
    expect(xml).not.toContain("<content");
    expect(textsOf(xml, "summary")).toEqual([PLAIN.text, TRICKY.text]);
  });

  it("gives JSON Feed items content_text and no content_html", () => {
    const { items } = JSON.parse(toJsonFeed(summaries(JSON_URL))) as {
      items: Record<string, unknown>[];
    };
    expect(items.map((item) => item["content_text"])).toEqual([PLAIN.text, TRICKY.text]);
    expect(items.some((item) => "content_html" in item)).toBe(false);
  });
});

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
  });

  it("drops characters XML cannot carry and keeps every other character", () => {
    expect(escapeXml("a\u0000b\u0008c\u001fd\ufffee\ud800f")).toBe("abcdef");
    expect(escapeXml("tab\tline\ncarriage\r é 中 🧪")).toBe("tab\tline\ncarriage\r é 中 🧪");
  });
});

/** The text of every element named `name`, as a strict XML reader reads it: nothing trimmed. */
function textsOf(xml: string, name: string): string[] {
  const parser = new SaxesParser();
  const texts: string[] = [];
  let open: string | undefined;
  parser.on("opentag", (tag) => {
    if (tag.name === name) open = "";
  });
  parser.on("text", (text) => {
    if (open !== undefined) open += text;
  });
  parser.on("cdata", (text) => {
    if (open !== undefined) open += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === name && open !== undefined) texts.push(open);
    if (tag.name === name) open = undefined;
  });
  parser.write(xml).close();
  return texts;
}

describe("the XML feeds, read by a strict reader that trims nothing", () => {
  // Markup that closes a CDATA section or opens a comment must stay text.
  const HOSTILE: FeedEntry = {
    ...TRICKY,
    title: "Arrays a[b[0]]>c, <!-- not a comment --> & a[b[1]]>d",
    authors: ["Ends With ]]>", "<!-- Mallory --> & Co."],
    text: "x]]>y <!-- z --> & w",
    tags: ["cdata"],
  };

  it("carry titles, authors and abstracts exactly, without a character added or lost", () => {
    const rss = toRss(feed([HOSTILE, PLAIN], RSS_URL));
    expect(xmlWellFormedness(rss)).toBe(true);
    expect(textsOf(rss, "title")).toEqual(["Papers & <Friends>", HOSTILE.title, PLAIN.title]);
    expect(textsOf(rss, "dc:creator")).toEqual(HOSTILE.authors);
    expect(textsOf(rss, "description").slice(1)).toEqual([HOSTILE.text, PLAIN.text]);
    expect(textsOf(rss, "content:encoded")).toEqual([HOSTILE.html, PLAIN.html]);

    const atom = toAtom(feed([HOSTILE, PLAIN], ATOM_URL));
    expect(xmlWellFormedness(atom)).toBe(true);
    expect(textsOf(atom, "title")).toEqual(["Papers & <Friends>", HOSTILE.title, PLAIN.title]);
    expect(textsOf(atom, "name")).toEqual(["Papers & <Friends>", ...HOSTILE.authors]);
    expect(textsOf(atom, "summary")).toEqual([HOSTILE.text, PLAIN.text]);
  });
});
