import { contrastRatio } from "./contrast.ts";

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
  repository: string | undefined;
  colors: { accentLight: string; accentDark: string };
}

/** The page background in light and dark mode, which accent colours are checked against. */
export const PAGE_BACKGROUND = { light: "#ffffff", dark: "#121417" } as const;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * Fills in defaults and checks a site configuration; `SITE_URL`, `BASE_PATH` and `PAPERS_DIR` in the
 * environment override `url`, `base` and `papersDir`, so a deploy or a test can build the same site
 * elsewhere without editing the file.
 */
export function defineSiteConfig(
  input: SiteConfigInput,
  env: Record<string, string | undefined> = process.env,
): SiteConfig {
  const url = env["SITE_URL"] || input.url;
  const origin = URL.parse(url);
  // Any other scheme (mailto:, ftp:) parses but has no web origin to serve pages from.
  if (origin?.protocol !== "https:" && origin?.protocol !== "http:") {
    throw new Error(
      `site.config.ts: url must be an absolute URL such as https://example.org, not "${url}"`,
    );
  }
  const config: SiteConfig = {
    title: input.title,
    description: input.description,
    url: origin.origin,
    base: normalizeBase(env["BASE_PATH"] || input.base || "/"),
    locale: input.locale ?? "en-US",
    homeDays: input.homeDays ?? 3,
    cardAuthors: input.cardAuthors ?? 4,
    feedItems: input.feedItems ?? 50,
    pageSize: input.pageSize ?? 50,
    periodPageSize: input.periodPageSize ?? 50,
    papersDir: env["PAPERS_DIR"] || input.papersDir || "content/papers",
    repository: input.repository,
    colors: {
      accentLight: input.colors?.accentLight ?? "#9a3412",
      accentDark: input.colors?.accentDark ?? "#fdba74",
    },
  };
  if (!config.title.trim()) throw new Error("site.config.ts: title must not be empty");
  for (const [name, value] of [
    ["homeDays", config.homeDays],
    ["cardAuthors", config.cardAuthors],
    ["feedItems", config.feedItems],
    ["pageSize", config.pageSize],
    ["periodPageSize", config.periodPageSize],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`site.config.ts: ${name} must be a whole number of 1 or more, not ${value}`);
    }
  }
  checkAccent("accentLight", config.colors.accentLight, PAGE_BACKGROUND.light);
  checkAccent("accentDark", config.colors.accentDark, PAGE_BACKGROUND.dark);
  return config;
}

/** Writes a base path as `/` or `/segment/.../`, with a leading and a trailing slash. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

function checkAccent(name: string, colour: string, background: string): void {
  if (!HEX_COLOUR.test(colour)) {
    throw new Error(
      `site.config.ts: colors.${name} must be a colour written #rrggbb, not "${colour}"`,
    );
  }
  const ratio = contrastRatio(colour, background);
  if (ratio < 4.5) {
    throw new Error(
      `site.config.ts: colors.${name} ${colour} contrasts only ${ratio.toFixed(2)}:1 with the page (${background}); WCAG AA needs 4.5:1`,
    );
  }
}
