import { describe, expect, it } from "vitest";
import { chromiumInstallPlan, findChromium } from "../../../scripts/chromium.ts";

const BUNDLED = "/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome";

function search(files: string[], env: Record<string, string | undefined> = {}) {
  const present = new Set(files);
  return { env, exists: (file: string) => present.has(file), bundledPath: () => BUNDLED };
}

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH over every other place", () => {
    const files = ["/opt/chrome/chrome", "/usr/bin/chromium", BUNDLED];
    expect(findChromium(search(files, { CHROMIUM_PATH: "/opt/chrome/chrome" }))).toBe(
      "/opt/chrome/chrome",
    );
  });

  it("rejects a CHROMIUM_PATH with no file, naming the variable and the path", () => {
    expect(() =>
      findChromium(search(["/usr/bin/chromium"], { CHROMIUM_PATH: "/nowhere/chrome" })),
    ).toThrow(/CHROMIUM_PATH.*\/nowhere\/chrome/);
  });

  it("ignores an empty CHROMIUM_PATH", () => {
    expect(findChromium(search(["/usr/bin/chromium"], { CHROMIUM_PATH: "" }))).toBe(
      "/usr/bin/chromium",
    );
  });

  it("takes Debian's chromium before chromium-browser and Playwright's own", () => {
    const files = ["/usr/bin/chromium", "/usr/bin/chromium-browser", BUNDLED];
    expect(findChromium(search(files))).toBe("/usr/bin/chromium");
  });

  it("takes chromium-browser when Debian's chromium is missing", () => {
    expect(findChromium(search(["/usr/bin/chromium-browser", BUNDLED]))).toBe(
      "/usr/bin/chromium-browser",
    );
  });

  it("falls back to Playwright's own browser when it is downloaded", () => {
    expect(findChromium(search([BUNDLED]))).toBe(BUNDLED);
  });

  it("finds nothing when Playwright's browser is not downloaded", () => {
    expect(findChromium(search([]))).toBeUndefined();
  });

  it("finds nothing when Playwright knows no browser for the platform", () => {
    expect(findChromium({ ...search([]), bundledPath: () => undefined })).toBeUndefined();
  });
});

describe("chromiumInstallPlan", () => {
  const host = {
    nodePath: "/usr/bin/node",
    playwrightCli: "/p/node_modules/@playwright/test/cli.js",
  };

  it("uses apt-get as root where apt-get exists, updating the lists first", () => {
    const plan = chromiumInstallPlan({ ...host, isRoot: true, hasAptGet: true });
    expect(plan.map((step) => [step.command, ...step.args])).toEqual([
      ["apt-get", "update"],
      ["apt-get", "install", "-y", "chromium"],
    ]);
    expect(plan[1]?.env).toEqual({ DEBIAN_FRONTEND: "noninteractive" });
  });

  it.each([
    { isRoot: false, hasAptGet: true },
    { isRoot: true, hasAptGet: false },
  ])("uses the project's Playwright CLI otherwise (%o)", (machine) => {
    const plan = chromiumInstallPlan({ ...host, ...machine });
    expect(plan.map((step) => [step.command, ...step.args])).toEqual([
      ["/usr/bin/node", "/p/node_modules/@playwright/test/cli.js", "install", "chromium"],
    ]);
  });
});
