import siteConfig from "../../site.config.ts";
import { cspHash } from "../lib/publish/csp-hash.ts";
import { createUrls } from "../lib/publish/urls.ts";

/** The site's configuration, from site.config.ts. */
export const site = siteConfig;

// Validated #rrggbb values from site.config.ts, so this cannot inject anything.
const accentCss = `:root{--accent-light:${site.colors.accentLight};--accent-dark:${site.colors.accentDark}}`;

/** The accent colours as CSS variables for every page's inline <style>, and that style's CSP hash. */
export const accentStyle = { css: accentCss, hash: cspHash(accentCss) };

/** A URL path of the site made absolute, for what is read away from the site (feeds, the API). */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** Every URL path of the site, under its base path. */
export const urls = createUrls(import.meta.env.BASE_URL);
