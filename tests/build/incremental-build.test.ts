import { appendFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BUILD_TIMEOUT_MS,
  buildSite,
  projectRoot,
  removeBuild,
  copyFixturePapers,
} from "./support/build-site.ts";

// A rebuild after a one-paper pull request restores the pages the paper is not on and renders the
// others again; what it writes must be exactly what a cold build of the same papers writes, into
// the same output folder, which the build keeps (src/integrations/keep-output-folder.ts): the pages
// of a paper removed meanwhile must go.
// Astro wants a collection inside the project; dist-* folders are ignored by git and the linters.
const papersDir = "dist-test-incremental-papers";
const outDir = "dist-test-incremental";
const coldOutDir = "dist-test-incremental-cold";
const CHANGED = "2024/11/29/2411.20010.mdx";
const NEW_TITLE = "A Retitled Paper About Incremental Builds";
// The one paper of August 2025: its page, its day's and its month's go with it.
const REMOVED = "2025/08/01/2508.00001.mdx";
const REMOVED_PAGES = ["papers/2508.00001", "date/2025-08-01", "month/2025-08"];
// Its JSON API files, which a worker writes beside Astro's pages (src/data/api.ts).
const REMOVED_API_FILES = ["api/papers/2508.00001.json", "api/days/2025-08-01.json"];

// Files of papers neither changed nor removed, which the rebuild's workers must keep as they are
// (src/data/changed-files.ts) rather than make again: marked after the second build, they must
// still carry the mark after the third.
const KEPT_FILES = [
  "authors/grace-hopper/rss.xml",
  "api/days/2024-12-23.json",
  "api/papers/2412.18001.json",
];
const KEPT_MARK = "\n<!-- left in place by the rebuild -->";

let unchanged = "";
let changed = "";

beforeAll(async () => {
  await removeBuild(outDir);
  await removeBuild(coldOutDir);
  await copyFixturePapers(papersDir);
  const first = buildSite({ papersDir, outDir });
  expect(first.status, first.output).toBe(0);
  const second = buildSite({ papersDir, outDir });
  expect(second.status, second.output).toBe(0);
  unchanged = second.output;
  const file = path.join(projectRoot, papersDir, CHANGED);
  const source = await readFile(file, "utf8");
  await writeFile(file, source.replace(/^title: .*$/m, `title: "${NEW_TITLE}"`));
  for (const page of REMOVED_PAGES) {
    await expect(readdir(path.join(projectRoot, outDir, page))).resolves.toContain("index.html");
  }
  // Before the paper is removed, its API files are there (removed with it below).
  for (const file of REMOVED_API_FILES) {
    await expect(readFile(path.join(projectRoot, outDir, file), "utf8")).resolves.toContain(
      '"version":1',
    );
  }
  await rm(path.join(projectRoot, papersDir, REMOVED));
  for (const file of KEPT_FILES) await appendFile(path.join(projectRoot, outDir, file), KEPT_MARK);
  const third = buildSite({ papersDir, outDir });
  expect(third.status, third.output).toBe(0);
  changed = third.output;
  const cold = buildSite({ papersDir, outDir: coldOutDir });
  expect(cold.status, cold.output).toBe(0);
}, BUILD_TIMEOUT_MS * 4);

afterAll(async () => {
  await removeBuild(outDir);
  await removeBuild(coldOutDir);
  await rm(path.join(projectRoot, papersDir), { recursive: true, force: true });
});

// Astro leaves an unchanged page in place ("cached") or, when the output folder lacks it, copies it
// from its cache ("restored"); either way the page is not rendered again.
const restored = (output: string, page: string) =>
  new RegExp(`${page.replaceAll("/", "\\/").replaceAll(".", "\\.")} \\(.*(cached|restored)`).test(
    output,
  );

