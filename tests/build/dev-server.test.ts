import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchIndexPaths, type SearchManifest } from "../../src/search/core/index-format.ts";
import { createUrls } from "../../src/lib/publish/urls.ts";
import { apiDaySchema, apiDaysSchema, apiPaperSchema } from "../support/api-schema.ts";
import {
  astroEnv,
  BUILD_TIMEOUT_MS,
  projectRoot,
  removeBuild,
  copyFixturePapers,
} from "./support/build-site.ts";

// Its own cache folder (astro.config.mjs derives it from OUT_DIR), so no build's store is touched;
// its own copy of the fixture papers, which a test breaks and mends.
// Astro wants a collection inside the project; dist-* folders are ignored by git and the linters.
const outDir = "dist-test-dev";
const papersDir = "dist-test-dev-papers";
// On the home page: the latest day of the fixtures.
const PAPER = "2025/08/01/2508.00001.mdx";
let server: ChildProcess | undefined;
let url = "";

beforeAll(async () => {
  await copyFixturePapers(papersDir);
  url = await startDevServer();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  server?.kill();
  await removeBuild(outDir);
  await rm(path.join(projectRoot, papersDir), { recursive: true, force: true });
});

/** Starts `astro dev` on the copied papers and resolves with the URL it serves at. */
function startDevServer(): Promise<string> {
  const child = spawn(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "dev", "--port", "4391"],
    {
      cwd: projectRoot,
      env: astroEnv({ OUT_DIR: outDir, PAPERS_DIR: papersDir }),
    },
  );
  server = child;
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // The port may differ when 4391 is taken: the server says where it listens.
      const found = /Local\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(output))?.[1];
      if (found) resolve(found);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

/** Asks for the home page until `done` accepts the answer: the server reloads papers on its own time. */
async function homePageUntil(
  done: (status: number, html: string) => boolean,
): Promise<{ status: number; html: string }> {
  for (;;) {
    const response = await fetch(url);
    const answer = { status: response.status, html: await response.text() };
    if (done(answer.status, answer.html)) return answer;
    await delay(200);
  }
}

/**
 * Listens, as a page's script does, on the dev server's socket, where Astro sends the error an
 * error page shows; `next` resolves with the message of the next error sent.
 */
async function openErrorOverlay(): Promise<{ next: () => Promise<string>; close: () => void }> {
  const client = await (await fetch(new URL("/@vite/client", url))).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? "";
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}?token=${token}`, "vite-hmr");
  const errors: string[] = [];
  let waiting: ((message: string) => void) | undefined;
  socket.addEventListener("message", (event) => {
    const payload = JSON.parse(String(event.data)) as { type: string; err?: { message: string } };
    if (payload.type !== "error") return;
    const message = payload.err?.message ?? "";
    if (waiting) waiting(message);
    else errors.push(message);
    waiting = undefined;
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve);
    socket.addEventListener("error", reject);
  });
  return {
    next: () => {
      const message = errors.shift();
      return message === undefined
        ? new Promise((resolve) => (waiting = resolve))
        : Promise.resolve(message);
    },
    close: () => socket.close(),
  };
}

describe("npm run dev", () => {
  it(
    "serves the search index's files at the URLs the search worker asks for, as often as asked",
    async () => {
      const urls = createUrls("/");
      const get = (path: string) => fetch(new URL(urls.searchIndex(path), url));

      expect((await fetch(url)).status).toBe(200);
      const manifest = await get(searchIndexPaths.manifest);
      expect(manifest.status, await manifest.clone().text()).toBe(200);
      const { version, papers } = (await manifest.json()) as SearchManifest;
      expect(papers).toBeGreaterThan(0);
      for (let time = 0; time < 2; time++) {
        const records = await get(searchIndexPaths.records(version, 0));
        expect(records.status).toBe(200);
        expect(Array.isArray(await records.json())).toBe(true);
      }
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "serves the JSON API's files as a build writes them",
    async () => {
      const urls = createUrls("/");
      const get = async (path: string) => {
        const response = await fetch(new URL(path, url));
        expect(response.status, path).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
        return (await response.json()) as unknown;
      };
      const list = apiDaysSchema.parse(await get(urls.apiDays));
      const [newest] = list.days;
      expect(newest?.url).toMatch(/^https?:\/\/[^/]+\/api\/days\/\d{4}-\d{2}-\d{2}\.json$/);
      const day = apiDaySchema.parse(await get(urls.apiDay(newest?.day ?? "")));
      expect(day.papers).toHaveLength(newest?.count ?? -1);
      const paper = apiPaperSchema.parse(await get(urls.apiPaper(day.papers[0]?.id ?? "")));
      expect(paper).toStrictEqual({ version: 1, ...day.papers[0] });
      expect((await fetch(new URL(urls.apiPaper("no-such-paper"), url))).status).toBe(404);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "shows a broken paper's problem in the browser, not the last good page, until it is mended",
    async () => {
      const file = path.join(projectRoot, papersDir, PAPER);
      const source = await readFile(file, "utf8");
      const overlay = await openErrorOverlay();
      const good = await homePageUntil((status) => status === 200);
      expect(good.html.includes("/papers/2508.00001/"), "the paper is on the home page").toBe(true);

      await writeFile(file, source.replace(/^title: .*\n/m, ""));
      const broken = await homePageUntil((status) => status !== 200);
      expect(broken.status).toBe(500);
      // Astro's error page is an overlay, which the page's script receives over the dev server's socket.
      const problem = `${papersDir}/${PAPER}:2:1  title  is required`;
      expect(await overlay.next()).toContain(problem);

      await writeFile(file, source);
      const mended = await homePageUntil((status) => status === 200);
      expect(mended.html.includes("/papers/2508.00001/"), "the paper is back").toBe(true);
      overlay.close();
    },
    BUILD_TIMEOUT_MS,
  );
});
