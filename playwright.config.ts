import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.ts";

// `npm run build:e2e` builds both sites first; each project tests one of them.
const ROOT_URL = "http://127.0.0.1:4400/";
const SUBPATH_URL = "http://127.0.0.1:4401/daily-papers/";
const SUBPATH_SPECS = "**/*.subpath.spec.ts";

const executablePath = findChromium();
const browser = {
  ...devices["Desktop Chrome"],
  // Without a system Chromium, Playwright falls back to the browser it downloaded for itself.
  launchOptions: { args: [...CHROMIUM_ARGS], ...(executablePath ? { executablePath } : {}) },
};

export default defineConfig({
  testDir: "tests/e2e",
  workers: 2,
  forbidOnly: !!process.env["CI"],
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
  use: { trace: "retain-on-failure" },
  projects: [
    {
      name: "root",
      testIgnore: SUBPATH_SPECS,
      use: { ...browser, baseURL: ROOT_URL },
    },
    {
      name: "subpath",
      testMatch: SUBPATH_SPECS,
      use: { ...browser, baseURL: SUBPATH_URL },
    },
  ],
  webServer: [
    {
      command: "npm run preview:e2e",
      url: ROOT_URL,
      reuseExistingServer: !process.env["CI"],
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "npm run preview:e2e-subpath",
      url: SUBPATH_URL,
      reuseExistingServer: !process.env["CI"],
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
