// The reading list (issue 26, part 1): Save and Read toggles, hiding read papers, the /library/ page,
// its exports and import, tabs kept in step, and stored data it cannot read left as it was.
import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { libraryKey } from "../../src/library/storage/library-key.ts";
import { risRecords } from "../support/ris.ts";
import { expect, test } from "./support/site-test.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const KEY = libraryKey("/");
const DAY = "date/2025-07-31/";
const PAPER_PAGE = "papers/2507.20001/";
const PAPER_PAGE_TITLE = "Monday Paper on Sparse Attention";

const card = (page: Page, title: string) =>
  page
    .locator("article.card")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) });
const saveButton = (page: Page, title: string) =>
  page.getByRole("button", { name: `Save “${title}”`, exact: true });
const readButton = (page: Page, title: string) =>
  page.getByRole("button", { name: `Read “${title}”`, exact: true });
const entries = (page: Page) => page.locator(".library-entry .library-title");
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** The two first papers' titles on the day page, as its cards show them. */
async function dayTitles(page: Page): Promise<[string, string]> {
  await page.goto(DAY);
  const titles = await page.locator("article.card .title a").allTextContents();
  const [first, second] = titles.map((title) => title.trim());
  if (!first || !second) throw new Error(`${DAY} shows fewer than two papers`);
  return [first, second];
}

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const event: Promise<Download> = page.waitForEvent("download");
  await click();
  const download = await event;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

