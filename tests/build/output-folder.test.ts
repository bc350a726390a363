import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BUILD_TIMEOUT_MS,
  buildSite,
  projectRoot,
  removeBuild,
  copyFixturePapers,
} from "./support/build-site.ts";

// A build deletes from its output folder only what an earlier build of this site wrote there: it
// refuses, before Astro writes or empties anything, a folder it must not touch.
// Astro wants a collection inside the project; dist-* folders are ignored by git and the linters.
const papersDir = "dist-test-guard-papers";
const foreignDir = "dist-test-guard-foreign";

const listing = async (dir: string) =>
  (await readdir(path.join(projectRoot, dir), { recursive: true })).sort();

beforeAll(async () => {
  await copyFixturePapers(papersDir);
  await rm(path.join(projectRoot, foreignDir), { recursive: true, force: true });
  await mkdir(path.join(projectRoot, foreignDir, "notes"), { recursive: true });
  await writeFile(path.join(projectRoot, foreignDir, "notes/todo.txt"), "not a page\n");
});

afterAll(async () => {
  await removeBuild(papersDir);
  await removeBuild(foreignDir);
});

describe("the build's output folder", () => {
  it(
    "is refused when it is the papers folder, which is left as it was",
    async () => {
      const before = await listing(papersDir);
      const build = buildSite({ papersDir, outDir: papersDir });
      expect(build.status, build.output).not.toBe(0);
      expect(build.status, build.output).not.toBeNull();
      expect(build.output).toContain(
        `Refusing to build: the output folder ${papersDir} is the papers folder ${papersDir}: a build deletes from its output folder what it did not produce.`,
      );
      expect(await listing(papersDir)).toEqual(before);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "is refused when it holds files no build wrote, which are left as they were",
    async () => {
      const build = buildSite({ papersDir, outDir: foreignDir });
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain(
        `Refusing to build: the output folder ${foreignDir} holds 1 file and no record (.daily-papers-output.json) of an earlier build of this site: notes/todo.txt.`,
      );
      expect(await listing(foreignDir)).toEqual(["notes", "notes/todo.txt"]);
      expect(await readFile(path.join(projectRoot, foreignDir, "notes/todo.txt"), "utf8")).toBe(
        "not a page\n",
      );
    },
    BUILD_TIMEOUT_MS,
  );
});
