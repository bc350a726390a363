import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ArxivFeedError,
  normalizeSpace,
  parseArxivFeed,
} from "../../../src/lib/authoring/arxiv-atom.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/arxiv/${name}`, import.meta.url), "utf8");

describe("parseArxivFeed", () => {
  it("reads a paper: id and version, title, abstract, authors, date, comment and categories", () => {
    const { entries, errors } = parseArxivFeed(fixture("2307.03381.xml"));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      id: "2307.03381",
      version: "v2",
      title: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
      published: "2023-07-07T04:44:04Z",
      comment: "To appear at NeurIPS 2023. Code: https://github.com/changdaeoh/multimodal-mixup",
      primaryCategory: "cs.CV",
      categories: ["cs.CV", "cs.AI", "cs.LG"],
    });
    expect(entry?.authors).toEqual([
      "Changdae Oh",
      "Junhyuk So",
      "Hoyoon Byun",
      "YongTaek Lim",
      "Minchul Shin",
      "Jong-June Jeon",
      "Kyungwoo Song",
    ]);
    expect(entry?.summary).toMatch(/^Pre-trained multi-modal models such as CLIP/);
    expect(entry).not.toHaveProperty("doi");
    expect(entry).not.toHaveProperty("journalRef");
  });

  it("reads several papers in the order arXiv sends them", () => {
    const { entries } = parseArxivFeed(fixture("several.xml"));
    expect(entries.map((entry) => `${entry.id}${entry.version}`)).toEqual([
      "2305.18290v3",
      "2312.00752v2",
      "2401.04088v1",
    ]);
    expect(entries[0]?.title).toBe(
      "Direct Preference Optimization: Your Language Model is Secretly a Reward\n  Model",
    );
  });

  it("reads an old-style id with its DOI and journal reference", () => {
    const [entry] = parseArxivFeed(fixture("hep-th-9711200.xml")).entries;
    expect(entry).toMatchObject({
      id: "hep-th/9711200",
      version: "v3",
      doi: "10.1023/A:1026654312961",
      journalRef: "Adv.Theor.Math.Phys.2:231-252,1998; Int.J.Theor.Phys.38:1113-1133,1999",
      primaryCategory: "hep-th",
      categories: ["hep-th"],
    });
  });

  it("decodes XML escapes in titles, abstracts and names", () => {
    const [entry] = parseArxivFeed(fixture("math.xml")).entries;
    expect(entry?.title).toContain("{Sparse} & <Dense> Keys");
    expect(entry?.summary).toContain("$\\|k_i\\| < R$");
    expect(entry?.summary).toContain("Use <script> tags");
    expect(entry?.authors).toEqual(["Ada Lovelace", "Émilie du Châtelet"]);
  });

  it("reports an error entry with arXiv's message and the id it names", () => {
    expect(parseArxivFeed(fixture("error.xml"))).toEqual({
      entries: [],
      errors: [{ message: "incorrect id format for 2507.99999", id: "2507.99999" }],
    });
  });

  it("reads an empty feed, arXiv's answer for an id it has no paper for", () => {
    expect(parseArxivFeed(fixture("empty.xml"))).toEqual({ entries: [], errors: [] });
  });

  it("says where XML is malformed", () => {
    expect(() => parseArxivFeed(fixture("malformed.xml"))).toThrow(
      new ArxivFeedError(
        "arXiv's answer is not well-formed XML: unclosed tag: summary (line 23, column 1)",
      ),
    );
  });

  it("refuses well-formed XML that is not an Atom feed", () => {
    expect(() => parseArxivFeed("<html><body>Rate exceeded.</body></html>")).toThrow(
      /not an Atom feed \(no <feed> element\)/,
    );
  });

  it("refuses a DOCTYPE, so no entity can expand", () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaa">]><feed>&a;</feed>';
    expect(() => parseArxivFeed(xml)).toThrow(/DOCTYPE/);
  });

  it("refuses an entry without a versioned arXiv id", () => {
    const xml =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://example.org/x</id><title>T</title></entry></feed>';
    expect(() => parseArxivFeed(xml)).toThrow(
      'entry 1 of arXiv\'s answer has no versioned arXiv id in <id> (found "http://example.org/x")',
    );
  });
});

describe("normalizeSpace", () => {
  it("collapses runs of spaces and line breaks and trims", () => {
    expect(normalizeSpace("  A\n  long\ttitle  ")).toBe("A long title");
  });
});
