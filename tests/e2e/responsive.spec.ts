import { expect, test } from "./support/site-test.ts";

test.use({ viewport: { width: 320, height: 640 } });

const PAGES = [
  "./",
  "date/2025-07-31/",
  "week/2025-W31/",
  "archive/",
  "archive/2024/",
  "papers/2307.03381/",
  "papers/2507.00001/",
  "papers/a-survey-of-fixture-papers-without-an-arxiv-id/",
];

for (const path of PAGES) {
  test(`${path} fits a 320 px wide screen without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(320);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
