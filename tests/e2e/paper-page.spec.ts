import type { Locator, Page } from "@playwright/test";
import { attributeValues, expect, test } from "./support/site-test.ts";

const GEODESIC = "/papers/2307.03381/";
const OLD_STYLE = "/papers/hep-th-9901001/";
const SURVEY = "/papers/a-survey-of-fixture-papers-without-an-arxiv-id/";
const THUMBNAILS = "/papers/2507.00001/";

const GEODESIC_BIBTEX = `@misc{oh2023geodesic,
  title = {Geodesic Multi-Modal Mixup for Robust Fine-Tuning},
  author = {Changdae Oh and Junhyuk So and Hoyoon Byun and YongTaek Lim and Minchul Shin and Jong-June Jeon and Kyungwoo Song},
  year = {2023},
  eprint = {2307.03381},
  archivePrefix = {arXiv},
  url = {https://arxiv.org/abs/2307.03381},
}`;

/** One fact under the paper's title: its `<dt>` name and `<dd>` value. */
function fact(page: Page, name: string): Locator {
  return page.locator(".facts div").filter({ has: page.locator("dt", { hasText: name }) });
}

function katexStylesheet(page: Page): Locator {
  return page.locator('link[rel="stylesheet"][href*="katex"]');
}

test("a paper page shows its title, every author, its dates, links and tags", async ({ page }) => {
  await page.goto(GEODESIC);
  await expect(page).toHaveTitle(
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning · Daily Papers",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
  );
  await expect(page.getByRole("list", { name: "Authors" }).getByRole("listitem")).toHaveText([
    "Changdae Oh",
    "Junhyuk So",
    "Hoyoon Byun",
    "YongTaek Lim",
    "Minchul Shin",
    "Jong-June Jeon",
    "Kyungwoo Song",
  ]);
  await expect(fact(page, "Feed day").locator("dd")).toHaveText("Thursday, July 31, 2025");
  await expect(fact(page, "Feed day").getByRole("link")).toHaveAttribute(
    "href",
    "/date/2025-07-31/",
  );
  await expect(fact(page, "Published").locator("dd")).toHaveText("Friday, July 7, 2023");
  await expect(fact(page, "arXiv").locator("dd")).toHaveText("2307.03381");
  await expect(fact(page, "Submitted by").getByRole("link")).toHaveAttribute(
    "href",
    "https://github.com/ada-lovelace",
  );
  await expect(fact(page, "Upvotes").locator("dd")).toHaveText("12");

  const links = page.locator(".paper > .link-list").getByRole("link");
  await expect(links).toHaveText(["arXiv", "PDF", "Code"]);
  await expect
    .poll(() => attributeValues(links, "href"))
    .toEqual([
      "https://arxiv.org/abs/2307.03381",
      "https://arxiv.org/pdf/2307.03381",
      "https://github.com/changdaeoh/multimodal-mixup",
    ]);
  await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([
    "multimodal",
    "fine-tuning",
  ]);
});

test("math in an abstract is rendered by KaTeX with its stylesheet and fonts", async ({ page }) => {
  await page.goto(GEODESIC);
  const abstract = page.getByRole("region", { name: "Abstract" });
  await expect(abstract.locator(".katex")).toHaveCount(3);
  await expect(abstract.locator(".katex-display")).toHaveCount(1);
  await expect(abstract.locator("em")).toHaveText("transferable");

  await expect(katexStylesheet(page)).toHaveCount(1);
  const href = await katexStylesheet(page).evaluate((link) => (link as HTMLLinkElement).href);
  const stylesheet = await page.request.get(href);
  expect(stylesheet.status()).toBe(200);
  expect(stylesheet.headers()["content-type"]).toMatch(/^text\/css\b/);

  // The stylesheet is applied and its fonts load from the site (a missing font fails the test).
  await expect(abstract.locator(".katex").first()).toHaveCSS("font-family", /KaTeX_Main/);
  const loadedFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((font) => font.status === "loaded")
      .map((font) => font.family.replace(/"/g, ""));
  });
  expect(loadedFonts).toContain("KaTeX_Main");
});

test("dollar signs, angle brackets and braces outside math stay literal text", async ({ page }) => {
  await page.goto(GEODESIC);
  const abstract = page.getByRole("region", { name: "Abstract" });
  await expect(abstract.locator("p").last()).toHaveText(
    "to generate hard negatives. Costs under $5 and keeps <tags> and {braces} literal.",
  );
  await expect(page.locator("tags")).toHaveCount(0);
});

test("a page without math neither links KaTeX's stylesheet nor renders any math", async ({
  page,
}) => {
  await page.goto(OLD_STYLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "An Old-Style Identifier in High-Energy Theory",
  );
  await expect(page.locator(".katex")).toHaveCount(0);
  await expect(katexStylesheet(page)).toHaveCount(0);
});

test("an old-style arXiv id has its own page with the id's slash in the arXiv links", async ({
  page,
}) => {
  await page.goto(OLD_STYLE);
  await expect(page.getByRole("list", { name: "Authors" }).getByRole("listitem")).toHaveText([
    "Émilie du Châtelet",
  ]);
  await expect(fact(page, "Published").locator("dd")).toHaveText("Monday, January 4, 1999");
  await expect(fact(page, "arXiv").locator("dd")).toHaveText("hep-th/9901001");
  await expect
    .poll(() => attributeValues(page.locator(".paper > .link-list").getByRole("link"), "href"))
    .toEqual(["https://arxiv.org/abs/hep-th/9901001", "https://arxiv.org/pdf/hep-th/9901001"]);
  await expect(page.locator("#bibtex")).toContainText("eprint = {hep-th/9901001},");
  await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([
    "high-energy-physics",
  ]);
});

