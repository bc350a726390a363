// What Zotero saves from each kind of page of a built site, by the rules of its generic translators
// (modelled in ../support/zotero-item.ts, each rule with where it is in zotero/translators). A paper
// page is one Preprint, as saving its arXiv page gives; a listing page offers its papers by COinS.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outputFiles } from "../support/output-files.ts";
import { coinsItems, embeddedMetadataItem, highwireTagNames } from "../support/zotero-item.ts";
import { BUILD_TIMEOUT_MS, buildSite, removeBuild } from "./support/build-site.ts";

const outDir = "dist-test-zotero";
const SITE = "https://papers.example.org";
const BASE = "/daily-papers/";
const GOLDEN = "../fixtures/zotero";

let out = "";
let pages: string[] = [];

beforeAll(async () => {
  const build = buildSite({
    papersDir: "tests/fixtures/site/papers",
    outDir,
    env: { SITE_URL: SITE, BASE_PATH: BASE },
  });
  expect(build.status, build.output).toBe(0);
  out = build.outPath;
  pages = (await outputFiles(out)).filter((file) => file.endsWith("index.html"));
}, BUILD_TIMEOUT_MS);

afterAll(() => removeBuild(outDir));

const read = (page: string) => readFile(path.join(out, page), "utf8");
const pageUrl = (page: string) => `${SITE}${BASE}${page.replace(/index\.html$/, "")}`;
const golden = (name: string) => `${GOLDEN}/${name}.json`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const LISTING = /^(?:index\.html|(?:date|week|month|tags|authors)\/.+\/index\.html)$/;

describe("a paper page saved to Zotero", () => {
  it.each([
    ["an arXiv paper", "2411.20010"],
    ["an arXiv paper with an old-style id and accented names", "hep-th-9901001"],
    [
      "a paper without an arXiv id, with its own PDF",
      "a-survey-of-fixture-papers-without-an-arxiv-id",
    ],
  ])("is %s as a Preprint (golden file)", async (_, id) => {
    const page = `papers/${id}/index.html`;
    const html = await read(page);
    await expect(json(embeddedMetadataItem(html, pageUrl(page)))).toMatchFileSnapshot(
      golden(`paper-${id}`),
    );
    // COinS.js outranks Embedded Metadata (priority 310 to 400), so a span would take the page over.
    expect(coinsItems(html)).toEqual([]);
  });

  it("is a Preprint for every paper, with arXiv's DOI and archive ID for every arXiv paper", async () => {
    const papers = pages.filter((page) => /^papers\/[^/]+\/index\.html$/.test(page));
    expect(papers.length).toBeGreaterThan(5);
    for (const page of papers) {
      const item = embeddedMetadataItem(await read(page), pageUrl(page));
      expect(item.itemType, page).toBe("preprint");
      expect(item.creators.length, page).toBeGreaterThan(0);
      expect(item.title, page).toBeTruthy();
      expect(item.date, page).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(item.url, page).toBe(pageUrl(page));
      const arxiv = /<a[^>]+href="https:\/\/arxiv\.org\/abs\/([^"]+)"/.exec(await read(page))?.[1];
      if (arxiv) {
        const id = arxiv.replace(/v\d+$/, "");
        expect(item, page).toMatchObject({
          DOI: `10.48550/arXiv.${id}`,
          archiveID: `arXiv:${id}`,
          repository: "arXiv",
        });
      } else {
        expect(item.archiveID, page).toBeUndefined();
      }
    }
  });
});

describe("a listing page saved to Zotero", () => {
  it.each([
    ["a day", "date/2025-07-31/index.html", "day-2025-07-31"],
    ["a tag", "tags/high-energy-physics/index.html", "tag-high-energy-physics"],
  ])("offers each paper of %s by its COinS span (golden file)", async (_, page, name) => {
    await expect(json(coinsItems(await read(page)))).toMatchFileSnapshot(golden(name));
  });

  it("carries one COinS span per paper and no citation_* tag, on every kind of listing", async () => {
    const listings = pages.filter((page) => LISTING.test(page));
    const kinds = new Set(listings.map((page) => page.split("/")[0]));
    expect([...kinds].sort()).toEqual(["authors", "date", "index.html", "month", "tags", "week"]);
    for (const page of listings) {
      const html = await read(page);
      expect(highwireTagNames(html), page).toEqual([]);
      const cards = html.match(/<article class="card[ "]/g)?.length ?? 0;
      const items = coinsItems(html);
      expect(cards, page).toBeGreaterThan(0);
      expect(items, page).toHaveLength(cards);
      for (const item of items) {
        expect(item.itemType, page).toBe("preprint");
        expect(item.url, page).toMatch(new RegExp(`^${SITE}${BASE}papers/[^/]+/$`));
      }
    }
  });
});

describe("the BibTeX and RIS files of a listing page", () => {
  it("hold every paper of each day, week, month and tag, linked from its page", async () => {
    const lists = pages.filter((page) =>
      /^(?:date|week|month|tags)\/[^/]+\/index\.html$/.test(page),
    );
    expect(new Set(lists.map((page) => page.split("/")[0]))).toEqual(
      new Set(["date", "week", "month", "tags"]),
    );
    for (const page of lists) {
      const html = await read(page);
      const folder = page.replace(/index\.html$/, "");
      // The fixture's lists fit on one page, so the page's cards are the whole list.
      const papers = [...html.matchAll(/<article class="card[ "][^]*?<a href="([^"]+)"/g)].map(
        (match) => `${SITE}${match[1]}`,
      );
      expect(papers.length, page).toBeGreaterThan(0);
      for (const [extension, type] of [
        ["bib", "application/x-bibtex"],
        ["ris", "application/x-research-info-systems"],
      ] as const) {
        expect(html, page).toMatch(
          new RegExp(`<a href="${BASE}${folder}papers\\.${extension}" type="${type}" download`),
        );
      }
      const bib = await read(`${folder}papers.bib`);
      const keys = [...bib.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1]);
      expect(new Set(keys).size, `${folder}papers.bib: unique keys`).toBe(papers.length);
      const bibUrls = [...bib.matchAll(/^ {2}url = \{(.+)\},$/gm)].map((match) => match[1]);
      const ris = await read(`${folder}papers.ris`);
      // Records end with "ER  - " and are parted by a blank line.
      const records = ris
        .split("ER  - \r\n")
        .map((record) => record.replace(/^(?:\r\n)+/, ""))
        .filter((record) => record !== "");
      expect(records, `${folder}papers.ris`).toHaveLength(papers.length);
      for (const [index, record] of records.entries()) {
        expect(record, `${folder}papers.ris`).toMatch(/^TY {2}- RPRT\r\nTI {2}- \S/);
        expect(record).toContain(`UR  - ${papers[index]}\r\n`);
        // BibTeX cites an arXiv paper by its arXiv page, like arXiv's own export, else by ours.
        const url = bibUrls[index] ?? "";
        expect(url === papers[index] || url.startsWith("https://arxiv.org/abs/"), url).toBe(true);
      }
    }
  });
});
