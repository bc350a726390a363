// The hostile cases of tests/fixtures/hostile/cases.ts, outside the browser: each rejected case is
// refused by the validator with its message, and each inert case's paper is valid and comes out of
// the feeds, the search index, the BibTeX and the JSON-LD exactly as written, in well-formed output.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { afterAll, describe, expect, it } from "vitest";
import { main as validatePapers } from "../../scripts/validate-papers.ts";
import { toBibtex } from "../../src/lib/publish/citation.ts";
import {
  toAtom,
  toJsonFeed,
  toRss,
  type Feed,
  type FeedEntry,
} from "../../src/lib/publish/syndication.ts";
import { searchIndexPaths, type SearchRecord } from "../../src/search/core/index-format.ts";
import { buildSearchIndex } from "../../src/search/build/index-builder.ts";
import {
  paperDescription,
  scholarlyArticle,
  serializeJsonLd,
} from "../../src/lib/publish/scholarly-metadata.ts";
import {
  checkPaperFile,
  formatProblem,
  type CheckedPaper,
} from "../../src/lib/content/check-paper.ts";
import {
  INERT_CASES,
  outcomeTitle,
  REJECTED_CASES,
  type RejectedCase,
} from "../fixtures/hostile/cases.ts";
import { bibtexText, bibtexValue, bracesBalance, unescapedSpecials } from "../support/bibtex.ts";
import { hostilePaper, loadHostilePapers } from "../support/hostile-papers.ts";
import { xmlWellFormedness } from "../support/xml.ts";

const SITE = "https://papers.example.org/";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The line the validator prints for a case, with any line and column. */
function expectedLine(file: string, hostile: RejectedCase): RegExp {
  return new RegExp(
    `^${escapeRegExp(file)}:\\d+:\\d+  ${escapeRegExp(hostile.field)}  ${escapeRegExp(hostile.message)}$`,
  );
}

describe("hostile content the validator rejects", () => {
  for (const hostile of REJECTED_CASES) {
    it(outcomeTitle(hostile), () => {
      const pathInCollection = "2025/01/20/hostile.mdx";
      const file = `papers/${pathInCollection}`;
      const check = checkPaperFile({
        file,
        pathInCollection,
        source: hostile.source,
        siblingExists: () => true,
      });
      const lines = check.problems.map(formatProblem);
      expect(check.paper).toBeUndefined();
      // Refused for this reason alone: every problem is about the hostile field.
      expect(new Set(check.problems.map((problem) => problem.field)), lines.join("\n")).toEqual(
        new Set([hostile.field]),
      );
      expect(lines).toContainEqual(expect.stringMatching(expectedLine(file, hostile)));
    });
  }

  describe("papers:validate on a collection of every rejected case", () => {
    let folder: string | undefined;
    afterAll(() => folder && rm(folder, { recursive: true, force: true }));

    it("fails and prints each case as file:line:column  field  message", async () => {
      folder = await mkdtemp(path.join(tmpdir(), "hostile-"));
      const day = path.join(folder, "papers", "2025", "01", "20");
      await mkdir(day, { recursive: true });
      const fileOf = (index: number) => `case-${String(index + 1).padStart(2, "0")}.mdx`;
      await Promise.all(
        REJECTED_CASES.map((hostile, index) =>
          writeFile(path.join(day, fileOf(index)), hostile.source),
        ),
      );
      const stdout: string[] = [];
      const stderr: string[] = [];
      const exitCode = await validatePapers([], {
        papersDir: "papers",
        root: folder,
        env: {},
        workers: 0,
        stdout: (line) => stdout.push(line),
        stderr: (line) => stderr.push(line),
      });
      expect(exitCode).toBe(1);
      REJECTED_CASES.forEach((hostile, index) => {
        const file = `papers/2025/01/20/${fileOf(index)}`;
        expect(stdout, hostile.name).toContainEqual(
          expect.stringMatching(expectedLine(file, hostile)),
        );
      });
    });
  });
});

function feedEntry(paper: CheckedPaper): FeedEntry {
  return {
    id: paper.id,
    title: paper.frontmatter.title,
    url: `${SITE}papers/${paper.id}/`,
    authors: paper.frontmatter.authors,
    text: paper.abstract.text,
    html: paper.abstract.html,
    day: paper.day,
    tags: paper.frontmatter.tags ?? [],
  };
}

function feedOf(paper: CheckedPaper): Feed {
  return {
    channel: {
      title: "Daily Papers",
      description: "Hostile papers",
      pageUrl: SITE,
      feedUrl: `${SITE}rss.xml`,
      language: "en-US",
    },
    entries: [feedEntry(paper)],
  };
}

