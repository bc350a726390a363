import { expect, test } from "./support/site-test.ts";

// Search loads its code and index in a worker on first use, which takes a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

// This project serves the site under /daily-papers/; search and its index must stay under it.
const BASE = "/daily-papers/";

test("the header box searches, and every search file and result link stays under the base path", async ({
  page,
}) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto("./");
  const box = page.getByLabel("Search papers", { exact: true });
  await box.focus();
  await expect(page.getByRole("combobox", { name: "Search papers" })).toBeVisible();
  // A typo, so that the fuzzy matcher's own chunk loads too.
  await box.pressSequentially("geodesik");
  const option = page.getByRole("option").first();
  await expect(option).toContainText("Geodesic Multi-Modal Mixup for Robust Fine-Tuning");
  expect(requests.filter((path) => path.includes("search-index/")).length).toBeGreaterThan(2);
  expect(requests.filter((path) => path.includes("/_astro/fuse"))).toHaveLength(1);
  expect(requests.filter((path) => !path.startsWith(BASE))).toEqual([]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${BASE}papers/2307.03381/`);
});

test("Enter opens the search page under the base path, with the query in its URL", async ({
  page,
}) => {
  await page.goto("./");
  const box = page.getByLabel("Search papers", { exact: true });
  await box.focus();
  await box.pressSequentially("monday");
  await box.press("Enter");
  await expect(page).toHaveURL(`${BASE}search/?q=monday`);
  await expect(page.locator("[data-search-results]")).toHaveAttribute("data-query", "monday");
  const links = page.locator("[data-search-results] h2 a");
  await expect(links).toHaveCount(3);
  for (const href of await links.evaluateAll((all) =>
    all.map((link) => link.getAttribute("href")),
  )) {
    expect(href?.startsWith(`${BASE}papers/`)).toBe(true);
  }
});
