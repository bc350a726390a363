import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listPaperFiles } from "../../src/lib/content/paper-files.ts";
import { BUILD_TIMEOUT_MS, buildSite, projectRoot, removeBuild } from "./support/build-site.ts";

const outDir = "dist-test-bundled";

afterAll(() => removeBuild(outDir));

describe("the bundled papers", () => {
  it(
    "build into a site with one page per paper and every paper on its day",
    async () => {
      const build = buildSite({ papersDir: "content/papers", outDir });
      expect(build.status, build.output).toBe(0);

      const files = await listPaperFiles(path.join(projectRoot, "content/papers"));
      const ids = files.map((file) => path.posix.basename(file, ".mdx"));
      expect(ids.length).toBeGreaterThan(0);
      const pages = await readdir(path.join(build.outPath, "papers"));
      expect(pages.sort()).toEqual([...ids].sort());

      const days = [...new Set(files.map((file) => file.split("/").slice(0, 3).join("-")))];
      // The home page shows the first papers of a busy day, and its heading says how many it has.
      const home = await readFile(path.join(build.outPath, "index.html"), "utf8");
      const newest = [...days].sort().at(-1) ?? "";
      const onNewest = files.filter((file) => file.startsWith(newest.replaceAll("-", "/"))).length;
      expect(home).toMatch(
        new RegExp(
          `<h2 id="day-${newest}"[^>]*>.*?<span class="count[^"]*"[^>]*>${onNewest} papers<`,
          "s",
        ),
      );
      for (const day of days) {
        // A busy day runs to more than one page: /date/<day>/, then /date/<day>/2/ and on.
        const dayDir = path.join(build.outPath, "date", day);
        const later = (await readdir(dayDir)).filter((entry) => /^\d+$/.test(entry));
        const html = (
          await Promise.all(
            ["", ...later].map((page) => readFile(path.join(dayDir, page, "index.html"), "utf8")),
          )
        ).join("\n");
        const onDay = files.filter((file) => file.startsWith(day.replaceAll("-", "/")));
        for (const file of onDay) {
          expect(html).toContain(`/papers/${path.posix.basename(file, ".mdx")}/`);
        }
      }
    },
    BUILD_TIMEOUT_MS,
  );
});
