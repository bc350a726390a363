import { attributeValues, expect, test } from "./support/site-test.ts";

// Every page the fixture collection (tests/fixtures/site/papers/) should produce, besides the 404 page.
const ALL_PAGES = [
  "/",
  "/archive/",
  "/archive/2024/",
  "/archive/2025/",
  ...[
    "2024-11-29",
    "2024-12-23",
    "2024-12-27",
    "2024-12-30",
    "2025-01-02",
    "2025-07-28",
    "2025-07-31",
    "2025-08-01",
  ].map((day) => `/date/${day}/`),
  ...["2024-W48", "2024-W52", "2025-W01", "2025-W31"].map((week) => `/week/${week}/`),
  ...["2024-11", "2024-12", "2025-01", "2025-07", "2025-08"].map((month) => `/month/${month}/`),
  // Most-upvoted views: only the weeks and months whose papers carry upvotes.
  ...["/week/2024-W48/top/", "/week/2025-W31/top/", "/month/2024-11/top/", "/month/2025-07/top/"],
  ...[
    "2411.20010",
    "2412.18001",
    "2412.19001",
    "2412.20001",
    "2501.00002",
    "2507.20001",
    "2507.20002",
    "2307.03381",
    "2507.00001",
    "a-survey-of-fixture-papers-without-an-arxiv-id",
    "hep-th-9901001",
    "2508.00001",
  ].map((id) => `/papers/${id}/`),
  // The header links the reading list; its empty state links search.
  "/library/",
  "/search/",
  "/tags/",
  ...[
    "attention",
    "fine-tuning",
    "high-energy-physics",
    "multimodal",
    "quantization",
    "security",
    "survey",
    "vision",
  ].map((tag) => `/tags/${tag}/`),
  // "Emilie du Chatelet" and "Émilie du Châtelet" are one author, with one page.
  ...[
    "ada-lovelace",
    "alan-turing",
    "barbara-liskov",
    "changdae-oh",
    "charles-babbage",
    "donald-knuth",
    "edsger-dijkstra",
    "emilie-du-chatelet",
    "frances-allen",
    "grace-hopper",
    "hoyoon-byun",
    "jong-june-jeon",
    "junhyuk-so",
    "kyungwoo-song",
    "mallory-b-bold-b",
    "minchul-shin",
    "yongtaek-lim",
  ].map((slug) => `/authors/${slug}/`),
].sort();

test("the home page shows the latest three days, newest first, each heading linking to its day", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page).toHaveTitle("Daily Papers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daily Papers");
  const dayHeadings = page.locator("section.day").getByRole("heading", { level: 2 });
  await expect(dayHeadings).toHaveText([
    /^Friday, August 1, 2025\s*1 paper$/,
    /^Thursday, July 31, 2025\s*4 papers$/,
    /^Monday, July 28, 2025\s*2 papers$/,
  ]);
  await expect
    .poll(() => attributeValues(dayHeadings.getByRole("link"), "href"))
    .toEqual(["/date/2025-08-01/", "/date/2025-07-31/", "/date/2025-07-28/"]);
  await expect(page.getByText("New Year Paper")).toHaveCount(0);
  await expect(page.getByRole("article").getByRole("heading", { level: 3 })).toHaveText([
    "August Paper in the Same Week",
    "A Survey of Fixture Papers Without an arXiv Id",
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
    "An Old-Style Identifier in High-Energy Theory",
    "Thumbnails Beside Their Papers",
    "Another Monday Paper on Quantization",
    "Monday Paper on Sparse Attention",
  ]);
});

test("a card shows at most four authors and says how many more there are", async ({ page }) => {
  await page.goto("./");
  const survey = page.getByRole("article").filter({
    has: page.getByRole("heading", { name: "A Survey of Fixture Papers Without an arXiv Id" }),
  });
  await expect(survey.locator(".authors")).toHaveText(
    "Grace Hopper, Alan Turing, Barbara Liskov, Donald Knuth +2 more authors",
  );
  await expect(survey.getByRole("link", { name: /^PDF\b/ })).toHaveAttribute(
    "href",
    "https://example.org/survey.pdf",
  );
  await expect(survey.getByText("30 upvotes")).toBeAttached();
});

