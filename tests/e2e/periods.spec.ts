import type { Page } from "@playwright/test";
import { attributeValues, expect, test } from "./support/site-test.ts";

// Intl sets date ranges with thin spaces around the dash.
const WEEK_31 = "Week 31, 2025 (Jul 28\u2009–\u2009Aug 3)";
const WEEK_1 = "Week 1, 2025 (Dec 30, 2024\u2009–\u2009Jan 5, 2025)";
const WEEK_52 = "Week 52, 2024 (Dec 23\u2009–\u200929)";
const WEEK_48 = "Week 48, 2024 (Nov 25\u2009–\u2009Dec 1)";

interface Neighbours {
  path: string;
  unit: "day" | "week" | "month";
  title: string;
  older: { label: string; href: string } | undefined;
  newer: { label: string; href: string } | undefined;
  related: { label: string; href: string }[];
}

// Older and newer skip periods without papers: no day between January 2 and July 28 2025 has any.
const NEIGHBOURS: Neighbours[] = [
  {
    path: "/date/2025-07-28/",
    unit: "day",
    title: "Monday, July 28, 2025",
    older: { label: "Thursday, January 2, 2025", href: "/date/2025-01-02/" },
    newer: { label: "Thursday, July 31, 2025", href: "/date/2025-07-31/" },
    related: [
      { label: WEEK_31, href: "/week/2025-W31/" },
      { label: "July 2025", href: "/month/2025-07/" },
    ],
  },
  {
    path: "/date/2024-11-29/",
    unit: "day",
    title: "Friday, November 29, 2024",
    older: undefined,
    newer: { label: "Monday, December 23, 2024", href: "/date/2024-12-23/" },
    related: [
      { label: WEEK_48, href: "/week/2024-W48/" },
      { label: "November 2024", href: "/month/2024-11/" },
    ],
  },
  {
    path: "/date/2024-12-27/",
    unit: "day",
    title: "Friday, December 27, 2024",
    older: { label: "Monday, December 23, 2024", href: "/date/2024-12-23/" },
    newer: { label: "Monday, December 30, 2024", href: "/date/2024-12-30/" },
    related: [
      { label: WEEK_52, href: "/week/2024-W52/" },
      { label: "December 2024", href: "/month/2024-12/" },
    ],
  },
  {
    path: "/date/2025-08-01/",
    unit: "day",
    title: "Friday, August 1, 2025",
    older: { label: "Thursday, July 31, 2025", href: "/date/2025-07-31/" },
    newer: undefined,
    related: [
      { label: WEEK_31, href: "/week/2025-W31/" },
      { label: "August 2025", href: "/month/2025-08/" },
    ],
  },
  {
    path: "/week/2025-W31/",
    unit: "week",
    title: WEEK_31,
    older: { label: WEEK_1, href: "/week/2025-W01/" },
    newer: undefined,
    related: [
      { label: "July 2025", href: "/month/2025-07/" },
      { label: "August 2025", href: "/month/2025-08/" },
    ],
  },
  {
    path: "/week/2025-W01/",
    unit: "week",
    title: WEEK_1,
    older: { label: WEEK_52, href: "/week/2024-W52/" },
    newer: { label: WEEK_31, href: "/week/2025-W31/" },
    related: [
      { label: "December 2024", href: "/month/2024-12/" },
      { label: "January 2025", href: "/month/2025-01/" },
    ],
  },
  {
    // Week 48 reaches into December, but only its November day has papers.
    path: "/week/2024-W48/",
    unit: "week",
    title: WEEK_48,
    older: undefined,
    newer: { label: WEEK_52, href: "/week/2024-W52/" },
    related: [{ label: "November 2024", href: "/month/2024-11/" }],
  },
  {
    path: "/month/2025-07/",
    unit: "month",
    title: "July 2025",
    older: { label: "January 2025", href: "/month/2025-01/" },
    newer: { label: "August 2025", href: "/month/2025-08/" },
    related: [{ label: WEEK_31, href: "/week/2025-W31/" }],
  },
  {
    path: "/month/2024-12/",
    unit: "month",
    title: "December 2024",
    older: { label: "November 2024", href: "/month/2024-11/" },
    newer: { label: "January 2025", href: "/month/2025-01/" },
    related: [
      { label: WEEK_52, href: "/week/2024-W52/" },
      { label: WEEK_1, href: "/week/2025-W01/" },
    ],
  },
  {
    path: "/month/2024-11/",
    unit: "month",
    title: "November 2024",
    older: undefined,
    newer: { label: "December 2024", href: "/month/2024-12/" },
    related: [{ label: WEEK_48, href: "/week/2024-W48/" }],
  },
];

