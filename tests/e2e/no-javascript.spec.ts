import { expect, test } from "./support/site-test.ts";

// The site is static HTML: everything but the copy buttons must work without JavaScript.
test.use({ javaScriptEnabled: false });

test("the home page lists the latest days and their papers without JavaScript", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.locator("section.day").getByRole("heading", { level: 2 })).toHaveText([
    /^Friday, August 1, 2025/,
    /^Thursday, July 31, 2025/,
    /^Monday, July 28, 2025/,
  ]);
  await expect(page.getByRole("article")).toHaveCount(7);
  await expect(
    page.getByRole("link", { name: "Thumbnails Beside Their Papers", exact: true }),
  ).toBeVisible();
});

test("links lead from the home page to a day and a paper and back without JavaScript", async ({
  page,
}) => {
  // A journey through several pages, each a full load: more than one page's worth of time.
  test.setTimeout(90_000);
  await page.goto("./");
  await page.getByRole("link", { name: "Monday, July 28, 2025" }).click();
  await expect(page).toHaveURL("/date/2025-07-28/");
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText([
    "Another Monday Paper on Quantization",
    "Monday Paper on Sparse Attention",
  ]);
  await page.getByRole("link", { name: "Previous day:" }).click();
  await expect(page).toHaveURL("/date/2025-01-02/");
  await page.getByRole("link", { name: "New Year Paper", exact: true }).click();
  await expect(page).toHaveURL("/papers/2501.00002/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New Year Paper");
  await page.getByRole("link", { name: "Papers of Thursday, January 2, 2025" }).click();
  await expect(page).toHaveURL("/date/2025-01-02/");
  await page.goBack();
  await expect(page).toHaveURL("/papers/2501.00002/");
});

test("a paper page shows its math, its links and its BibTeX without JavaScript", async ({
  page,
}) => {
  await page.goto("/papers/2307.03381/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
  );
  await expect(page.getByRole("list", { name: "Authors" }).getByRole("listitem")).toHaveCount(7);
  await expect(page.locator(".katex")).toHaveCount(3);
  await expect(page.locator(".katex").first()).toHaveCSS("font-family", /KaTeX_Main/);
  await expect(page.getByRole("link", { name: "PDF", exact: true })).toHaveAttribute(
    "href",
    "https://arxiv.org/pdf/2307.03381",
  );
  await expect(page.locator("#bibtex")).toBeVisible();
  await expect(page.locator("#bibtex")).toContainText("@misc{oh2023geodesic,");
  await expect(page.locator("#citation")).toContainText("arXiv:2307.03381, 2023.");
  // Copying needs a script; without one the buttons would do nothing, so they stay hidden.
  await expect(page.locator("button[data-copy-target]")).toHaveCount(2);
  await expect(page.locator("button[data-copy-target]").first()).toBeHidden();
  await expect(page.locator("button[data-copy-target]").last()).toBeHidden();
});

test("a paper's thumbnail shows without JavaScript", async ({ page }) => {
  await page.goto("/papers/2507.00001/");
  const thumbnail = page.getByRole("img", { name: "Figure from “Thumbnails Beside Their Papers”" });
  await expect(thumbnail).toBeVisible();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
});
