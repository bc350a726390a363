import type { Page } from "@playwright/test";
import { cspHash } from "../../src/lib/publish/csp-hash.ts";
import { expect, test } from "./support/site-test.ts";

// Every page carries Astro's Content Security Policy (astro.config.mjs, BaseLayout.astro) in a
// <meta>. These tests read it from each kind of page, use the site under it (search included), and
// show that it is enforced rather than merely present.

// Search loads its code and index in a worker on first use, which takes a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

const MATH_PAPER = "papers/2307.03381/";

const PAGES: readonly { kind: string; path: string; math?: boolean; notFound?: boolean }[] = [
  { kind: "home", path: "./" },
  { kind: "day", path: "date/2025-07-28/" },
  { kind: "week", path: "week/2025-W31/" },
  { kind: "month", path: "month/2025-07/" },
  { kind: "paper with math", path: MATH_PAPER, math: true },
  { kind: "paper with a thumbnail", path: "papers/2507.00001/" },
  { kind: "tag", path: "tags/quantization/" },
  { kind: "tags", path: "tags/" },
  { kind: "author", path: "authors/ada-lovelace/" },
  { kind: "archive", path: "archive/" },
  { kind: "archive year", path: "archive/2025/" },
  { kind: "search", path: "search/?q=monday" },
  { kind: "library", path: "library/" },
  { kind: "404", path: "no-such-page/", notFound: true },
];

/** A `securitypolicyviolation` event, as the page reported it. */
interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

/** Collects every policy violation on every page the test opens, across navigations. */
async function recordViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction("reportCspViolation", (violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    const reporter = window as unknown as { reportCspViolation: (violation: Violation) => void };
    document.addEventListener("securitypolicyviolation", (event) => {
      reporter.reportCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: location.href,
      });
    });
  });
  return violations;
}

/** Waits for the page's queued tasks (violation events among them) to have run and reported. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** The page's policy, directive by directive, read from its one CSP `<meta>`. */
async function readPolicy(page: Page): Promise<Map<string, string[]>> {
  const meta = page.locator('head > meta[http-equiv="content-security-policy" i]');
  await expect(meta).toHaveCount(1);
  const policy = new Map<string, string[]>();
  for (const directive of ((await meta.getAttribute("content")) ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name), `${name} appears once in the policy`).toBe(false);
    policy.set(name, sources);
  }
  return policy;
}

/** The text of every inline script (not JSON data) and inline style element on the page. */
function inlineCode(page: Page): Promise<{ scripts: string[]; styles: string[] }> {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll("script:not([src])")]
      .filter((script) =>
        ["", "module", "text/javascript"].includes(script.getAttribute("type") ?? ""),
      )
      .map((script) => script.textContent ?? ""),
    styles: [...document.querySelectorAll("style")].map((style) => style.textContent ?? ""),
  }));
}

const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;
// frame-ancestors, sandbox and report-uri are ignored in a <meta> (and Chromium warns about them).
const DIRECTIVES = [
  "default-src",
  "img-src",
  "font-src",
  "worker-src",
  "connect-src",
  "form-action",
  "base-uri",
  "object-src",
  "script-src",
  "script-src-attr",
  "style-src",
];

test.describe("every kind of page carries the Content Security Policy", () => {
  for (const { kind, path, math = false, notFound = false } of PAGES) {
    test(`the ${kind} page`, async ({ page, siteWatch }) => {
      if (notFound) siteWatch.expectNotFound(path);
      const violations = await recordViolations(page);
      await page.goto(path);
      const policy = await readPolicy(page);

      expect([...policy.keys()].sort()).toEqual(
        [...DIRECTIVES, ...(math ? ["style-src-attr"] : [])].sort(),
      );
      expect(Object.fromEntries(policy)).toMatchObject({
        "default-src": ["'none'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "worker-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "script-src-attr": ["'none'"],
      });
      // Scripts: the site's own files and the hashes of its inline ones; nothing unsafe.
      const scriptSrc = policy.get("script-src") ?? [];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc[0]).toBe("'self'");
      expect(scriptSrc.slice(1).filter((source) => !HASH.test(source))).toEqual([]);
      // Styles: likewise; style attributes only where KaTeX lays out math.
      const styleSrc = policy.get("style-src") ?? [];
      expect(styleSrc[0]).toBe("'self'");
      expect(styleSrc.slice(1).filter((source) => !HASH.test(source))).toEqual([]);
      if (math) expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
      // No origin but the site's own: no scheme, host or wildcard anywhere.
      const sources = [...policy.values()].flat();
      expect(sources.filter((source) => !/^'[^']+'$/.test(source))).toEqual([]);

      // Every inline script and style is allowed by its hash, so the policy holds wherever a host
      // delivers it (a header covers the whole page; a <meta> only what follows it).
      const { scripts, styles } = await inlineCode(page);
      for (const script of scripts) expect(scriptSrc).toContain(`'${cspHash(script)}'`);
      for (const style of styles) expect(styleSrc).toContain(`'${cspHash(style)}'`);
      // Style attributes fall under style-src here, which refuses them: a page must have none.
      if (!math) {
        await expect(page.locator("[style]")).toHaveCount(0);
      }

      await page.waitForLoadState("networkidle");
      await settle(page);
      expect(violations).toEqual([]);
    });
  }
});

test("search works under the policy: the header box, its results, and the search page", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto("./");
  const box = page.getByLabel("Search papers", { exact: true });
  await box.focus();
  await box.pressSequentially("monday");
  const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(options).toHaveCount(3);
  await page.keyboard.press("ArrowDown");
  const title = (await options.first().locator(".search-result-title").textContent()) ?? "";
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // With no result chosen, Enter submits the form to the site's own search page (form-action).
  const header = page.getByLabel("Search papers", { exact: true });
  await header.focus();
  await header.pressSequentially("quantization");
  await expect(options).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=quantization$/);
  const results = page.locator("[data-search-results] > li");
  await expect(results).toHaveText([/Another Monday Paper on Quantization/]);
  await expect(page.locator("[data-search-noscript]")).toHaveCount(0);

  await page.goto("search/?q=monday");
  await expect(results).toHaveCount(3);
  await settle(page);
  expect(violations).toEqual([]);
});