describe("a rebuild with the incremental build cache", () => {
  it("restores every page of a paper, day, week, month, tag or author when nothing changed", () => {
    const pages =
      unchanged.match(/├─ \/(papers|authors|tags|date|week|month)\/\S+\/index\.html/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    const rendered = pages.filter((line) => !restored(unchanged, line.slice(3)));
    expect(rendered).toEqual([]);
  });

  it("restores every list's BibTeX and RIS file when nothing changed", () => {
    const files =
      unchanged.match(/├─ \/((date|week|month|tags)\/\S+\/papers\.(bib|ris)\/?)(?= )/g) ?? [];
    expect(files.some((line) => line.includes("/papers.bib"))).toBe(true);
    expect(files.some((line) => line.includes("/papers.ris"))).toBe(true);
    const rendered = files.filter((line) => !restored(unchanged, line.slice(3)));
    expect(rendered).toEqual([]);
  });

  it("writes the author feeds from a worker, not as routes, and the changed ones again", async () => {
    expect(unchanged).not.toMatch(/\/authors\/\S+\/rss\.xml/);
    const feed = await readFile(
      path.join(projectRoot, outDir, "authors/ada-lovelace/rss.xml"),
      "utf8",
    );
    expect(feed).toContain(NEW_TITLE);
  });

  it("renders again the pages a changed or removed paper is on, and restores the others", () => {
    for (const page of [
      "/papers/2411.20010/index.html",
      "/date/2024-11-29/index.html",
      "/tags/attention/index.html",
      "/authors/ada-lovelace/index.html",
    ]) {
      expect(restored(changed, page), `${page} rendered again`).toBe(false);
    }
    // Not the other papers' pages: in a collection this small, removing a paper changes the
    // related papers of every other.
    for (const page of ["/date/2024-12-23/index.html", "/tags/vision/index.html"]) {
      expect(restored(changed, page), `${page} rendered again`).toBe(true);
    }
  });

  it("leaves in place the worker files of the papers that did not change", async () => {
    for (const file of KEPT_FILES) {
      const [kept, cold] = await Promise.all([
        readFile(path.join(projectRoot, outDir, file), "utf8"),
        readFile(path.join(projectRoot, coldOutDir, file), "utf8"),
      ]);
      expect(kept, file).toBe(`${cold}${KEPT_MARK}`);
    }
  });

  it("writes exactly what a cold build of the same papers writes", async () => {
    const files = async (dir: string) =>
      (await readdir(path.join(projectRoot, dir), { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) =>
          path.relative(path.join(projectRoot, dir), path.join(entry.parentPath, entry.name)),
        )
        .sort();
    const incremental = await files(outDir);
    expect(incremental).toEqual(await files(coldOutDir));
    const differing: string[] = [];
    for (const file of incremental) {
      const [a, b] = await Promise.all([
        readFile(path.join(projectRoot, outDir, file)),
        readFile(path.join(projectRoot, coldOutDir, file)),
      ]);
      const expected = KEPT_FILES.includes(file) ? Buffer.concat([b, Buffer.from(KEPT_MARK)]) : b;
      if (!a.equals(expected)) differing.push(file);
    }
    expect(differing).toEqual([]);
    const page = await readFile(
      path.join(projectRoot, outDir, "papers/2411.20010/index.html"),
      "utf8",
    );
    expect(page).toContain(NEW_TITLE);
    const api = await readFile(
      path.join(projectRoot, outDir, "api/papers/2411.20010.json"),
      "utf8",
    );
    expect((JSON.parse(api) as { title: string }).title).toBe(NEW_TITLE);
  });

  it("removes the pages of a removed paper, folders included", async () => {
    for (const page of REMOVED_PAGES) {
      await expect(readdir(path.join(projectRoot, outDir, page))).rejects.toThrow(/ENOENT/);
    }
    for (const file of REMOVED_API_FILES) {
      await expect(readFile(path.join(projectRoot, outDir, file))).rejects.toThrow(/ENOENT/);
    }
    expect(changed).toMatch(/removed \d+ file\(s\) of the previous build/);
  });
});

describe("a rebuild after a change of the site's settings", () => {
  it(
    "makes every worker file again, the kept ones included",
    async () => {
      const site = "https://papers.other.example";
      const rebuilt = buildSite({ papersDir, outDir, env: { SITE_URL: site } });
      expect(rebuilt.status, rebuilt.output).toBe(0);
      for (const file of KEPT_FILES) {
        const text = await readFile(path.join(projectRoot, outDir, file), "utf8");
        expect(text, file).not.toContain(KEPT_MARK);
        expect(text, file).toContain(site);
      }
    },
    BUILD_TIMEOUT_MS,
  );
});
