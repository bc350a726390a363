// Runs before the browser tests: makes sure a Chromium is there, installing one when it is not.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { chromiumInstallPlan, findChromium } from "./chromium.ts";

function findOrExplain(): string | undefined {
  try {
    return findChromium();
  } catch (error) {
    console.error(`ensure-chromium: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const found = findOrExplain();
if (found) {
  console.log(`ensure-chromium: browser tests use ${found}`);
  process.exit(0);
}

const plan = chromiumInstallPlan({
  isRoot: process.getuid?.() === 0,
  hasAptGet: existsSync("/usr/bin/apt-get"),
  nodePath: process.execPath,
  playwrightCli: createRequire(import.meta.url).resolve("@playwright/test/cli"),
});
console.log(
  "ensure-chromium: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own)",
);
for (const step of plan) {
  console.log(`ensure-chromium: ${step.says}: ${[step.command, ...step.args].join(" ")}`);
  const result = spawnSync(step.command, step.args, {
    stdio: "inherit",
    env: { ...process.env, ...step.env },
  });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    console.error(
      `ensure-chromium: "${[step.command, ...step.args].join(" ")}" failed (${why}); ` +
        "install Chromium yourself and set CHROMIUM_PATH to its executable",
    );
    process.exit(1);
  }
}

const installed = findOrExplain();
if (!installed) {
  console.error(
    "ensure-chromium: the install finished but no Chromium is at /usr/bin/chromium or Playwright's path; " +
      "set CHROMIUM_PATH to a Chromium executable",
  );
  process.exit(1);
}
console.log(`ensure-chromium: installed; browser tests use ${installed}`);
