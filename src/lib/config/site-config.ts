import { contrastRatio } from "./contrast.ts";
import { ConfigError } from "./config-error.ts";
import { readEnvUrl } from "./env-url.ts";

/** What a fork of Daily Papers sets in `site.config.ts` to make the site its own. */
export interface SiteConfigInput {
  /** The site's name, shown in the header, page titles and feeds. */
  title: string;
  /** One sentence about the site, used as the home page's description. */
  description: string;
  /** The public origin the site is served from, e.g. `https://papers.example.org`. */
  url: string;
  /** The path the site lives under: `/` at a domain root, `/daily-papers/` for a GitHub Pages project site. */
  base?: string;
  /** The language of the site and the locale dates are written in (BCP 47), e.g. `en-US`. */
  locale?: string;
  /** How many of the latest days with papers the home page shows. */
  homeDays?: number;
  /** How many authors a paper card names before it says "+N". */
  cardAuthors?: number;
  /** How many of the latest papers each feed (RSS, Atom, JSON Feed, and each tag's RSS) carries. */
  feedItems?: number;
  /** How many papers a tag's or an author's page lists before the list goes on to a next page. */
  pageSize?: number;
  /**
   * How many papers a day's, a week's or a month's page lists before going on to a next page; a
   * month of a busy site holds over a thousand.
   */
  periodPageSize?: number;
  /** The folder of paper files, from the project root. */
  papersDir?: string;
  /**
   * How many days after today (UTC) a paper's feed day may be: a later one fails `papers:validate`
   * and the build, and one more than a day ahead gets a warning, since it would lead the home page.
   */
  maxDaysAhead?: number;
  /** The repository of the site's content, linked as "Add a paper". */
  repository?: string;
  /** The accent colour (links, highlights) in light and dark mode; each must contrast 4.5:1 with the page. */
  colors?: { accentLight?: string; accentDark?: string };
}

/** The site configuration with every default filled in and every value checked. */
export interface SiteConfig {
  title: string;
  description: string;
  url: string;
  base: string;
  locale: string;
  homeDays: number;
  cardAuthors: number;
  feedItems: number;
  pageSize: number;
  periodPageSize: number;
  papersDir: string;
  maxDaysAhead: number;
  repository: string | undefined;
  colors: { accentLight: string; accentDark: string };
}

/** The page background in light and dark mode, which accent colours are checked against. */
export const PAGE_BACKGROUND = { light: "#ffffff", dark: "#121417" } as const;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
// Segments of URL-safe characters between slashes; anything else would need escaping in every link.
const BASE_PATH = /^\/*(?:[\w.~-]+\/+)*(?:[\w.~-]+)?\/*$/;
const BASE_EXAMPLE = "/daily-papers/";

/**
 * Fills in defaults and checks a site configuration; `SITE_URL`, `BASE_PATH` and `PAPERS_DIR` in the
 * environment override `url`, `base` and `papersDir`, so a deploy or a test can build the same site
 * elsewhere without editing the file.
 */
export function defineSiteConfig(
  input: SiteConfigInput,
  env: Record<string, string | undefined> = process.env,
): SiteConfig {
  const url = readEnvUrl(env, "SITE_URL", "https://papers.example.org") ?? URL.parse(input.url);
  // Any other scheme (mailto:, ftp:) parses but has no web origin to serve pages from.
  if (url?.protocol !== "https:" && url?.protocol !== "http:") {
    throw new ConfigError(
      `site.config.ts: url must be an absolute URL such as https://example.org, not "${input.url}"`,
    );
  }
  const base = readBase(env["BASE_PATH"], input.base);
  const config: SiteConfig = {
    title: input.title,
    description: input.description,
    url: url.origin,
    base,
    locale: input.locale ?? "en-US",
    homeDays: input.homeDays ?? 3,
    cardAuthors: input.cardAuthors ?? 4,
    feedItems: input.feedItems ?? 50,
    pageSize: input.pageSize ?? 50,
    periodPageSize: input.periodPageSize ?? 50,
    papersDir: env["PAPERS_DIR"] || input.papersDir || "content/papers",
    maxDaysAhead: input.maxDaysAhead ?? 7,
    repository: input.repository,
    colors: {
      accentLight: input.colors?.accentLight ?? "#9a3412",
      accentDark: input.colors?.accentDark ?? "#fdba74",
    },
  };
  if (!config.title.trim()) throw new ConfigError("site.config.ts: title must not be empty");
  for (const [name, value] of [
    ["homeDays", config.homeDays],
    ["cardAuthors", config.cardAuthors],
    ["feedItems", config.feedItems],
    ["pageSize", config.pageSize],
    ["periodPageSize", config.periodPageSize],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new ConfigError(
        `site.config.ts: ${name} must be a whole number of 1 or more, not ${value}`,
      );
    }
  }
  if (!Number.isInteger(config.maxDaysAhead) || config.maxDaysAhead < 0) {
    throw new ConfigError(
      `site.config.ts: maxDaysAhead must be a whole number of 0 or more, not ${config.maxDaysAhead}`,
    );
  }
  checkAccent("accentLight", config.colors.accentLight, PAGE_BACKGROUND.light);
  checkAccent("accentDark", config.colors.accentDark, PAGE_BACKGROUND.dark);
  return config;
}

/** The base path from `BASE_PATH` or the file, checked and normalized. */
function readBase(fromEnv: string | undefined, fromFile: string | undefined): string {
  const value = fromEnv || fromFile || "/";
  const trimmed = value.trim();
  if (!BASE_PATH.test(trimmed) || trimmed.split("/").some((segment) => /^\.+$/.test(segment))) {
    const source = fromEnv ? "BASE_PATH" : "site.config.ts: base";
    throw new ConfigError(
      `${source} must be a path such as ${BASE_EXAMPLE} (letters, digits, -, _, . and ~ between slashes), not ${JSON.stringify(value)}`,
    );
  }
  return normalizeBase(value);
}

/** Writes a base path as `/` or `/segment/.../`, with a leading and a trailing slash. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

function checkAccent(name: string, colour: string, background: string): void {
  if (!HEX_COLOUR.test(colour)) {
    throw new ConfigError(
      `site.config.ts: colors.${name} must be a colour written #rrggbb, not "${colour}"`,
    );
  }
  const ratio = contrastRatio(colour, background);
  if (ratio < 4.5) {
    throw new ConfigError(
      `site.config.ts: colors.${name} ${colour} contrasts only ${ratio.toFixed(2)}:1 with the page (${background}); WCAG AA needs 4.5:1`,
    );
  }
}
