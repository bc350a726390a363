import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDay } from "../../../../src/lib/feed/dates.ts";
import { searchIndexPaths, type SearchRecord } from "../../../../src/search/core/index-format.ts";
import {
  siteSearchIndex,
  writeSearchIndex,
  writeSearchIndexInWorker,
} from "../../../../src/search/build/index-files.ts";
import { SEARCH_FIXTURE } from "../../../fixtures/search/papers.ts";

const WORKER_URL = new URL("../../../../src/search/build/index-worker.ts", import.meta.url);

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "search-index-files-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

// Every file under `dir`, by its path from `dir` with "/" between folders, with its content.
async function filesIn(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((entry) => entry.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join("/"), await readFile(file, "utf8"));
  }
  return files;
}

describe("siteSearchIndex", () => {
  it("writes each result's day as the site's locale writes a short date", () => {
    const { manifest, files } = siteSearchIndex(SEARCH_FIXTURE, "en-US");
    const records = files.find(
      (file) => file.path === searchIndexPaths.records(manifest.version, 0),
    );
    const [first] = JSON.parse(records?.body ?? "[]") as SearchRecord[];
    const date = first?.[7];
    expect(date).toBe(formatDay(SEARCH_FIXTURE[0]!.day, "en-US", "short"));
    expect(date).toBe("Jan 20, 2025");
  });
});

describe("writeSearchIndex", () => {
  it("writes every file of the index into the folder, and nothing else, and returns its manifest", async () => {
    const dir = path.join(folder, "search-index");
    const expected = siteSearchIndex(SEARCH_FIXTURE, "en-US");
    const manifest = await writeSearchIndex({ documents: SEARCH_FIXTURE, locale: "en-US", dir });
    expect(manifest).toEqual(expected.manifest);
    expect(await filesIn(dir)).toEqual(
      new Map(expected.files.map((file) => [file.path, file.body])),
    );
  });

  it("replaces the files of an earlier index at the same paths", async () => {
    const dir = path.join(folder, "search-index");
    await writeSearchIndex({ documents: SEARCH_FIXTURE.slice(0, 3), locale: "en-US", dir });
    const manifest = await writeSearchIndex({ documents: SEARCH_FIXTURE, locale: "en-US", dir });
    const written = await filesIn(dir);
    expect(written.get(searchIndexPaths.manifest)).toBe(
      siteSearchIndex(SEARCH_FIXTURE, "en-US").files.find(
        (file) => file.path === searchIndexPaths.manifest,
      )?.body,
    );
    expect(manifest.papers).toBe(SEARCH_FIXTURE.length);
  });
});

describe("writeSearchIndexInWorker", () => {
  it("writes the same files in a worker thread, and returns the same manifest", async () => {
    const here = path.join(folder, "here");
    const there = path.join(folder, "there");
    const job = { documents: SEARCH_FIXTURE, locale: "en-US" };
    const manifest = await writeSearchIndex({ ...job, dir: here });
    await expect(writeSearchIndexInWorker(WORKER_URL, { ...job, dir: there })).resolves.toEqual(
      manifest,
    );
    expect(await filesIn(there)).toEqual(await filesIn(here));
  });

  it("fails, rather than waits for ever, when the worker ends without sending the index", async () => {
    const silent = new URL("data:text/javascript,");
    await expect(
      writeSearchIndexInWorker(silent, { documents: SEARCH_FIXTURE, locale: "en-US", dir: folder }),
    ).rejects.toThrow(
      /the search index worker .* stopped with exit code 0 before it sent its result/,
    );
  });

  it("fails with the worker's error when a file cannot be written", async () => {
    const blocked = path.join(folder, "not-a-folder");
    await writeFile(blocked, "");
    await expect(
      writeSearchIndexInWorker(WORKER_URL, {
        documents: SEARCH_FIXTURE,
        locale: "en-US",
        dir: path.join(blocked, "search-index"),
      }),
    ).rejects.toThrow(/ENOTDIR.*not-a-folder/);
  });
});
