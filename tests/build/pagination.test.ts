import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAPERS_PER_DAY, writePapers } from "../../bench/generate-papers.ts";
import siteConfig from "../../site.config.ts";
import { BUILD_TIMEOUT_MS, buildSite, projectRoot, removeBuild } from "./support/build-site.ts";

// Enough generated papers (newest day 2025-07-31, four days of ISO week 2025-W31) that the week and
// the month run to three pages, while each day fits on one; and one paper without upvotes in June.
const outDir = "dist-test-pagination";
// Astro wants a collection inside the project; dist-* folders are ignored by git and the linters.
const papersDir = "dist-test-pagination-papers";
const PAPERS = 2 * siteConfig.periodPageSize + 30;
const MAX_PAGE_BYTES = 150 * 1024;

let out = "";

beforeAll(async () => {
  await rm(path.join(projectRoot, papersDir), { recursive: true, force: true });
  await writePapers(path.join(projectRoot, papersDir), PAPERS);
  await mkdir(path.join(projectRoot, papersDir, "2025/06/02"), { recursive: true });
  await writeFile(
    path.join(projectRoot, papersDir, "2025/06/02/2506.99999.mdx"),
    '---\ntitle: "A Paper Nobody Upvoted"\nauthors: ["Ada Lovelace"]\narxiv: "2506.99999"\n---\nIts abstract.\n',
  );
  const build = buildSite({ papersDir, outDir });
  expect(build.output).toContain("page(s) built");
  expect(build.status).toBe(0);
  out = build.outPath;
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await removeBuild(outDir);
  await rm(path.join(projectRoot, papersDir), { recursive: true, force: true });
});

const page = (urlPath: string) => readFile(path.join(out, urlPath, "index.html"), "utf8");
const cards = (html: string) => html.match(/<article class="card[ "]/g)?.length ?? 0;
/** Each day heading's count, by day. */
const dayCounts = (html: string) => {
  const counts: Record<string, string | undefined> = {};
  for (const match of html.matchAll(
    /<h2 id="day-([\d-]+)"[^>]*>.*?<span class="count[^"]*"[^>]*>([^<]*)</gs,
  )) {
    counts[match[1] ?? ""] = match[2];
  }
  return counts;
};
const links = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<a href="([^"]+)" rel="${rel}"`, "g"))].map((match) => match[1]);

describe("a month or a week with more papers than a page holds", () => {
  it.each(["month/2025-07", "week/2025-W31"])(
    "/%s/ runs to numbered pages, page 1 at its own URL, each with its share of the papers",
    async (period) => {
      const counts = [
        cards(await page(period)),
        cards(await page(`${period}/2`)),
        cards(await page(`${period}/3`)),
      ];
      expect(counts).toEqual([siteConfig.periodPageSize, siteConfig.periodPageSize, 30]);
      await expect(stat(path.join(out, period, "4"))).rejects.toThrow(/ENOENT/);
      await expect(stat(path.join(out, period, "1"))).rejects.toThrow(/ENOENT/);
    },
  );

  it("links each page to the one before and after it, and names the page in its title", async () => {
    const first = await page("month/2025-07");
    const second = await page("month/2025-07/2");
    const last = await page("month/2025-07/3");
    expect(links(second, "prev")).toContain("/month/2025-07/");
    expect(links(second, "next")).toContain("/month/2025-07/3/");
    expect(links(first, "next")).toContain("/month/2025-07/2/");
    expect(links(last, "next")).not.toContain("/month/2025-07/4/");
    expect(second).toMatch(/<title>July 2025, page 2 /);
    expect(second).toContain(`${PAPERS} papers on 4 days, page 2 of 3`);
  });

  it("keeps a day that fits on one page on one page, without page links", async () => {
    const day = await page("date/2025-07-31");
    expect(cards(day)).toBe(PAPERS_PER_DAY);
    expect(day).not.toContain('aria-label="Pages"');
  });

  it("shows on the home page no more papers than a page holds, linking to the day it cut short", async () => {
    const home = await readFile(path.join(out, "index.html"), "utf8");
    expect(cards(home)).toBe(siteConfig.periodPageSize);
    // The day cut short is headed by all its papers, not by the cards shown of it.
    expect(dayCounts(home)).toEqual({
      "2025-07-31": `${PAPERS_PER_DAY} papers`,
      "2025-07-30": `${PAPERS_PER_DAY} papers`,
    });
    expect(home).toMatch(
      new RegExp(
        `<a href="/date/2025-07-30/"[^>]*>\\s*All ${PAPERS_PER_DAY} papers of Wednesday, July 30, 2025`,
      ),
    );
  });

  it("writes no page over 150 KiB of HTML", async () => {
    const files = (await readdir(out, { recursive: true })).filter((file) =>
      file.endsWith(".html"),
    );
    const sizes = await Promise.all(
      files.map(async (file) => ({ file, bytes: (await stat(path.join(out, file))).size })),
    );
    expect(sizes.filter(({ bytes }) => bytes > MAX_PAGE_BYTES)).toEqual([]);
  });
});

