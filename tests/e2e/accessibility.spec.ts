import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/site-test.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const PAGES: { name: string; path: string; status: number }[] = [
  { name: "the home page", path: "./", status: 200 },
  { name: "a day", path: "date/2025-07-31/", status: 200 },
  { name: "a week", path: "week/2025-W31/", status: 200 },
  { name: "a month", path: "month/2025-07/", status: 200 },
  { name: "the archive", path: "archive/", status: 200 },
  { name: "the library, empty", path: "library/", status: 200 },
  { name: "a year of the archive", path: "archive/2024/", status: 200 },
  { name: "a paper with math", path: "papers/2307.03381/", status: 200 },
  { name: "a paper with a thumbnail", path: "papers/2507.00001/", status: 200 },
  { name: "the 404 page", path: "no/such/page/", status: 404 },
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const { name, path, status } of PAGES) {
      test(`${name} has no WCAG 2.2 AA violations`, async ({ page, siteWatch }) => {
        // axe inspects every element; KaTeX alone adds hundreds, so this takes longer than most tests.
        test.setTimeout(60_000);
        if (status === 404) siteWatch.expectNotFound(path);
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        // Lazy images load once seen; scroll through so axe checks the page as a reader sees it.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          help: violation.help,
          elements: violation.nodes.map((node) => node.target.join(" ")),
        }));
        expect(violations).toEqual([]);
      });
    }
  });
}

test("the skip link is the first Tab stop and moves focus to the main content", async ({
  page,
}) => {
  await page.goto("./");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // From there, the next Tab stop is the page's own content, past the header.
  await page.keyboard.press("Tab");
  await expect(page.locator("main :focus")).toHaveCount(1);
});

test("every element reached with Tab shows a visible focus outline", async ({ page }) => {
  await page.goto("papers/2307.03381/");
  // The header's stops and the first ones of the page's content.
  for (let stop = 1; stop <= 10; stop += 1) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused, `Tab stop ${stop}`).toHaveCount(1);
    await expect(focused, `Tab stop ${stop}`).not.toHaveCSS("outline-style", "none");
    await expect(focused, `Tab stop ${stop}`).not.toHaveCSS("outline-width", "0px");
  }
  await expect(page.locator("main :focus")).toHaveCount(1);
});

test("the BibTeX block can be reached by keyboard to scroll it", async ({ page }) => {
  await page.goto("papers/2307.03381/");
  const bibtex = page.getByRole("region", { name: "Cite" }).locator("pre");
  await page.getByRole("button", { name: "Copy BibTeX" }).focus();
  await page.keyboard.press("Tab");
  await expect(bibtex).toBeFocused();
  await expect(bibtex).not.toHaveCSS("outline-style", "none");
});
