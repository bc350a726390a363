// The sites the browser tests and release gates run against: one list, shared by the script that
// builds them (`npm run build:e2e`), the Playwright config that serves them, and the gate specs that
// check every page of each.

/** One site built for the browser tests, served by `npm run <previewScript>`. */
export interface E2eSite {
  /** Playwright project name; also how test titles and messages name the site. */
  name: string;
  /** Collection of paper files the site is built from. */
  papersDir: string;
  /** Output folder, relative to the project root. */
  outDir: string;
  /** Base path the site is built for ("/" or "/daily-papers/"). */
  basePath: string;
  /** Port `astro preview` serves it on, at 127.0.0.1. */
  port: number;
  /** npm script that serves it. */
  previewScript: string;
}

/** Every site `npm run build:e2e` builds, in build order. */
export const E2E_SITES: readonly E2eSite[] = [
  {
    name: "root",
    papersDir: "tests/fixtures/site/papers",
    outDir: "dist-e2e",
    basePath: "/",
    port: 4400,
    previewScript: "preview:e2e",
  },
  {
    name: "subpath",
    papersDir: "tests/fixtures/site/papers",
    outDir: "dist-e2e-subpath",
    basePath: "/daily-papers/",
    port: 4401,
    previewScript: "preview:e2e-subpath",
  },
  {
    name: "seed",
    papersDir: "content/papers",
    outDir: "dist-e2e-seed",
    basePath: "/",
    port: 4402,
    previewScript: "preview:e2e-seed",
  },
  {
    name: "hostile",
    papersDir: "tests/fixtures/hostile/papers",
    outDir: "dist-e2e-hostile",
    basePath: "/",
    port: 4403,
    previewScript: "preview:e2e-hostile",
  },
];

/** The URL a site's home page is served at. */
export function siteUrl(site: E2eSite): string {
  return `http://127.0.0.1:${site.port}${site.basePath}`;
}
