import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildSite, removeBuild } from "./support/build-site.ts";

const withImages = { papersDir: "tests/fixtures/site/papers", outDir: "dist-test-warm-images" };
const withoutImages = { papersDir: "content/papers", outDir: "dist-test-warm-plain" };

afterAll(async () => {
  await removeBuild(withImages.outDir);
  await removeBuild(withoutImages.outDir);
});

describe("a rebuild from a warm content cache", () => {
  it(
    "still resolves thumbnails after another site was built in between",
    () => {
      const cold = buildSite(withImages);
      expect(cold.status, cold.output).toBe(0);
      // A build of papers without images rewrites the project's shared image-import map.
      const other = buildSite(withoutImages);
      expect(other.status, other.output).toBe(0);
      const warm = buildSite(withImages);
      expect(warm.status, warm.output).toBe(0);
      expect(warm.output).toMatch(/papers \(0 rendered, \d+ unchanged\)/);
      expect(existsSync(path.join(warm.outPath, "papers", "2507.00001", "index.html"))).toBe(true);
    },
    BUILD_TIMEOUT_MS * 3,
  );
});
