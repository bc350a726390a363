import { describe, expect, it } from "vitest";
import { createUrls } from "../../../src/lib/publish/urls.ts";

describe("createUrls", () => {
  it("builds every path at a domain root", () => {
    const urls = createUrls("/");
    expect(urls.home).toBe("/");
    expect(urls.archive).toBe("/archive/");
    expect(urls.archiveYear("2024")).toBe("/archive/2024/");
    expect(urls.paper("2307.03381")).toBe("/papers/2307.03381/");
    expect(urls.day("2025-07-31")).toBe("/date/2025-07-31/");
    expect(urls.week("2025-W31")).toBe("/week/2025-W31/");
    expect(urls.month("2025-07")).toBe("/month/2025-07/");
    expect(urls.asset("/favicon.svg")).toBe("/favicon.svg");
    expect(urls.library).toBe("/library/");
    expect(urls.tags).toBe("/tags/");
    expect(urls.tag("computer-vision")).toBe("/tags/computer-vision/");
    expect(urls.author("emilie-du-chatelet")).toBe("/authors/emilie-du-chatelet/");
    expect(urls.rss).toBe("/rss.xml");
    expect(urls.atom).toBe("/atom.xml");
    expect(urls.jsonFeed).toBe("/feed.json");
    expect(urls.tagRss("vision")).toBe("/tags/vision/rss.xml");
    expect(urls.authorRss("ada-lovelace")).toBe("/authors/ada-lovelace/rss.xml");
    expect(urls.opml).toBe("/feeds.opml");
    expect(urls.sitemap).toBe("/sitemap-index.xml");
    expect(urls.searchIndex("manifest.json")).toBe("/search-index/manifest.json");
    expect(urls.apiDays).toBe("/api/days.json");
    expect(urls.apiDay("2025-07-31")).toBe("/api/days/2025-07-31.json");
    expect(urls.apiPaper("2307.03381")).toBe("/api/papers/2307.03381.json");
  });

  it("numbers the later pages of a tag's or an author's list, keeping page 1 at the list's own URL", () => {
    const urls = createUrls("/");
    expect(urls.tag("vision", 1)).toBe("/tags/vision/");
    expect(urls.tag("vision", 2)).toBe("/tags/vision/2/");
    expect(urls.author("ada-lovelace", 1)).toBe("/authors/ada-lovelace/");
    expect(urls.author("ada-lovelace", 12)).toBe("/authors/ada-lovelace/12/");
  });

  it("numbers the later pages of a day, a week or a month the same way", () => {
    const urls = createUrls("/daily-papers/");
    expect(urls.day("2025-07-31", 1)).toBe("/daily-papers/date/2025-07-31/");
    expect(urls.day("2025-07-31", 2)).toBe("/daily-papers/date/2025-07-31/2/");
    expect(urls.week("2025-W31", 3)).toBe("/daily-papers/week/2025-W31/3/");
    expect(urls.month("2025-07")).toBe("/daily-papers/month/2025-07/");
    expect(urls.month("2025-07", 24)).toBe("/daily-papers/month/2025-07/24/");
  });

  it("percent-encodes a paper id in its API file's URL, as in its page's", () => {
    expect(createUrls("/").apiPaper("a b%c")).toBe("/api/papers/a%20b%25c.json");
    expect(createUrls("/").paper("a b%c")).toBe("/papers/a%20b%25c/");
  });

  it("percent-encodes an author slug written in another script", () => {
    expect(createUrls("/").author("张伟")).toBe("/authors/%E5%BC%A0%E4%BC%9F/");
    expect(createUrls("/").authorRss("张伟")).toBe("/authors/%E5%BC%A0%E4%BC%9F/rss.xml");
  });

  it("puts every path under a sub-path, with or without its trailing slash", () => {
    for (const base of ["/daily-papers/", "/daily-papers"]) {
      const urls = createUrls(base);
      expect(urls.home).toBe("/daily-papers/");
      expect(urls.paper("hep-th-9901001")).toBe("/daily-papers/papers/hep-th-9901001/");
      expect(urls.asset("katex/katex.min.css")).toBe("/daily-papers/katex/katex.min.css");
      expect(urls.tag("vision", 2)).toBe("/daily-papers/tags/vision/2/");
      expect(urls.author("ada-lovelace")).toBe("/daily-papers/authors/ada-lovelace/");
      expect(urls.rss).toBe("/daily-papers/rss.xml");
      expect(urls.tagRss("vision")).toBe("/daily-papers/tags/vision/rss.xml");
      expect(urls.authorRss("ada-lovelace")).toBe("/daily-papers/authors/ada-lovelace/rss.xml");
      expect(urls.opml).toBe("/daily-papers/feeds.opml");
      expect(urls.sitemap).toBe("/daily-papers/sitemap-index.xml");
      expect(urls.searchIndex("0a1b/records/3.json")).toBe(
        "/daily-papers/search-index/0a1b/records/3.json",
      );
      expect(urls.apiDays).toBe("/daily-papers/api/days.json");
      expect(urls.apiPaper("hep-th-9901001")).toBe("/daily-papers/api/papers/hep-th-9901001.json");
    }
  });
});
