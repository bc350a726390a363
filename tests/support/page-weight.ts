import type { Page, Request } from "playwright-core";
import { gzipSize } from "../../bench/gzip-size.ts";
import type { PageType } from "./site-pages.ts";

/** What a loaded file is, by its Content-Type. */
export type ResourceKind = "html" | "css" | "js" | "font" | "other";

/** One file a page loaded, with its size as a compressing host sends it (bench/gzip-size.ts). */
export interface LoadedResource {
  url: string;
  kind: ResourceKind;
  gzipBytes: number;
}

/** Everything one page loaded until the network fell quiet. */
export interface PageWeight {
  url: string;
  resources: LoadedResource[];
  /** Every http(s) URL the page requested, in order, loaded or not. */
  requests: string[];
}

/** A page-weight budget of the issue, for the page types it applies to. */
export interface WeightBudget {
  label: string;
  pageTypes: readonly PageType[];
  kinds: readonly ResourceKind[];
  limitKiB: number;
}

/** The budgets every built site keeps, in KiB gzipped. */
export const WEIGHT_BUDGETS: readonly WeightBudget[] = [
  { label: "HTML+CSS of the home page", pageTypes: ["home"], kinds: ["html", "css"], limitKiB: 40 },
  { label: "HTML+CSS of a paper page", pageTypes: ["paper"], kinds: ["html", "css"], limitKiB: 25 },
  {
    // The search page is where the reader has touched search, so its code loads there at once.
    label: "JavaScript before the reader touches search",
    pageTypes: ["home", "day", "paper", "archive"],
    kinds: ["js"],
    limitKiB: 5,
  },
];

const KINDS: readonly [RegExp, ResourceKind][] = [
  [/^text\/html\b/, "html"],
  [/^text\/css\b/, "css"],
  [/^(text|application)\/(x-)?javascript\b/, "js"],
  [/^(font\/|application\/(x-)?font)/, "font"],
];

/**
 * Loads `url` in `page` and measures every file it loads until the network falls quiet, web fonts
 * included. Use a page of a fresh browser context: a cached file is not loaded again.
 */
export async function measurePageWeight(page: Page, url: string): Promise<PageWeight> {
  const requests: string[] = [];
  const bodies: Promise<LoadedResource | undefined>[] = [];
  const onRequest = (request: Request) => {
    if (/^https?:/.test(request.url())) requests.push(request.url());
  };
  const onFinished = (request: Request) => bodies.push(loadedResource(request));
  page.on("request", onRequest);
  page.on("requestfinished", onFinished);
  try {
    await page.goto(url);
    // Fonts are fetched once layout needs them, which can be after the load event.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
  } finally {
    page.off("request", onRequest);
    page.off("requestfinished", onFinished);
  }
  const resources = (await Promise.all(bodies)).filter((resource) => resource !== undefined);
  return { url, resources, requests };
}

async function loadedResource(request: Request): Promise<LoadedResource | undefined> {
  const response = await request.response();
  // Redirects and empty answers carry no body of their own.
  if (!response || response.status() >= 300 || !/^https?:/.test(request.url())) return undefined;
  const type = response.headers()["content-type"] ?? "";
  const kind = KINDS.find(([pattern]) => pattern.test(type))?.[1] ?? "other";
  return { url: request.url(), kind, gzipBytes: gzipSize(await response.body()) };
}

/** The gzipped bytes of the page's files of the given kinds. */
export function gzipBytes(weight: PageWeight, kinds: readonly ResourceKind[]): number {
  return weight.resources
    .filter((resource) => kinds.includes(resource.kind))
    .reduce((sum, resource) => sum + resource.gzipBytes, 0);
}

/** The requests that left the page's own origin. */
export function thirdPartyRequests(weight: PageWeight): string[] {
  const origin = new URL(weight.url).origin;
  return weight.requests.filter((url) => new URL(url).origin !== origin);
}

/** One line for a test's output: the page's bytes by kind, in KiB gzipped. */
export function describeWeight(weight: PageWeight): string {
  const parts = (["html", "css", "js", "font", "other"] as const).map(
    (kind) => `${kind} ${kib(gzipBytes(weight, [kind]))}`,
  );
  return `${parts.join(", ")} KiB gzip; ${weight.requests.length} requests`;
}

/** Bytes as KiB with one decimal, as the budgets are written. */
export function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