function periodNav(page: Page, unit: string) {
  return page.getByRole("navigation", { name: `Other ${unit}s` });
}

for (const { path, unit, title, older, newer, related } of NEIGHBOURS) {
  test(`${path} links to its older and newer ${unit}s and to its other views`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(`${title} · Daily Papers`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const nav = periodNav(page, unit);
    const olderLink = nav.locator('a[rel="prev"]');
    const newerLink = nav.locator('a[rel="next"]');
    if (older) {
      await expect(olderLink).toHaveAccessibleName(`Previous ${unit}: ${older.label}`);
      await expect(olderLink).toHaveAttribute("href", older.href);
    } else {
      await expect(olderLink).toHaveCount(0);
      await expect(nav.getByText(`No earlier ${unit}s`)).toBeVisible();
    }
    if (newer) {
      await expect(newerLink).toHaveAccessibleName(`Next ${unit}: ${newer.label}`);
      await expect(newerLink).toHaveAttribute("href", newer.href);
    } else {
      await expect(newerLink).toHaveCount(0);
      await expect(nav.getByText(`No later ${unit}s`)).toBeVisible();
    }
    const relatedLinks = nav.locator(".related").getByRole("link");
    await expect(relatedLinks).toHaveText(related.map((link) => link.label));
    await expect
      .poll(() => attributeValues(relatedLinks, "href"))
      .toEqual(related.map((link) => link.href));
  });
}

