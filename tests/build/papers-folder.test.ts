import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addDays, todayUtc } from "../../src/lib/feed/dates.ts";
import {
  BUILD_TIMEOUT_MS,
  buildSite,
  copyFixturePapers,
  projectRoot,
  removeBuild,
} from "./support/build-site.ts";

// The build says what papers:validate says, from the same code, before it writes anything.
const missing = "dist-test-papers-nowhere";
const papersDir = "dist-test-papers-ahead";
const outDir = "dist-test-papers-folder";

afterAll(async () => {
  await removeBuild(outDir);
  await removeBuild(papersDir);
});

describe("building from the papers folder", () => {
  it(
    "fails with papers:validate's message when there is no papers folder",
    () => {
      const build = buildSite({ papersDir: missing, outDir });
      expect(build.status, build.output).not.toBe(0);
      expect(build.status, build.output).not.toBeNull();
      expect(build.output).toContain(
        `there is no papers folder ${missing}: create it, or set papersDir in site.config.ts (or PAPERS_DIR) to the folder of paper files`,
      );
      expect(build.output).not.toContain("ENOENT");
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "fails a paper whose feed day is further ahead of today than maxDaysAhead",
    async () => {
      await copyFixturePapers(papersDir);
      // Relative to the day the test runs, so that it means the same on any day.
      const [year, month, day] = addDays(todayUtc(), 400).split("-");
      const folder = path.join(projectRoot, papersDir, `${year}/${month}/${day}`);
      await mkdir(folder, { recursive: true });
      await rename(
        path.join(projectRoot, papersDir, "2025/08/01/2508.00001.mdx"),
        path.join(folder, "2508.00001.mdx"),
      );
      const build = buildSite({ papersDir, outDir });
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toMatch(
        new RegExp(
          `${papersDir}/${year}/${month}/${day}/2508\\.00001\\.mdx:1:1  path  feed day ${year}-${month}-${day} is \\d+ days after today \\(\\d{4}-\\d\\d-\\d\\d, UTC\\); at most 7 are allowed \\(maxDaysAhead in site\\.config\\.ts\\)`,
        ),
      );
    },
    BUILD_TIMEOUT_MS,
  );
});
