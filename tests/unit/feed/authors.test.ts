import { describe, expect, it } from "vitest";
import { authorSlug, groupByAuthor } from "../../../src/lib/feed/authors.ts";

describe("authorSlug", () => {
  it.each([
    ["Ada Lovelace", "ada-lovelace"],
    ["Émilie du Châtelet", "emilie-du-chatelet"],
    ["EMILIE DU CHATELET", "emilie-du-chatelet"],
    ["Łukasz Kaiser", "lukasz-kaiser"],
    ["Jürgen Schmidhuber", "jurgen-schmidhuber"],
    ["Søren Kierkegaard", "soren-kierkegaard"],
    ["Jong-June Jeon", "jong-june-jeon"],
    ["O'Neil, Cathy Jr.", "o-neil-cathy-jr"],
    ["  Ada   Lovelace  ", "ada-lovelace"],
    ["张伟", "张伟"],
    ["Ἀριστοτέλης", "αριστοτελης"],
    ["김연아", "김연아"],
  ])("slugs %j as %j", (name, slug) => {
    expect(authorSlug(name)).toBe(slug);
  });

  it("cuts the slug of a very long name to 60 characters, ending in a hash of the whole", () => {
    for (const name of ["张伟".repeat(100), "A".repeat(200), "𝔸".repeat(100)]) {
      const slug = authorSlug(name);
      expect([...slug].length).toBeLessThanOrEqual(60);
      // A folder name: at most 255 bytes on every file system.
      expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(255);
      expect(slug).toMatch(/-[0-9a-f]{8}$/);
    }
    const long = `${"Wolfeschlegelsteinhausen".repeat(3)} Senior`;
    expect(authorSlug(long)).toBe(authorSlug(long.toUpperCase()));
    expect(authorSlug(long)).not.toBe(authorSlug(`${"Wolfeschlegelsteinhausen".repeat(3)} Junior`));
    expect(authorSlug("A".repeat(60))).toBe("a".repeat(60));
  });

  it("gives a name with no letter or digit a stable slug of its own", () => {
    expect(authorSlug("—")).toMatch(/^author-[0-9a-f]{8}$/);
    expect(authorSlug("—")).toBe(authorSlug("—"));
    expect(authorSlug("—")).not.toBe(authorSlug("?"));
  });
});

describe("groupByAuthor", () => {
  const papers = [
    { id: "a", authors: ["Émilie du Châtelet", "Ada Lovelace"] },
    { id: "b", authors: ["Emilie du Chatelet"] },
    { id: "c", authors: ["émilie du châtelet", "Charles Babbage"] },
    { id: "d", authors: ["Ada Lovelace", "ADA LOVELACE"] },
    { id: "e", authors: [] },
  ];

  it("puts name variants that differ in accents or case on one page, sorted by slug", () => {
    const groups = groupByAuthor(papers);
    expect(groups.map(({ slug, items }) => [slug, items.map((item) => item.id)])).toEqual([
      ["ada-lovelace", ["a", "d"]],
      ["charles-babbage", ["c"]],
      ["emilie-du-chatelet", ["a", "b", "c"]],
    ]);
  });

  it("names the page by the most used spelling, the accented one on a tie", () => {
    const names = Object.fromEntries(groupByAuthor(papers).map(({ slug, name }) => [slug, name]));
    expect(names).toEqual({
      "ada-lovelace": "Ada Lovelace",
      "charles-babbage": "Charles Babbage",
      "emilie-du-chatelet": "Émilie du Châtelet",
    });
    const mostlyPlain = [
      { authors: ["Emilie du Chatelet"] },
      { authors: ["Emilie du Chatelet"] },
      { authors: ["Émilie du Châtelet"] },
    ];
    expect(groupByAuthor(mostlyPlain)[0]?.name).toBe("Emilie du Chatelet");
  });
});