describe("a week's and a month's papers, most upvoted first", () => {
  /** The upvotes of each card of a page, in order. */
  const upvotes = (html: string) =>
    [
      ...html.matchAll(
        /<p class="upvotes[^"]*"[^>]*>\s*<span aria-hidden="true"[^>]*>▲<\/span>\s*(\d+)/g,
      ),
    ].map((match) => Number(match[1]));
  const pagesOf = (period: string) =>
    Promise.all(["", "/2", "/3"].map((suffix) => page(`${period}${suffix}`)));

  it.each(["week/2025-W31", "month/2025-07"])(
    "/%s/top/ lists the period's papers by upvotes, most first, over numbered pages",
    async (period) => {
      const top = await pagesOf(`${period}/top`);
      expect(top.map(cards)).toEqual([siteConfig.periodPageSize, siteConfig.periodPageSize, 30]);
      await expect(stat(path.join(out, period, "top", "4"))).rejects.toThrow(/ENOENT/);
      const ranked = top.flatMap(upvotes);
      expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
      const feed = (await pagesOf(period)).flatMap(upvotes);
      expect(ranked).toEqual([...feed].sort((a, b) => b - a));
      expect(new Set(ranked).size).toBeGreaterThan(1);
      expect(links(top[1] ?? "", "prev")).toContain(`/${period}/top/`);
      expect(links(top[1] ?? "", "next")).toContain(`/${period}/top/3/`);
    },
  );

  it("names the period in the top page's title and links back to the period's own order", async () => {
    const top = await page("week/2025-W31/top");
    expect(top).toMatch(/<title>Most upvoted papers of Week 31, 2025 \(/);
    expect(top).toMatch(/<h1[^>]*>Most upvoted papers of Week 31, 2025 \(/);
    expect(top).toMatch(/<a href="\/week\/2025-W31\/"[^>]*>Week 31, 2025 [^<]*, newest first</);
    expect(await page("month/2025-07/top/2")).toMatch(
      /<title>Most upvoted papers of July 2025, page 2 /,
    );
  });

  it("is linked from each page of the period, from no day, and from the home page", async () => {
    for (const [url, top] of [
      ["week/2025-W31", "/week/2025-W31/top/"],
      ["week/2025-W31/2", "/week/2025-W31/top/"],
      ["month/2025-07", "/month/2025-07/top/"],
    ] as const) {
      expect(await page(url)).toMatch(new RegExp(`<a href="${top}"[^>]*>Most upvoted</a>`));
    }
    expect(await page("date/2025-07-31")).not.toContain("/top/");
    expect(await readFile(path.join(out, "index.html"), "utf8")).toMatch(
      /<a href="\/week\/2025-W31\/top\/"[^>]*>Most upvoted papers of Week 31, 2025/,
    );
  });

  it.each(["week/2025-W23", "month/2025-06"])(
    "/%s/, whose papers have no upvotes, has no top page and no link to one",
    async (period) => {
      expect(cards(await page(period))).toBe(1);
      expect(await page(period)).not.toContain("Most upvoted");
      await expect(stat(path.join(out, period, "top"))).rejects.toThrow(/ENOENT/);
    },
  );
});
