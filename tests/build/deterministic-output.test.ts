import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outputFiles } from "../support/output-files.ts";
import { BUILD_TIMEOUT_MS, buildSite, removeBuild } from "./support/build-site.ts";

// The fixture collection has what could vary between builds: math, thumbnails, tags, related papers.
const papersDir = "tests/fixtures/site/papers";
const outDirs = ["dist-test-deterministic-a", "dist-test-deterministic-b"] as const;

// Each build starts from nothing: no output and a cold content cache of its own.
const removeBoth = () => Promise.all(outDirs.map((outDir) => removeBuild(outDir)));
beforeAll(removeBoth);
afterAll(removeBoth);

describe("two builds of the same papers", () => {
  it(
    "write the same files, byte for byte",
    async () => {
      const first = build(outDirs[0]);
      const second = build(outDirs[1]);

      const files = await outputFiles(first);
      expect(files.length).toBeGreaterThan(0);
      expect(await outputFiles(second), `files of ${outDirs[1]} against ${outDirs[0]}`).toEqual(
        files,
      );
      const differing: string[] = [];
      for (const file of files) {
        const a = await readFile(path.join(first, file));
        const b = await readFile(path.join(second, file));
        if (!a.equals(b)) differing.push(file);
      }
      expect(differing, "files whose bytes differ between the two builds").toEqual([]);
    },
    BUILD_TIMEOUT_MS * 2,
  );
});

function build(outDir: string): string {
  const result = buildSite({ papersDir, outDir });
  expect(result.status, result.output).toBe(0);
  return result.outPath;
}