test("math is laid out under the policy exactly as without it: KaTeX's stylesheet, fonts and style attributes apply", async ({
  page,
  browser,
  baseURL,
}) => {
  const violations = await recordViolations(page);
  await page.goto(MATH_PAPER);
  const katex = page.locator(".abstract .katex");
  await expect(katex).toHaveCount(3);
  await expect(katex.first()).toHaveCSS("font-family", /KaTeX_Main/);
  await page.evaluate(() => document.fonts.ready);
  const loadedFonts = await page.evaluate(() =>
    [...document.fonts].filter((font) => font.status === "loaded").map((font) => font.family),
  );
  expect(loadedFonts).toContain("KaTeX_Main");
  // A strut holds a formula's height through its style="height:…" attribute; refused, it has none.
  const struts = await page.locator(".abstract .katex-html .katex-strut").evaluateAll((elements) =>
    elements.map((element) => ({
      declared: (element as HTMLElement).style.height,
      height: getComputedStyle(element).height,
      fontSize: Number.parseFloat(getComputedStyle(element).fontSize),
    })),
  );
  expect(struts.length).toBeGreaterThan(0);
  for (const { declared, height, fontSize } of struts) {
    expect(declared).toMatch(/^[\d.]+em$/);
    expect(Number.parseFloat(height)).toBeCloseTo(Number.parseFloat(declared) * fontSize, 1);
  }

  // The same page in a browser that ignores the policy draws every piece of math in the same place.
  const unguarded = await browser.newContext({
    bypassCSP: true,
    viewport: page.viewportSize(),
    ...(baseURL ? { baseURL } : {}),
  });
  const reference = await unguarded.newPage();
  await reference.goto(MATH_PAPER);
  await reference.evaluate(() => document.fonts.ready);
  const layout = (target: Page) =>
    target.locator(".abstract .katex-html *").evaluateAll((elements) =>
      elements.map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return [x, y, width, height];
      }),
    );
  const guarded = await layout(page);
  expect(guarded.length).toBeGreaterThan(0);
  expect(guarded).toEqual(await layout(reference));
  await unguarded.close();

  await page.waitForLoadState("networkidle");
  await settle(page);
  expect(violations).toEqual([]);
});

test("the policy is enforced: injected script, handlers, eval, styles and other origins are refused", async ({
  page,
  siteWatch,
}) => {
  // Chromium logs each refusal on the console; here they are what the test sets out to cause.
  siteWatch.expectConsoleErrors(/Content Security Policy/);
  const violations = await recordViolations(page);
  await page.goto("./");
  await page.waitForLoadState("networkidle");
  await settle(page);
  expect(violations).toEqual([]);

  // Each attempt, had it been allowed, would leave its name in data-ran on the root element.
  const outcome = await page.evaluate(async () => {
    const root = document.documentElement;
    // void: a javascript: URL that yields a string would replace the page with it.
    const ran = (what: string) => `void (document.documentElement.dataset.ran += " ${what}")`;
    root.dataset["ran"] = "";

    const script = document.createElement("script");
    script.textContent = ran("inline-script");
    document.body.append(script);

    const button = document.createElement("button");
    button.setAttribute("onclick", ran("onclick"));
    document.body.append(button);
    button.click();

    const link = document.createElement("a");
    link.href = `javascript:${ran("javascript-url")}`;
    document.body.append(link);
    link.click();

    // A string for a timer is eval; evaluated here directly, DevTools would be allowed to run it.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- being refused is the point
    setTimeout(ran("eval"), 0);

    const styled = document.createElement("p");
    styled.setAttribute("style", "outline: 7px solid red");
    document.body.append(styled);

    const style = document.createElement("style");
    style.textContent = "html { outline: 9px solid red }";
    document.head.append(style);

    const image = document.createElement("img");
    image.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
    document.body.append(image);

    // Had the policy let this through, the site watch would report a request outside the site.
    await fetch("https://third-party.example/data.json").catch(() => undefined);

    await new Promise((resolve) => setTimeout(resolve, 0));
    return {
      ran: root.dataset["ran"],
      styleAttribute: getComputedStyle(styled).outlineStyle,
      styleElement: getComputedStyle(root).outlineStyle,
    };
  });

  expect(outcome).toEqual({
    ran: "",
    styleAttribute: "none",
    styleElement: "none",
  });
  await expect
    .poll(() => violations.map(({ directive, blocked }) => `${directive} ${blocked}`).sort())
    .toEqual(
      [
        "script-src-elem inline",
        "script-src-attr inline",
        "script-src-elem inline",
        "script-src eval",
        "style-src-attr inline",
        "style-src-elem inline",
        "img-src data",
        "connect-src https://third-party.example/data.json",
      ].sort(),
    );
});
