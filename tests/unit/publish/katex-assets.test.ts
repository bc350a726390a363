import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KATEX_DIRECTORY, KATEX_STYLESHEET } from "../../../src/lib/publish/katex-assets.ts";

const katexPackage = createRequire(import.meta.url)("katex/package.json") as { version: string };

describe("KaTeX asset paths", () => {
  it("are versioned with the installed KaTeX, so a KaTeX upgrade never serves a stale stylesheet", () => {
    expect(KATEX_DIRECTORY).toBe(`katex/${katexPackage.version}/`);
    expect(KATEX_STYLESHEET).toBe(`katex/${katexPackage.version}/katex.min.css`);
  });

  it("name a stylesheet that KaTeX ships", () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"));
    expect(existsSync(path.join(dist, path.basename(KATEX_STYLESHEET)))).toBe(true);
  });
});
