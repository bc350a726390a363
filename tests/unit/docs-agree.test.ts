import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
const engines = (JSON.parse(read("package.json")) as { engines: { node: string } }).engines.node;

describe("the docs and package.json agree", () => {
  it.each(["README.md", "CONTRIBUTING.md"])(
    "%s names the Node version that engines asks for",
    (file) => {
      const stated = /You need Node\.js (\d+\.\d+) or later/.exec(read(file))?.[1];
      expect(stated).toBeDefined();
      expect(engines).toBe(`>=${stated}`);
    },
  );

  it("the Node that runs every npm script is new enough for Astro 7 (22.12 or later)", () => {
    const { devDependencies } = JSON.parse(read("package.json")) as {
      devDependencies: Record<string, string>;
    };
    const [major = 0, minor = 0] = (/(\d+)\.(\d+)/.exec(devDependencies["node"] ?? "") ?? [])
      .slice(1)
      .map(Number);
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(22_012);
  });
});
