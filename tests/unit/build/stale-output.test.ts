import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OUTPUT_RECORD, readOutputRecord } from "../../../src/lib/build/output-folder.ts";
import {
  currentBuildStart,
  markBuildStart,
  removeStaleFiles,
} from "../../../src/lib/build/stale-output.ts";

let dir = "";

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "stale-output-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (file: string, ageSeconds = 0) => {
  const full = path.join(dir, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, file);
  if (ageSeconds > 0) {
    const time = new Date(Date.now() - ageSeconds * 1000);
    await utimes(full, time, time);
  }
};

const files = async () =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => file !== OUTPUT_RECORD)
    .sort();

describe("markBuildStart", () => {
  it("creates the output folder if needed and records what is owned as an unfinished build", async () => {
    const outDir = path.join(dir, "dist");
    const since = await markBuildStart(outDir, new Set(["index.html"]));
    expect(since).toBeGreaterThan(0);
    expect(await readdir(outDir)).toEqual([OUTPUT_RECORD]);
    expect(await readOutputRecord(outDir)).toEqual({
      state: "building",
      files: ["index.html"],
      mtimeMs: since,
    });
  });
});

describe("currentBuildStart", () => {
  it("gives the recorded start of this process's build of a folder while it is under way", async () => {
    const outDir = path.join(dir, "dist");
    expect(currentBuildStart(outDir)).toBeUndefined();
    const since = await markBuildStart(outDir, []);
    expect(currentBuildStart(outDir)).toBe(since);
    expect(currentBuildStart(`${outDir}/`)).toBe(since);
    expect(currentBuildStart(path.join(dir, "elsewhere"))).toBeUndefined();
    await removeStaleFiles(outDir, since, new Set(), new Set());
    expect(currentBuildStart(outDir)).toBeUndefined();
  });
});

describe("removeStaleFiles", () => {
  it("deletes what an earlier build wrote and this one did not, keeps the rest, and records this build", async () => {
    await write("papers/removed/index.html", 60);
    await write("papers/rewritten/index.html", 60);
    await write("papers/unchanged/index.html", 60);
    await write("_astro/old.css", 60);
    await write(".git/HEAD", 60);
    const owned = new Set([
      "papers/removed/index.html",
      "papers/rewritten/index.html",
      "papers/unchanged/index.html",
      "_astro/old.css",
    ]);
    const since = await markBuildStart(dir, owned);
    await write("papers/rewritten/index.html");
    await write("_astro/new.css");
    await write("index.html");
    const unchanged = new Set([path.join(dir, "papers/unchanged/index.html")]);

    expect(await removeStaleFiles(dir, since, unchanged, owned)).toEqual({
      removed: 2,
      foreign: [],
    });
    expect(await files()).toEqual([
      ".git",
      ".git/HEAD",
      "_astro",
      "_astro/new.css",
      "index.html",
      "papers",
      "papers/rewritten",
      "papers/rewritten/index.html",
      "papers/unchanged",
      "papers/unchanged/index.html",
    ]);
    expect(await readOutputRecord(dir)).toMatchObject({
      state: "complete",
      files: [
        "_astro/new.css",
        "index.html",
        "papers/rewritten/index.html",
        "papers/unchanged/index.html",
      ],
    });
  });

  it("never deletes a file no build wrote, nor a folder it did not empty", async () => {
    await write("notes/todo.txt", 60);
    await write("papers/old/index.html", 60);
    await mkdir(path.join(dir, "empty"));
    const owned = new Set(["papers/old/index.html"]);
    const since = await markBuildStart(dir, owned);
    await write("index.html");

    expect(await removeStaleFiles(dir, since, new Set(), owned)).toEqual({
      removed: 1,
      foreign: ["notes/todo.txt"],
    });
    expect(await files()).toEqual(["empty", "index.html", "notes", "notes/todo.txt"]);
    expect((await readOutputRecord(dir))?.files).toEqual(["index.html"]);
  });

  it("keeps the output folder itself when everything in it is stale", async () => {
    await write("a/b/c.html", 60);
    const owned = new Set(["a/b/c.html"]);
    const since = await markBuildStart(dir, owned);
    expect(await removeStaleFiles(dir, since, new Set(), owned)).toEqual({
      removed: 1,
      foreign: [],
    });
    expect(await readdir(dir)).toEqual([OUTPUT_RECORD]);
  });

  it("sorts out a site's worth of folders read side by side, each on its own", async () => {
    // Every third paper was removed (stale), every third rebuilt, every third left in place (kept).
    const stale: string[] = [];
    const kept = new Set<string>();
    const owned = new Set<string>();
    for (let paper = 0; paper < 150; paper++) {
      const file = `papers/${paper}/index.html`;
      owned.add(file);
      if (paper % 3 === 0) stale.push(file);
      else if (paper % 3 === 1) kept.add(path.join(dir, file));
      await write(file, paper % 3 === 2 ? 0 : 60);
    }
    await write("authors/ada/2/index.html", 60);
    await write("authors/ada/index.html");
    owned.add("authors/ada/2/index.html");
    const since = Date.now() - 30_000;
    const { removed } = await removeStaleFiles(dir, since, kept, owned);
    expect(removed).toBe(stale.length + 1);
    const left = await files();
    for (const file of stale) expect(left).not.toContain(path.dirname(file));
    expect(left.filter((file) => file.endsWith(".html"))).toHaveLength(100 + 1);
    expect(left).toContain("authors/ada/index.html");
    expect(left).not.toContain("authors/ada/2");
  });
});