test("the older and newer links and the related views lead to their pages", async ({ page }) => {
  await page.goto("/date/2025-07-28/");
  await periodNav(page, "day").getByRole("link", { name: "Previous day:" }).click();
  await expect(page).toHaveURL("/date/2025-01-02/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thursday, January 2, 2025");
  await periodNav(page, "day").getByRole("link", { name: WEEK_1 }).click();
  await expect(page).toHaveURL("/week/2025-W01/");
  await periodNav(page, "week").getByRole("link", { name: "Next week:" }).click();
  await expect(page).toHaveURL("/week/2025-W31/");
  await periodNav(page, "week").getByRole("link", { name: "August 2025" }).click();
  await expect(page).toHaveURL("/month/2025-08/");
  await periodNav(page, "month").getByRole("link", { name: "Previous month:" }).click();
  await expect(page).toHaveURL("/month/2025-07/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("July 2025");
});

test("a day lists its papers by upvotes, most first, then by title", async ({ page }) => {
  await page.goto("/date/2025-07-31/");
  await expect(page.getByText("4 papers", { exact: true })).toBeVisible();
  const cards = page.getByRole("article");
  await expect(cards.getByRole("heading", { level: 2 })).toHaveText([
    "A Survey of Fixture Papers Without an arXiv Id",
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
    "An Old-Style Identifier in High-Energy Theory",
    "Thumbnails Beside Their Papers",
  ]);
  await expect(cards.locator(".upvotes")).toHaveText([
    "▲ 30 upvotes",
    "▲ 12 upvotes",
    "▲ 3 upvotes",
    "▲ 3 upvotes",
  ]);
});

test("a day whose papers have no upvotes lists them by title", async ({ page }) => {
  await page.goto("/date/2025-07-28/");
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText([
    "Another Monday Paper on Quantization",
    "Monday Paper on Sparse Attention",
  ]);
});

test("a week's most upvoted papers come first on its top page, ties in the feed's order", async ({
  page,
}) => {
  await page.goto("/week/2025-W31/");
  await page.getByRole("link", { name: "Most upvoted", exact: true }).click();
  await expect(page).toHaveURL("/week/2025-W31/top/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Most upvoted papers of ${WEEK_31}`,
  );
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText([
    "A Survey of Fixture Papers Without an arXiv Id",
    "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
    "An Old-Style Identifier in High-Energy Theory",
    "Thumbnails Beside Their Papers",
    "August Paper in the Same Week",
    "Another Monday Paper on Quantization",
    "Monday Paper on Sparse Attention",
  ]);
  await page.getByRole("link", { name: `${WEEK_31}, newest first` }).click();
  await expect(page).toHaveURL("/week/2025-W31/");
});

test("a week whose papers have no upvotes has no most upvoted view", async ({ page }) => {
  await page.goto("/week/2024-W52/");
  // The page itself is absent: tests/build/pagination.test.ts checks the output folder.
  await expect(page.getByRole("link", { name: "Most upvoted" })).toHaveCount(0);
});

test("a paper's card is headed one level below its section on every page that shows it", async ({
  page,
}) => {
  // Cards are rendered once per build and heading level (EachOnce.astro): the day's own page has no
  // day headings, so its cards are h2; on a week's and a month's page they sit under a day's h2.
  const title = "Monday Paper on Sparse Attention";
  for (const [url, level] of [
    ["/date/2025-07-28/", 2],
    ["/week/2025-W31/", 3],
    ["/month/2025-07/", 3],
  ] as const) {
    await page.goto(url);
    const card = page.getByRole("article").filter({ hasText: title });
    await expect(card.getByRole("heading", { level })).toHaveText(title);
    await expect(card.getByRole("heading", { level: level === 2 ? 3 : 2 })).toHaveCount(0);
  }
});

test("a week groups the days of its ISO week, even across a new year", async ({ page }) => {
  await page.goto("/week/2025-W01/");
  await expect(page.getByText("2 papers on 2 days")).toBeVisible();
  const days = page.locator("section.day");
  await expect(days.getByRole("heading", { level: 2 })).toHaveText([
    /^Thursday, January 2, 2025/,
    /^Monday, December 30, 2024/,
  ]);
  await expect(days.nth(0).getByRole("heading", { level: 3 })).toHaveText(["New Year Paper"]);
  await expect(days.nth(1).getByRole("heading", { level: 3 })).toHaveText([
    "A Paper From the Last Monday of 2024",
  ]);
  await expect(page.getByText("A Paper From Week 52")).toHaveCount(0);

  await days.nth(1).getByRole("link", { name: "Monday, December 30, 2024" }).click();
  await expect(page).toHaveURL("/date/2024-12-30/");
});

test("a week spanning two months shows the days of both", async ({ page }) => {
  await page.goto("/week/2025-W31/");
  await expect(page.getByText("7 papers on 3 days")).toBeVisible();
  await expect(page.locator("section.day").getByRole("heading", { level: 2 })).toHaveText([
    /^Friday, August 1, 2025\s*1 paper$/,
    /^Thursday, July 31, 2025\s*4 papers$/,
    /^Monday, July 28, 2025\s*2 papers$/,
  ]);
});

test("a month shows its own days only, newest first", async ({ page }) => {
  await page.goto("/month/2025-07/");
  await expect(page.getByText("6 papers on 2 days")).toBeVisible();
  await expect(page.locator("section.day").getByRole("heading", { level: 2 })).toHaveText([
    /^Thursday, July 31, 2025/,
    /^Monday, July 28, 2025/,
  ]);
  await expect(page.getByText("August Paper in the Same Week")).toHaveCount(0);

  // December 30 belongs to ISO week 1 of 2025, yet to the month of December 2024.
  await page.goto("/month/2024-12/");
  await expect(page.getByText("3 papers on 3 days")).toBeVisible();
  await expect(page.locator("section.day").getByRole("heading", { level: 2 })).toHaveText([
    /^Monday, December 30, 2024/,
    /^Friday, December 27, 2024/,
    /^Monday, December 23, 2024/,
  ]);
  await expect(page.locator("section.day").getByRole("heading", { level: 3 })).toHaveText([
    "A Paper From the Last Monday of 2024",
    "A Paper From Week 52",
    `<img src=x onerror="document.body.dataset.injected='title'"> A Hostile Title`,
  ]);
});
