// The static JSON API of a built site (docs/api.md): every file under api/ against the format's
// schema (../support/api-schema.ts), and against the pages built beside it.
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiDay, ApiDays, ApiPaper } from "../../src/lib/publish/api-format.ts";
import { apiDaySchema, apiDaysSchema, apiPaperSchema } from "../support/api-schema.ts";
import { outputFiles } from "../support/output-files.ts";
import { BUILD_TIMEOUT_MS, buildSite, removeBuild } from "./support/build-site.ts";

const outDir = "dist-test-api";
const SITE = "https://papers.example.org";
const BASE = "/daily-papers/";
const ROOT = `${SITE}${BASE}`;

let out = "";
let files: string[] = [];
const papers = new Map<string, ApiPaper>();
const days = new Map<string, ApiDay>();
let list: ApiDays | undefined;

const read = (file: string) => readFile(path.join(out, file), "utf8");
const readJson = async (file: string): Promise<unknown> => JSON.parse(await read(file)) as unknown;

// The file a URL of the site names, from the output folder; fails for a URL elsewhere.
function fileOf(url: string): string {
  expect(url.startsWith(ROOT), `${url} is under ${ROOT}`).toBe(true);
  const file = decodeURIComponent(url.slice(ROOT.length));
  return file.endsWith("/") || file === "" ? `${file}index.html` : file;
}

// The text of the page's BibTeX block, as a reader copies it.
function bibtexShown(html: string): string | undefined {
  let shown: Element | undefined;
  visit(fromHtml(html), "element", (node: Element) => {
    if (node.properties["id"] === "bibtex") shown = node;
  });
  return shown && toText(shown, { whitespace: "pre" });
}

beforeAll(async () => {
  const build = buildSite({
    papersDir: "tests/fixtures/site/papers",
    outDir,
    env: { SITE_URL: SITE, BASE_PATH: BASE },
  });
  expect(build.status, build.output).toBe(0);
  out = build.outPath;
  files = await outputFiles(out);
  for (const file of files.filter((name) => name.startsWith("api/"))) {
    const data = await readJson(file);
    // Each file against its schema, named in the failure.
    const parse = <T>(schema: { safeParse: (data: unknown) => { data?: T; error?: unknown } }) => {
      const result = schema.safeParse(data);
      expect(result.error, file).toBeUndefined();
      return result.data as T;
    };
    if (file === "api/days.json") list = parse<ApiDays>(apiDaysSchema);
    else if (/^api\/days\/[^/]+\.json$/.test(file)) {
      const day = parse<ApiDay>(apiDaySchema);
      days.set(file, day);
    } else if (/^api\/papers\/[^/]+\.json$/.test(file)) {
      papers.set(file, parse<ApiPaper>(apiPaperSchema));
    } else throw new Error(`${file}: a file under api/ that the API does not document`);
  }
}, BUILD_TIMEOUT_MS);

afterAll(() => removeBuild(outDir));

describe("the static JSON API of a built site", () => {
  it("has a file for every paper page, and none for a paper without one", () => {
    const paperPages = files
      .map((file) => /^papers\/([^/]+)\/index\.html$/.exec(file)?.[1])
      .filter((id) => id !== undefined);
    expect(paperPages.length).toBeGreaterThan(10);
    expect([...papers.keys()].sort()).toEqual(
      paperPages.map((id) => `api/papers/${id}.json`).sort(),
    );
    for (const [file, paper] of papers) expect(file).toBe(`api/papers/${paper.id}.json`);
  });

  it("lists every day's file in days.json, newest first, with its number of papers", () => {
    expect(list).toBeDefined();
    const listed = list?.days ?? [];
    expect(listed.map(({ day }) => day)).toEqual(
      [...listed.map(({ day }) => day)].sort().reverse(),
    );
    expect(listed.map(({ url }) => fileOf(url)).sort()).toEqual([...days.keys()].sort());
    for (const { day, count, url } of listed) {
      const file = days.get(fileOf(url));
      expect(file?.day).toBe(day);
      expect(file?.papers).toHaveLength(count);
    }
    expect(listed.reduce((sum, { count }) => sum + count, 0)).toBe(papers.size);
  });

  it("gives each day's papers in the order of the day's page, each as its own file gives it", async () => {
    for (const [file, day] of days) {
      expect(file).toBe(`api/days/${day.day}.json`);
      const page = await read(`date/${day.day}/index.html`);
      const onPage = [...page.matchAll(/href="\/daily-papers\/papers\/([^"/]+)\/"/g)]
        .map(([, id]) => decodeURIComponent(id ?? ""))
        .filter((id, index, ids) => ids.indexOf(id) === index);
      expect(day.papers.map(({ id }) => id)).toEqual(onPage);
      for (const paper of day.papers) {
        expect(paper.day).toBe(day.day);
        expect({ version: 1, ...paper }).toStrictEqual(papers.get(`api/papers/${paper.id}.json`));
      }
    }
  });

  it("gives absolute URLs under the site's base path, each naming a file the build wrote", async () => {
    for (const [file, paper] of papers) {
      expect(paper.urls.page).toBe(`${ROOT}papers/${encodeURIComponent(paper.id)}/`);
      expect(paper.urls.api).toBe(`${ROOT}api/papers/${encodeURIComponent(paper.id)}.json`);
      expect(fileOf(paper.urls.api)).toBe(file);
      for (const url of [paper.urls.page, paper.urls.api, paper.urls.thumbnail]) {
        if (url !== null)
          await expect(access(path.join(out, fileOf(url)))).resolves.toBeUndefined();
      }
    }
    expect([...papers.values()].some((paper) => paper.urls.thumbnail !== null)).toBe(true);
  });

  it("gives the BibTeX entry and the abstract the paper's page shows", async () => {
    for (const paper of papers.values()) {
      const page = await read(fileOf(paper.urls.page));
      expect(paper.bibtex, paper.id).toBe(bibtexShown(page));
      expect(page).toContain(paper.abstract.html);
      expect(paper.abstract.text.length).toBeGreaterThan(0);
    }
  });

  it("renders the math of an abstract with KaTeX", () => {
    const html = papers.get("api/papers/2411.20010.json")?.abstract.html ?? "";
    expect(html).toContain('<span class="katex">');
    expect(html).toContain("<math");
  });

  it("gives a paper every field of its file (golden file)", async () => {
    const paper = papers.get("api/papers/2411.20010.json");
    await expect(`${JSON.stringify(paper, null, 2)}\n`).toMatchFileSnapshot(
      "../fixtures/api/paper-2411.20010.json",
    );
    await expect(`${JSON.stringify(list, null, 2)}\n`).toMatchFileSnapshot(
      "../fixtures/api/days.json",
    );
  });
});