test.describe("the reading list", () => {
  test("saves from lists and paper pages, marks read, hides read papers, lists, exports and imports", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const [first, second] = await dayTitles(page);

    await test.step("save two papers from a day page, by pointer and by keyboard", async () => {
      await expect(saveButton(page, first)).toHaveAttribute("aria-pressed", "false");
      await saveButton(page, first).click();
      await expect(saveButton(page, first)).toHaveAttribute("aria-pressed", "true");
      await saveButton(page, second).focus();
      await page.keyboard.press("Space");
      await expect(saveButton(page, second)).toHaveAttribute("aria-pressed", "true");
    });

    await test.step("opening a paper marks it read; save it from its page", async () => {
      await page.goto(PAPER_PAGE);
      await expect(readButton(page, PAPER_PAGE_TITLE)).toHaveAttribute("aria-pressed", "true");
      await saveButton(page, PAPER_PAGE_TITLE).click();
      await expect(saveButton(page, PAPER_PAGE_TITLE)).toHaveAttribute("aria-pressed", "true");
    });

    await test.step("mark one read by hand and hide read papers, remembered after a reload", async () => {
      await page.goto(DAY);
      await expect(saveButton(page, first)).toHaveAttribute("aria-pressed", "true");
      await readButton(page, first).click();
      await expect(readButton(page, first)).toHaveAttribute("aria-pressed", "true");
      const hide = page.getByRole("checkbox", { name: "Hide papers I have read" });
      await expect(hide).not.toBeChecked();
      await hide.check();
      await expect(card(page, first)).toBeHidden();
      await expect(card(page, second)).toBeVisible();
      await page.reload();
      await expect(page.getByRole("checkbox", { name: "Hide papers I have read" })).toBeChecked();
      await expect(card(page, first)).toBeHidden();
      await expect(card(page, second)).toBeVisible();
    });

    await test.step("the library lists the three, most recently saved first, with their days", async () => {
      await page.goto("library/");
      await expect(entries(page)).toHaveText([PAPER_PAGE_TITLE, second, first]);
      const today = await page.evaluate(() =>
        new Date().toLocaleDateString(document.documentElement.lang, { dateStyle: "medium" }),
      );
      for (const meta of await page.locator(".library-entry .library-meta").all()) {
        await expect(meta).toContainText(`Saved ${today}`);
        await expect(meta).toContainText(/feed day \w{3} \d{1,2}, \d{4}/);
      }
      await page.getByRole("radio", { name: "Read", exact: true }).check();
      await expect(entries(page)).toHaveText([PAPER_PAGE_TITLE, first]);
      await page.getByRole("radio", { name: "Unread", exact: true }).check();
      await expect(entries(page)).toHaveText([second]);
      await page.getByRole("radio", { name: "All", exact: true }).check();
      await expect(page.getByText("3 saved papers, 2 read.")).toBeVisible();
    });

    await test.step("export each reference format and read every file back", async () => {
      const titles = [PAPER_PAGE_TITLE, second, first];
      const exported = (label: string) =>
        downloaded(page, () => page.getByRole("button", { name: label }).click());
      const bibtex = await exported("BibTeX (.bib)");
      expect(bibtex.name).toMatch(/\.bib$/);
      const items = new Cite(bibtex.text).format("data", { format: "object" }) as unknown as {
        title: string;
      }[];
      expect(items.map((item) => item.title)).toEqual(titles);
      const ris = await exported("RIS (.ris)");
      expect(ris.name).toMatch(/\.ris$/);
      const records = risRecords(ris.text);
      expect(records.map((record) => record.find(([tag]) => tag === "TI")?.[1])).toEqual(titles);
      const csl = await exported("CSL-JSON (.json)");
      expect(csl.name).toMatch(/\.json$/);
      const references = JSON.parse(csl.text) as { id: string; title: string; URL: string }[];
      expect(references.map((reference) => reference.title)).toEqual(titles);
      for (const reference of references) {
        expect(reference.URL).toContain(`/papers/${encodeURIComponent(reference.id)}/`);
      }
      expect(references[0]?.id).toBe("2507.20001");
    });

    await test.step("export the library and import it into a fresh browser", async () => {
      const file = await downloaded(page, () =>
        page.getByRole("button", { name: "Library file (.json)" }).click(),
      );
      expect(file.name).toMatch(/^library-\d{4}-\d{2}-\d{2}\.json$/);
      const fresh = await browser.newContext({ baseURL: baseURL ?? "" });
      try {
        const other = await fresh.newPage();
        await other.goto("library/");
        await expect(other.getByText("Nothing saved yet.")).toBeVisible();
        await other.getByLabel("Import a library file").setInputFiles({
          name: file.name,
          mimeType: "application/json",
          buffer: Buffer.from(file.text),
        });
        await expect(entries(other)).toHaveText([PAPER_PAGE_TITLE, second, first]);
        await expect(other.getByText("3 saved papers, 2 read.")).toBeVisible();
        await expect(
          other.getByRole("status").filter({ hasText: "3 new saved papers" }),
        ).toHaveCount(1);
        // Importing the same file again adds nothing.
        await other.getByLabel("Import a library file").setInputFiles({
          name: file.name,
          mimeType: "application/json",
          buffer: Buffer.from(file.text),
        });
        await expect(
          other.getByRole("status").filter({ hasText: "0 new saved papers" }),
        ).toHaveCount(1);
        await expect(entries(other)).toHaveCount(3);
        await other.goto(DAY);
        await expect(
          other.getByRole("checkbox", { name: "Hide papers I have read" }),
        ).toBeChecked();
      } finally {
        await fresh.close();
      }
    });

    await test.step("remove one, then clear all after a confirmation that can be cancelled", async () => {
      await page.getByRole("button", { name: `Remove “${second}”` }).click();
      await expect(entries(page)).toHaveText([PAPER_PAGE_TITLE, first]);
      await expect(page.getByRole("link", { name: first })).toBeFocused();
      page.once("dialog", (dialog) => void dialog.dismiss());
      await page.getByRole("button", { name: "Remove all saved papers…" }).click();
      await expect(entries(page)).toHaveCount(2);
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "Remove all saved papers…" }).click();
      await expect(entries(page)).toHaveCount(0);
      await expect(page.getByText("Nothing saved yet.")).toBeVisible();
    });
  });

  test("a save in one tab appears in another tab without a reload", async ({ page, context }) => {
    const [first] = await dayTitles(page);
    const other = await context.newPage();
    await other.goto("library/");
    await expect(other.getByText("Nothing saved yet.")).toBeVisible();
    const otherDay = await context.newPage();
    await otherDay.goto(DAY);
    await saveButton(page, first).click();
    await expect(saveButton(otherDay, first)).toHaveAttribute("aria-pressed", "true");
    await expect(entries(other)).toHaveText([first]);
    await saveButton(otherDay, first).click();
    await expect(saveButton(page, first)).toHaveAttribute("aria-pressed", "false");
    await expect(entries(other)).toHaveCount(0);
  });

  for (const [name, value, problem] of [
    ["garbage", "{not json", "it is not valid JSON"],
    ["a foreign object", '{"theme":"dark","items":[1,2]}', "no version number"],
    [
      "a future version",
      '{"version":99,"saved":{},"read":{},"settings":{"hideRead":false}}',
      "written by a newer release (version 99",
    ],
  ] as const) {
    test(`${name} in storage breaks no page and is left as it was`, async ({ page }) => {
      const warnings: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "warning") warnings.push(message.text());
      });
      await page.goto(DAY);
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, value] as const);
      warnings.length = 0;
      await page.reload();
      await expect(page.locator("article.card").first()).toBeVisible();
      await expect(page.locator("[data-library]")).toHaveCount(0);
      await expect(page.getByRole("checkbox", { name: "Hide papers I have read" })).toHaveCount(0);
      await expect.poll(() => warnings.filter((text) => text.includes(problem)).length).toBe(1);
      await page.goto(PAPER_PAGE);
      await expect(page.locator("[data-library]")).toHaveCount(0);
      await page.goto("library/");
      await expect(
        page.getByRole("heading", { name: "Your saved papers could not be read" }),
      ).toBeVisible();
      await expect(page.getByText(problem)).toBeVisible();
      await expect(page.getByRole("button", { name: "BibTeX (.bib)" })).toBeHidden();
      const copy = await downloaded(page, () =>
        page.getByRole("button", { name: "Download the stored data" }).click(),
      );
      expect(copy.text).toBe(value);
      expect(await stored(page)).toBe(value);
    });
  }

  test("without JavaScript, lists have no toggles and the library says what it needs", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? "" });
    try {
      const page = await context.newPage();
      await page.goto(DAY);
      await expect(page.locator("article.card").first()).toBeVisible();
      await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
      await page.goto("library/");
      await expect(page.getByText("Your library needs JavaScript")).toBeVisible();
      await expect(page.getByText("It lives in this browser only")).toBeVisible();
      await expect(page.getByRole("button")).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`pages with the toggles and the library have no WCAG 2.2 AA violations (${colorScheme}, 320 px)`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 320, height: 720 });
      const [first, second] = await dayTitles(page);
      await saveButton(page, first).click();
      await saveButton(page, second).click();
      await readButton(page, second).click();
      for (const path of [DAY, PAPER_PAGE, "library/", "search/?q=paper"]) {
        await page.goto(path);
        await expect(page.locator("[data-library]").first()).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          elements: violation.nodes.map((node) => node.target.join(" ")),
        }));
        expect(violations, path).toEqual([]);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} fits 320 px`).toBeLessThanOrEqual(320);
      }
    });
  }

  for (const width of [320, 1280]) {
    test(`inserting the toggles and the hide-read switch moves nothing (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript(() => {
        const record = window as unknown as { layoutShift: number };
        record.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[]) {
            record.layoutShift += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      for (const path of [DAY, "week/2025-W31/", PAPER_PAGE, "tags/quantization/"]) {
        await page.goto(path);
        await expect(page.locator("[data-library]").first()).toBeVisible();
        const shift = await page.evaluate(
          () => (window as unknown as { layoutShift: number }).layoutShift,
        );
        expect(shift, `layout shift on ${path}`).toBe(0);
      }
    });
  }

  test("search results get toggles, and hide read papers when asked", async ({ page }) => {
    await page.goto(PAPER_PAGE);
    await page.goto("search/?q=Monday");
    const results = page.locator(".search-result");
    await expect(results.first()).toBeVisible();
    await expect(saveButton(page, PAPER_PAGE_TITLE)).toBeVisible();
    const count = await results.count();
    await page.getByRole("checkbox", { name: "Hide papers I have read" }).check();
    await expect(results.filter({ hasText: PAPER_PAGE_TITLE })).toBeHidden();
    await expect(results.locator("visible=true")).toHaveCount(count - 1);
  });
});
