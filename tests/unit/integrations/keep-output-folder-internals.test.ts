// The Astro internals keepOutputFolder relies on, read from the installed Astro: when one of these
// fails, Astro has moved them, and the workaround must follow or go.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const astroSource = (file: string) =>
  readFile(new URL(file, import.meta.resolve("astro/package.json")), "utf8");

describe("the Astro internals keepOutputFolder relies on", () => {
  it("empty the output folder unless Vite's build.emptyOutDir is false", async () => {
    const build = await astroSource("dist/core/build/static-build.js");
    expect(build).toMatch(
      /if \(settings\.config\?\.vite\?\.build\?\.emptyOutDir !== false\) \{\s*emptyDir\(settings\.config\.outDir/,
    );
  });

  it("leave an unchanged page that is already in the output folder where it is", async () => {
    const generate = await astroSource("dist/core/build/generate.js");
    expect(generate).toMatch(/const existsInDist = nodeFs\.existsSync\(outFile\);/);
    expect(generate).toMatch(/const restored = !existsInDist && await cache\.restoreOutputFile\(/);
  });
});
