import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFiles, type FileToWrite } from "../../../src/lib/build/write-files.ts";

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "write-files-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const FILES: FileToWrite[] = [
  { path: "top.json", body: "{}" },
  { path: "papers/a.json", body: '{"id":"a"}' },
  { path: "papers/b.json", body: '{"id":"b"}' },
  { path: "days/2025/07/31.json", body: "[]" },
];

describe("writeFiles", () => {
  it("writes every file, making its folders, and counts them", async () => {
    await expect(writeFiles(folder, FILES)).resolves.toBe(FILES.length);
    for (const file of FILES) {
      await expect(readFile(path.join(folder, file.path), "utf8")).resolves.toBe(file.body);
    }
    expect((await readdir(folder)).sort()).toEqual(["days", "papers", "top.json"]);
  });

  it("replaces files already there", async () => {
    await writeFiles(folder, FILES);
    await writeFiles(folder, [{ path: "papers/a.json", body: "new" }]);
    await expect(readFile(path.join(folder, "papers/a.json"), "utf8")).resolves.toBe("new");
  });

  it("asks for the next file only when a write is free, so that few bodies are held at once", async () => {
    let made = 0;
    function* files(): Generator<FileToWrite> {
      for (let number = 0; number < 200; number++) {
        made += 1;
        yield { path: `many/${number}.json`, body: String(number) };
      }
    }
    const written = writeFiles(folder, files());
    // Sixteen writes start at once; nothing more is asked for until one of them ends.
    expect(made).toBe(16);
    await expect(written).resolves.toBe(200);
    expect(await readdir(path.join(folder, "many"))).toHaveLength(200);
  });

  it("with unchangedSince, dates a file that holds its body just after it and writes the others", async () => {
    await writeFiles(folder, FILES);
    const longAgo = new Date("2001-01-01T00:00:00Z");
    for (const file of FILES) await utimes(path.join(folder, file.path), longAgo, longAgo);
    // A time no write could give a file now: a file dated so was only dated, not written.
    const since = Date.parse("2010-05-05T10:00:00Z") + 0.25;
    const changed = { path: "papers/b.json", body: '{"id":"b","new":true}' };
    const added = { path: "papers/c.json", body: '{"id":"c"}' };
    const files = [FILES[0], FILES[1], changed, FILES[3], added].filter((file) => !!file);
    await expect(writeFiles(folder, files, { unchangedSince: since })).resolves.toBe(5);
    const mtime = async (file: string) => (await stat(path.join(folder, file))).mtimeMs;
    for (const file of ["top.json", "papers/a.json", "days/2025/07/31.json"]) {
      expect(await mtime(file), file).toBe(Math.floor(since) + 1);
    }
    for (const file of [changed, added]) {
      expect(await mtime(file.path)).toBeGreaterThan(Date.parse("2020-01-01T00:00:00Z"));
      await expect(readFile(path.join(folder, file.path), "utf8")).resolves.toBe(file.body);
    }
  });

  it("fails with the file system's error when a folder cannot be made", async () => {
    await writeFile(path.join(folder, "papers"), "a file where a folder should be");
    await expect(writeFiles(folder, FILES)).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