test("a paper without an arXiv id links its own PDF and project page and cites this site", async ({
  page,
}) => {
  await page.goto(SURVEY);
  await expect(page.getByRole("list", { name: "Authors" }).getByRole("listitem")).toHaveCount(6);
  await expect(fact(page, "arXiv")).toHaveCount(0);
  await expect(fact(page, "Published")).toHaveCount(0);
  const links = page.locator(".paper > .link-list").getByRole("link");
  await expect(links).toHaveText(["PDF", "Project page"]);
  await expect
    .poll(() => attributeValues(links, "href"))
    .toEqual(["https://example.org/survey.pdf", "https://example.org/survey/"]);
  await expect(page.locator("#bibtex")).toContainText(
    "url = {https://daily-papers.example.org/papers/a-survey-of-fixture-papers-without-an-arxiv-id/},",
  );
});

test("a versioned arXiv id keeps its version in the links", async ({ page }) => {
  await page.goto(THUMBNAILS);
  await expect(fact(page, "arXiv").locator("dd")).toHaveText("2507.00001v2");
  await expect
    .poll(() => attributeValues(page.locator(".paper > .link-list").getByRole("link"), "href"))
    .toEqual(["https://arxiv.org/abs/2507.00001v2", "https://arxiv.org/pdf/2507.00001v2"]);
});

test("paper pages link to the previous and next paper of the same day, in feed order", async ({
  page,
}) => {
  // A journey through several pages, each a full load: more than one page's worth of time.
  test.setTimeout(90_000);
  const siblings = page.getByRole("navigation", { name: "Other papers of this day" });
  const previous = siblings.locator('a[rel="prev"]');
  const next = siblings.locator('a[rel="next"]');

  await page.goto(SURVEY);
  await expect(previous).toHaveCount(0);
  await expect(next).toHaveText(/^Next paper\s*Geodesic Multi-Modal Mixup for Robust Fine-Tuning$/);

  await next.click();
  await expect(page).toHaveURL(GEODESIC);
  await expect(previous).toHaveAttribute("href", SURVEY);
  await expect(next).toHaveText(/An Old-Style Identifier in High-Energy Theory$/);

  await next.click();
  await expect(page).toHaveURL(OLD_STYLE);
  await expect(previous).toHaveAttribute("href", GEODESIC);

  await next.click();
  await expect(page).toHaveURL(THUMBNAILS);
  await expect(previous).toHaveText(
    /^Previous paper\s*An Old-Style Identifier in High-Energy Theory$/,
  );
  await expect(next).toHaveCount(0);

  await previous.click();
  await expect(page).toHaveURL(OLD_STYLE);
});

test("the only paper of its day links to no other paper", async ({ page }) => {
  await page.goto("/papers/2508.00001/");
  const siblings = page.getByRole("navigation", { name: "Other papers of this day" });
  await expect(siblings.getByRole("link")).toHaveCount(0);
});

test("the BibTeX entry is shown and the copy button puts it on the clipboard", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(baseURL ?? "").origin,
  });
  await page.goto(GEODESIC);
  const bibtex = page.getByRole("region", { name: "Cite" }).locator("pre");
  await expect(bibtex).toHaveAccessibleName("BibTeX");
  expect(await bibtex.textContent()).toBe(GEODESIC_BIBTEX);

  const copy = page.getByRole("button", { name: "Copy BibTeX" });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(page.locator(".copy", { has: copy }).getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(GEODESIC_BIBTEX);

  await page.getByRole("button", { name: "Copy citation" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "Changdae Oh, Junhyuk So, Hoyoon Byun, YongTaek Lim, Minchul Shin, Jong-June Jeon, " +
      "Kyungwoo Song. Geodesic Multi-Modal Mixup for Robust Fine-Tuning. arXiv:2307.03381, 2023.",
  );
});

test("a paper's thumbnail keeps its space before it loads, then shows", async ({ page }) => {
  // Hold the image back to measure the page before it arrives: its box must already be reserved.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = () => {};
  const imageRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route("**/_astro/*.webp", async (route) => {
    requested();
    await released;
    await route.continue();
  });

  await page.goto(THUMBNAILS, { waitUntil: "domcontentloaded" });
  const thumbnail = page.getByRole("img", { name: "Figure from “Thumbnails Beside Their Papers”" });
  await expect(thumbnail).toHaveAttribute("width", "640");
  await expect(thumbnail).toHaveAttribute("height", "400");
  await imageRequested;
  expect(await thumbnail.evaluate((image: HTMLImageElement) => image.complete)).toBe(false);
  const box = await thumbnail.boundingBox();
  expect(box?.width).toBe(640);
  expect(box?.height).toBe(400);

  release();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  expect(await thumbnail.boundingBox()).toEqual(box);
});

test("a card's thumbnail is decorative, states its size and loads", async ({ page }) => {
  await page.goto("/date/2025-07-31/");
  const card = page.getByRole("article").filter({ hasText: "Thumbnails Beside Their Papers" });
  const thumbnail = card.locator("img");
  await expect(thumbnail).toHaveAttribute("alt", "");
  await expect(thumbnail).toHaveAttribute("width", "160");
  await expect(thumbnail).toHaveAttribute("height", "100");
  await thumbnail.scrollIntoViewIfNeeded();
  await expect
    .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
});