describe("hostile content rendered as inert text", () => {
  const papers = loadHostilePapers();

  it("has a case for every paper of the hostile collection, and a paper for every case", () => {
    const covered = new Set(INERT_CASES.map((hostile) => hostile.paper));
    expect([...papers.keys()].sort()).toEqual([...covered].sort());
  });

  for (const hostile of INERT_CASES) {
    describe(outcomeTitle(hostile), () => {
      const paper = hostilePaper(papers, hostile.paper);
      const { title, authors } = paper.frontmatter;

      it("is a valid paper whose abstract renders", () => {
        expect(paper.abstract.problems).toEqual([]);
        expect(paper.abstract.html).not.toBe("");
      });

      it("comes out of the RSS and Atom feeds exactly, in well-formed XML", () => {
        const rss = toRss(feedOf(paper));
        const atom = toAtom(feedOf(paper));
        expect(xmlWellFormedness(rss)).toBe(true);
        expect(xmlWellFormedness(atom)).toBe(true);
        const rssItem = parseRssFeed(rss).items?.[0];
        expect(rssItem?.title).toBe(title);
        expect(rssItem?.dc?.creators ?? []).toEqual(authors);
        expect(rssItem?.content?.encoded).toBe(paper.abstract.html);
        const atomEntry = parseAtomFeed(atom).entries?.[0];
        expect(atomEntry?.title?.value).toBe(title);
        expect(atomEntry?.authors?.map((author) => author.name) ?? []).toEqual(authors);
      });

      it("comes out of the JSON feed exactly", () => {
        const item = parseJsonFeed(JSON.parse(toJsonFeed(feedOf(paper)))).items?.[0];
        expect(item?.title).toBe(title);
        expect(item?.authors?.map((author) => author.name) ?? []).toEqual(authors);
        expect(item?.content_text).toBe(paper.abstract.text);
        expect(item?.content_html).toBe(paper.abstract.html);
      });

      it("comes out of the search index exactly, every file of it JSON", () => {
        const { manifest, files } = buildSearchIndex([
          {
            id: paper.id,
            title,
            authors,
            day: paper.day,
            tags: paper.frontmatter.tags ?? [],
            text: paper.abstract.text,
          },
        ]);
        for (const file of files) expect(() => JSON.parse(file.body) as unknown).not.toThrow();
        const records = files.find(
          (file) => file.path === searchIndexPaths.records(manifest.version, 0),
        );
        const [record] = JSON.parse(records?.body ?? "[]") as SearchRecord[];
        expect(record?.[1]).toBe(title);
        expect(record?.[2]).toEqual(authors);
        expect(record?.[6]).toBe(paper.abstract.text);
      });

      it("comes out of the BibTeX escaped, with balanced braces", () => {
        const bibtex = toBibtex({
          title,
          authors,
          year: 2025,
          url: `${SITE}papers/${paper.id}/`,
          ...(paper.frontmatter.doi ? { doi: paper.frontmatter.doi } : {}),
        });
        expect(bracesBalance(bibtex), bibtex).toBe(true);
        expect(bibtex).toMatch(/^@misc\{[a-z0-9]+,\n/);
        // Whitespace is folded, as citations write it.
        const fold = (text: string) => text.replace(/\s+/g, " ");
        expect(bibtexText(bibtex, "title")).toBe(fold(title));
        expect(bibtexText(bibtex, "author")?.split(" and ")).toEqual(authors.map(fold));
        expect(unescapedSpecials(bibtex, "title")).toEqual([]);
        expect(unescapedSpecials(bibtex, "author")).toEqual([]);
        // Read verbatim: braces and backslashes, which would end the field, are percent-encoded.
        expect(bibtexValue(bibtex, "doi") ?? "").not.toMatch(/[{}\\]/);
      });

      it("comes out of the JSON-LD exactly, unable to end its script element", () => {
        const jsonLd = serializeJsonLd(
          scholarlyArticle({
            title,
            authors,
            day: paper.day,
            abstract: paper.abstract.text,
            description: paperDescription(paper.abstract.text),
            tags: paper.frontmatter.tags ?? [],
            url: `${SITE}papers/${paper.id}/`,
          }),
        );
        expect(jsonLd).not.toMatch(/[<>]/);
        const article = JSON.parse(jsonLd) as { name: string; author?: { name: string }[] };
        expect(article.name).toBe(title);
        expect(article.author?.map((author) => author.name) ?? []).toEqual(authors);
      });
    });
  }
});