test("home → day → paper → back to the day, and the browser's Back button retraces the way", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByRole("link", { name: "Thursday, July 31, 2025" }).click();
  await expect(page).toHaveURL("/date/2025-07-31/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thursday, July 31, 2025");

  await page
    .getByRole("link", { name: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning", exact: true })
    .click();
  await expect(page).toHaveURL("/papers/2307.03381/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
  );

  await page.getByRole("link", { name: "Papers of Thursday, July 31, 2025" }).click();
  await expect(page).toHaveURL("/date/2025-07-31/");

  await page.goBack();
  await expect(page).toHaveURL("/papers/2307.03381/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
  );
  await page.goBack();
  await expect(page).toHaveURL("/date/2025-07-31/");
  await page.goBack();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daily Papers");
});

test("the header links to the latest papers and the archive and marks the current one", async ({
  page,
}) => {
  await page.goto("date/2025-07-28/");
  const header = page.getByRole("navigation", { name: "Main" });
  await expect(header.getByRole("link", { name: "Archive" })).not.toHaveAttribute("aria-current");
  await header.getByRole("link", { name: "Archive" }).click();
  await expect(page).toHaveURL("/archive/");
  await expect(header.getByRole("link", { name: "Archive" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await header.getByRole("link", { name: "Latest" }).click();
  await expect(page).toHaveURL("/");
  await expect(header.getByRole("link", { name: "Latest" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.getByRole("link", { name: "Daily Papers" }).first().click();
  await expect(page).toHaveURL("/");
});

test("the archive lists every year's months with their papers, and the newest year's calendars", async ({
  page,
}) => {
  await page.goto("archive/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
  await expect(page.getByText("12 papers in 5 months.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([
    /^2025\s*8 papers$/,
    /^2024\s*4 papers$/,
  ]);
  const byMonth = page.getByRole("region", { name: "By month" });
  // Months with papers are links named by month, year and count; the others are listed, not linked.
  await expect(byMonth.getByRole("link", { name: /papers?$/ })).toHaveText([
    /^Jan\s*2025:\s*1\s*paper$/,
    /^Jul\s*2025:\s*6\s*papers$/,
    /^Aug\s*2025:\s*1\s*paper$/,
    /^Nov\s*2024:\s*1\s*paper$/,
    /^Dec\s*2024:\s*3\s*papers$/,
  ]);
  await expect(byMonth.getByText(/^\d{4}: no papers$/)).toHaveCount(19);
  await byMonth.getByRole("link", { name: "Dec 2024: 3 papers" }).click();
  await expect(page).toHaveURL("/month/2024-12/");
  await page.goBack();

  // Only the newest year is laid out day by day here, so the page does not grow with the years;
  // each year has its own page of calendars.
  await expect(page.getByRole("table")).toHaveCount(3);
  const latest = page.getByRole("region", { name: "2025, day by day" });
  const calendars = latest.getByRole("table");
  await expect(calendars.locator("caption")).toHaveText([
    /^August 2025\s*1 paper$/,
    /^July 2025\s*6 papers$/,
    /^January 2025\s*1 paper$/,
  ]);
  const july = calendars.filter({ has: page.locator("caption", { hasText: "July 2025" }) });
  await expect(july.getByRole("cell").getByRole("link")).toHaveText([
    "28: 2 papers",
    "31: 4 papers",
  ]);
  await expect(july.getByRole("columnheader")).toHaveCount(7);
  await expect(july.getByRole("cell", { name: "29", exact: true })).toBeVisible();
  await july.getByRole("link").filter({ hasText: "31: 4 papers" }).click();
  await expect(page).toHaveURL("/date/2025-07-31/");
  await page.goBack();

  await page.getByRole("link", { name: "2024", exact: true }).click();
  await expect(page).toHaveURL("/archive/2024/");
});

test("a year of the archive shows its calendars and leads to the years either side", async ({
  page,
}) => {
  await page.goto("archive/2024/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive of 2024");
  await expect(page.getByText("4 papers in 2 months.")).toBeVisible();
  const calendars = page.getByRole("table");
  await expect(calendars.locator("caption")).toHaveText([
    /^December 2024\s*3 papers$/,
    /^November 2024\s*1 paper$/,
  ]);
  const december = calendars.filter({ has: page.locator("caption", { hasText: "December 2024" }) });
  await expect(december.getByRole("cell").getByRole("link")).toHaveText([
    "23: 1 paper",
    "27: 1 paper",
    "30: 1 paper",
  ]);
  // Shaded against the busiest day of the whole collection (4 papers, on July 31 2025).
  await expect(december.locator("td.level-1")).toHaveCount(3);
  const years = page.getByRole("navigation", { name: "Other years" });
  await expect(years.getByText("No earlier years")).toBeVisible();
  await years.getByRole("link", { name: "Next year: 2025" }).click();
  await expect(page).toHaveURL("/archive/2025/");
  await expect(page.getByRole("table").locator("caption")).toHaveCount(3);
  await page
    .getByRole("navigation", { name: "Other years" })
    .getByRole("link", { name: "Previous year: 2024" })
    .click();
  await expect(page).toHaveURL("/archive/2024/");
  await page.getByRole("link", { name: "Every year, month by month" }).click();
  await expect(page).toHaveURL("/archive/");
});

test("the home page links to the archive", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("link", { name: "Browse every day in the archive" }).click();
  await expect(page).toHaveURL("/archive/");
});

test("every page of the site is reachable by links from the home page and loads cleanly", async ({
  page,
  baseURL,
}) => {
  // Visiting every page one after another takes longer than one page's test.
  test.setTimeout(240_000);
  const site = new URL(baseURL ?? "");
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), `h1 of ${path}`).toHaveCount(1);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      // Pages end in "/"; the feeds linked from every page (rss.xml, atom.xml...) are not pages.
      if (url.origin !== site.origin || seen.has(url.pathname) || !url.pathname.endsWith("/")) {
        continue;
      }
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  expect([...seen].sort()).toEqual(ALL_PAGES);
});

test("a missing page answers 404 with a page that leads back into the site", async ({
  page,
  siteWatch,
}) => {
  siteWatch.expectNotFound("papers/no-such-paper/");
  const response = await page.goto("papers/no-such-paper/");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Daily Papers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "Browse the archive by day" }).click();
  await expect(page).toHaveURL("/archive/");
});
