// Takes the README's pictures of the reading list: /library/ with three saved papers (one read), on a
// phone-sized screen and on a desktop. Serve a built site first, e.g. `npm run build:e2e` and then
// `npm run preview:e2e-seed`; then `npm run docs:library-screenshots [site URL]`.
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";

const SITE = process.argv[2] ?? "http://127.0.0.1:4402/";
const SHOTS = [
  { file: "docs/library-phone.png", width: 390, height: 844 },
  { file: "docs/library-desktop.png", width: 1280, height: 800 },
];
const SAVED = 3;

async function fillLibrary(page: Page): Promise<void> {
  await page.goto(SITE);
  const saves = page.locator("article.card [data-library=save]");
  for (let index = SAVED - 1; index >= 0; index--) await saves.nth(index).click();
  await page.locator("article.card [data-library=read]").nth(1).click();
}

const executablePath = findChromium();
const browser = await chromium.launch({
  args: [...CHROMIUM_ARGS],
  ...(executablePath ? { executablePath } : {}),
});
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: "light",
    });
    const page = await context.newPage();
    await fillLibrary(page);
    await page.goto(new URL("library/", SITE).href);
    const entries = page.locator(".library-entry");
    await entries.nth(SAVED - 1).waitFor();
    // Each entry's authors and feed day come from its API file; the picture waits for all three.
    await page.waitForFunction(
      (count) => document.querySelectorAll(".library-meta span:not(:empty)").length === count,
      SAVED,
    );
    await page.screenshot({ path: shot.file });
    console.log(`library-screenshots: wrote ${shot.file} (${shot.width}x${shot.height})`);
    await context.close();
  }
} finally {
  await browser.close();
}
