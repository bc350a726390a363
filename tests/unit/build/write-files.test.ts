import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
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

  it("fails with the file system's error when a folder cannot be made", async () => {
    await writeFile(path.join(folder, "papers"), "a file where a folder should be");
    await expect(writeFiles(folder, FILES)).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
