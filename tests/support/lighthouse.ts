import { createServer } from "node:net";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.ts";

/** Lighthouse's two form factors: its default (a mid-range phone) and its desktop configuration. */
export const FORM_FACTORS = ["mobile", "desktop"] as const;

/** One of Lighthouse's form factors. */
export type FormFactor = (typeof FORM_FACTORS)[number];

/** The categories the release gates hold at 100; performance depends on timing, so the bench has it. */
export const GATED_CATEGORIES = ["accessibility", "best-practices", "seo"] as const;

/** A Chromium that Lighthouse drives through its DevTools port; one serves every audit of a run. */
export interface AuditBrowser {
  /** The same browser for Playwright, to load pages in contexts of its own. */
  browser: Browser;
  port: number;
  close(): Promise<void>;
}

/** Launches the Chromium every browser test uses (scripts/chromium.ts), open to Lighthouse. */
export async function launchAuditBrowser(): Promise<AuditBrowser> {
  const port = await freePort();
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    ...(executablePath ? { executablePath } : {}),
  });
  return { browser, port, close: () => browser.close() };
}

/**
 * Audits one page with Lighthouse in a new tab of `auditor`, in `formFactor`'s configuration, for
 * `categories` only. Throws with Lighthouse's reason when it could not audit the page at all.
 */
export async function runLighthouse(
  auditor: AuditBrowser,
  url: string,
  formFactor: FormFactor,
  categories: readonly string[],
): Promise<Result> {
  const result = await lighthouse(
    url,
    {
      port: auditor.port,
      logLevel: "error",
      onlyCategories: [...categories],
      // The screenshot of the whole page only illustrates the HTML report, which nobody reads here.
      disableFullPageScreenshot: true,
    },
    formFactor === "desktop" ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned no result for ${url} (${formFactor})`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    throw new Error(
      `Lighthouse could not audit ${url} (${formFactor}): ${lhr.runtimeError.message}`,
    );
  }
  return lhr;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
