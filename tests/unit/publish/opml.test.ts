import { parseOpml } from "feedsmith";
import { describe, expect, it } from "vitest";
import { toOpml } from "../../../src/lib/publish/opml.ts";
import { xmlWellFormedness } from "../../support/xml.ts";

const SITE = { title: "Daily Papers", feedUrl: "https://e.org/rss.xml", pageUrl: "https://e.org/" };
const TAG = {
  title: 'Daily Papers: <b>"C&C"</b> ]]> tag',
  feedUrl: "https://e.org/tags/c%26c/rss.xml?a=1&b=2",
  pageUrl: "https://e.org/tags/c%26c/",
};

describe("toOpml", () => {
  it("writes well-formed OPML 2.0 with a folder per group and an rss outline per feed", () => {
    const opml = toOpml("Daily Papers & friends", [
      { title: "Site", feeds: [SITE] },
      { title: "Tags", feeds: [TAG] },
    ]);
    expect(xmlWellFormedness(opml)).toBe(true);
    expect(opml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<opml version="2.0">/);
    const parsed = parseOpml(opml);
    expect(parsed.head?.title?.trim()).toBe("Daily Papers & friends");
    expect(parsed.body?.outlines).toEqual([
      {
        text: "Site",
        title: "Site",
        outlines: [
          {
            text: SITE.title,
            title: SITE.title,
            type: "rss",
            xmlUrl: SITE.feedUrl,
            htmlUrl: SITE.pageUrl,
          },
        ],
      },
      {
        text: "Tags",
        title: "Tags",
        outlines: [
          {
            text: TAG.title,
            title: TAG.title,
            type: "rss",
            xmlUrl: TAG.feedUrl,
            htmlUrl: TAG.pageUrl,
          },
        ],
      },
    ]);
  });

  it("writes an empty group as an empty folder", () => {
    const parsed = parseOpml(toOpml("Empty", [{ title: "Tags", feeds: [] }]));
    expect(parsed.body?.outlines).toEqual([{ text: "Tags", title: "Tags" }]);
  });
});
