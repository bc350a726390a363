import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.ts";
import { E2E_SITES, siteUrl, type E2eSite } from "./scripts/e2e-sites.ts";

// `npm run build:e2e` builds every site first (scripts/e2e-sites.ts). Spec files pick their site by
// name: `*.subpath.spec.ts` run under the sub-path, `*.hostile.spec.ts` on the hostile fixtures,
// `*.gates.spec.ts` (release gates that check every site's output) once, with the seed site as base;
// all other specs run on the fixture site at the domain root.
const SPECS_FOR: Record<string, string> = {
  subpath: "**/*.subpath.spec.ts",
  hostile: "**/*.hostile.spec.ts",
  seed: "**/*.gates.spec.ts",
};

const executablePath = findChromium();
const browser = {
  ...devices["Desktop Chrome"],
  // Without a system Chromium, Playwright falls back to the browser it downloaded for itself.
  launchOptions: { args: [...CHROMIUM_ARGS], ...(executablePath ? { executablePath } : {}) },
};

function project(site: E2eSite): NonNullable<PlaywrightTestConfig["projects"]>[number] {
  const use = { ...browser, baseURL: siteUrl(site) };
  const specs = SPECS_FOR[site.name];
  if (specs) return { name: site.name, testMatch: specs, use };
  return { name: site.name, testIgnore: Object.values(SPECS_FOR), use };
}

export default defineConfig({
  testDir: "tests/e2e",
  workers: 2,
  forbidOnly: !!process.env["CI"],
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
  use: { trace: "retain-on-failure" },
  projects: E2E_SITES.map(project),
  webServer: E2E_SITES.map((site) => ({
    command: `npm run ${site.previewScript}`,
    url: siteUrl(site),
    reuseExistingServer: !process.env["CI"],
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
