// The reading list under a base path: its storage key is the base path's own, so another site on the
// same origin keeps its own list, and the library finds its papers' API files under that path.
import { libraryKey } from "../../src/library/storage/library-key.ts";
import { expect, test } from "./support/site-test.ts";

test("a site under a base path keeps its library under its own key and reads its own API", async ({
  page,
}) => {
  await page.goto("date/2025-07-31/");
  const title = (await page.locator("article.card .title a").first().textContent())?.trim() ?? "";
  await page.getByRole("button", { name: `Save “${title}”`, exact: true }).click();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([
    libraryKey("/daily-papers/"),
  ]);
  await page.goto("library/");
  await expect(page.locator(".library-entry .library-title")).toHaveText([title]);
  await expect(page.locator(".library-entry .library-meta")).toContainText(/feed day \w{3} \d/);
  await expect(page.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    /^\/daily-papers\/papers\/[^/]+\/$/,
  );
});
