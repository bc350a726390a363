import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { markBuildStart, removeStaleFiles } from "../../../src/lib/build/stale-output.ts";

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
    .sort();

describe("markBuildStart", () => {
  it("creates the output folder if needed, leaves nothing in it and returns a time", async () => {
    const outDir = path.join(dir, "dist");
    const since = await markBuildStart(outDir);
    expect(since).toBeGreaterThan(0);
    expect(await readdir(outDir)).toEqual([]);
  });
});

describe("removeStaleFiles", () => {
  it("deletes what was written before the mark and the folders left empty, and keeps the rest", async () => {
    await write("papers/removed/index.html", 60);
    await write("papers/rewritten/index.html", 60);
    await write("papers/unchanged/index.html", 60);
    await write("_astro/old.css", 60);
    await write(".git/HEAD", 60);
    const since = await markBuildStart(dir);
    await write("papers/rewritten/index.html");
    await write("_astro/new.css");
    await write("index.html");
    const unchanged = new Set([path.join(dir, "papers/unchanged/index.html")]);

    expect(await removeStaleFiles(dir, since, unchanged)).toBe(2);
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
  });

  it("keeps the output folder itself when everything in it is stale", async () => {
    await write("a/b/c.html", 60);
    const since = await markBuildStart(dir);
    expect(await removeStaleFiles(dir, since, new Set())).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it("sorts out a site's worth of folders read side by side, each on its own", async () => {
    // Every third paper was removed (stale), every third rebuilt, every third left in place (kept).
    const stale: string[] = [];
    const kept = new Set<string>();
    for (let paper = 0; paper < 150; paper++) {
      const file = `papers/${paper}/index.html`;
      if (paper % 3 === 0) stale.push(file);
      else if (paper % 3 === 1) kept.add(path.join(dir, file));
      await write(file, paper % 3 === 2 ? 0 : 60);
    }
    await write("authors/ada/2/index.html", 60);
    await write("authors/ada/index.html");
    const since = Date.now() - 30_000;
    expect(await removeStaleFiles(dir, since, kept)).toBe(stale.length + 1);
    const left = await files();
    for (const file of stale) expect(left).not.toContain(path.dirname(file));
    expect(left.filter((file) => file.endsWith(".html"))).toHaveLength(100 + 1);
    expect(left).toContain("authors/ada/index.html");
    expect(left).not.toContain("authors/ada/2");
  });
});
