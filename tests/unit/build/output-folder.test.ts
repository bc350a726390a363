import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  claimOutputFolder,
  listOutputFiles,
  OutputFolderError,
  readOutputRecord,
  writeOutputRecord,
  type GuardedFolder,
} from "../../../src/lib/build/output-folder.ts";

let root = "";
let guarded: GuardedFolder[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "output-folder-"));
  guarded = [
    { name: "the project", path: root, mayHoldOutput: true },
    { name: "src/", path: path.join(root, "src") },
    { name: "content/", path: path.join(root, "content") },
    { name: "the papers folder content/papers", path: path.join(root, "content/papers") },
  ];
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = async (file: string, ageSeconds = 0) => {
  const full = path.join(root, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, file);
  if (ageSeconds > 0) {
    const time = new Date(Date.now() - ageSeconds * 1000);
    await utimes(full, time, time);
  }
};

const claim = (folder: string) =>
  claimOutputFolder(path.join(root, folder), { shown: folder || ".", guarded });

describe("claimOutputFolder", () => {
  it("accepts a folder that does not exist yet, or is empty but for .git", async () => {
    await expect(claim("dist")).resolves.toEqual(new Set());
    await write("site/.git/HEAD");
    await expect(claim("site")).resolves.toEqual(new Set());
  });

  it("accepts a folder holding only what an earlier build recorded, and returns it", async () => {
    await write("dist/index.html");
    await write("dist/papers/a/index.html");
    await writeOutputRecord(path.join(root, "dist"), "complete", [
      "index.html",
      "papers/a/index.html",
      "papers/gone/index.html",
    ]);
    await expect(claim("dist")).resolves.toEqual(
      new Set(["index.html", "papers/a/index.html", "papers/gone/index.html"]),
    );
  });

  it("counts as owned what an unfinished build wrote after its record, and nothing older", async () => {
    await write("dist/older.txt", 60);
    await writeOutputRecord(path.join(root, "dist"), "building", ["index.html"]);
    await write("dist/index.html");
    await write("dist/papers/a/index.html");
    await expect(claim("dist")).rejects.toThrow(
      /holds 1 file that no earlier build .*: older\.txt\./,
    );
    await rm(path.join(root, "dist/older.txt"));
    await expect(claim("dist")).resolves.toEqual(new Set(["index.html", "papers/a/index.html"]));
  });

  it("refuses a folder with files and no record, naming them and what to do", async () => {
    for (const file of ["a.txt", "b.txt", "c/d.txt", "e.txt", "f.txt", "g.txt"]) {
      await write(`other/${file}`);
    }
    const error = await claim("other").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputFolderError);
    expect((error as Error).message).toBe(
      "the output folder other holds 6 files and no record (.daily-papers-output.json) of an " +
        "earlier build of this site: a.txt, b.txt, c/d.txt, e.txt, f.txt, and 1 more. A build " +
        "replaces and deletes only files it wrote itself, so it builds into an empty folder or one " +
        "it built before. Move those files away, or build into another folder (OUT_DIR=...); if " +
        "other is the output of a build from before builds kept a record, delete the folder and " +
        "build again.",
    );
  });

  it("refuses a file beside the recorded ones", async () => {
    await write("dist/index.html");
    await write("dist/CNAME");
    await writeOutputRecord(path.join(root, "dist"), "complete", ["index.html"]);
    await expect(claim("dist")).rejects.toThrow(
      /^the output folder dist holds 1 file that no earlier build of this site wrote there: CNAME\./,
    );
  });

  it.each([
    ["", "is the project"],
    ["..", "holds the project"],
    ["src", "is src/"],
    ["src/out", "is inside src/"],
    ["content", "is content/"],
    ["content/papers", "is the papers folder content/papers"],
    ["content/papers/site", "is inside content/"],
  ])("refuses %j: it %s", async (folder, what) => {
    await expect(claim(folder)).rejects.toThrow(
      `the output folder ${folder || "."} ${what}: a build deletes from its output folder what it did not produce.`,
    );
  });

  it("refuses a file where the folder should be", async () => {
    await write("dist");
    await expect(claim("dist")).rejects.toThrow("the output folder dist is a file, not a folder");
  });
});

describe("readOutputRecord", () => {
  it("reads nothing from a missing, damaged or foreign record", async () => {
    const dir = path.join(root, "dist");
    await expect(readOutputRecord(dir)).resolves.toBeUndefined();
    await write("dist/.daily-papers-output.json");
    await expect(readOutputRecord(dir)).resolves.toBeUndefined();
    await writeFile(path.join(dir, ".daily-papers-output.json"), '{"files":["a"]}');
    await expect(readOutputRecord(dir)).resolves.toBeUndefined();
  });
});

describe("listOutputFiles", () => {
  it("lists every file below the folder, top-level .git left out", async () => {
    await write("dist/.git/HEAD");
    await write("dist/a/.git/HEAD");
    await write("dist/index.html");
    expect(await listOutputFiles(path.join(root, "dist"))).toEqual(["a/.git/HEAD", "index.html"]);
  });
});
