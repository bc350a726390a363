import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../../src/lib/config/contrast.ts";
import {
  defineSiteConfig,
  normalizeBase,
  PAGE_BACKGROUND,
  type SiteConfigInput,
} from "../../../src/lib/config/site-config.ts";
import siteConfig from "../../../site.config.ts";

const input: SiteConfigInput = {
  title: "Daily Papers",
  description: "A daily feed.",
  url: "https://papers.example.org",
};

/** Defines a config with no environment overrides. */
const define = (
  overrides: Partial<SiteConfigInput> = {},
  env: Record<string, string | undefined> = {},
) => defineSiteConfig({ ...input, ...overrides }, env);

describe("defineSiteConfig: defaults", () => {
  it("fills in every default", () => {
    expect(define()).toEqual({
      title: "Daily Papers",
      description: "A daily feed.",
      url: "https://papers.example.org",
      base: "/",
      locale: "en-US",
      homeDays: 3,
      cardAuthors: 4,
      feedItems: 50,
      pageSize: 50,
      periodPageSize: 50,
      papersDir: "content/papers",
      maxDaysAhead: 7,
      repository: undefined,
      colors: { accentLight: "#9a3412", accentDark: "#fdba74" },
    });
  });

  it("keeps what the input sets", () => {
    const config = define({
      base: "/daily-papers/",
      locale: "fr-FR",
      homeDays: 7,
      cardAuthors: 2,
      feedItems: 10,
      pageSize: 5,
      periodPageSize: 30,
      papersDir: "papers",
      repository: "https://github.com/x/y",
      colors: { accentLight: "#1d4ed8", accentDark: "#93c5fd" },
    });
    expect(config).toMatchObject({
      base: "/daily-papers/",
      locale: "fr-FR",
      homeDays: 7,
      cardAuthors: 2,
      feedItems: 10,
      pageSize: 5,
      periodPageSize: 30,
      papersDir: "papers",
      repository: "https://github.com/x/y",
      colors: { accentLight: "#1d4ed8", accentDark: "#93c5fd" },
    });
  });

  it("defaults one accent colour when only the other is set", () => {
    expect(define({ colors: { accentLight: "#1d4ed8" } }).colors).toEqual({
      accentLight: "#1d4ed8",
      accentDark: "#fdba74",
    });
  });

  it("keeps only the origin of the url", () => {
    expect(define({ url: "https://papers.example.org/some/path/?q=1#x" }).url).toBe(
      "https://papers.example.org",
    );
    expect(define({ url: "http://localhost:4321/" }).url).toBe("http://localhost:4321");
  });

  it("reads the environment by default", () => {
    const previous = process.env["PAPERS_DIR"];
    process.env["PAPERS_DIR"] = "from/process/env";
    try {
      expect(defineSiteConfig(input).papersDir).toBe("from/process/env");
    } finally {
      if (previous === undefined) delete process.env["PAPERS_DIR"];
      else process.env["PAPERS_DIR"] = previous;
    }
  });
});

describe("defineSiteConfig: environment overrides", () => {
  it("takes SITE_URL, BASE_PATH and PAPERS_DIR over the file", () => {
    const config = define(
      { url: "https://papers.example.org", base: "/", papersDir: "content/papers" },
      {
        SITE_URL: "https://user.github.io",
        BASE_PATH: "daily-papers",
        PAPERS_DIR: "tests/fixtures/x",
      },
    );
    expect(config.url).toBe("https://user.github.io");
    expect(config.base).toBe("/daily-papers/");
    expect(config.papersDir).toBe("tests/fixtures/x");
  });

  it("ignores empty variables", () => {
    const config = define({ base: "/site/" }, { SITE_URL: "", BASE_PATH: "", PAPERS_DIR: "" });
    expect(config.url).toBe("https://papers.example.org");
    expect(config.base).toBe("/site/");
    expect(config.papersDir).toBe("content/papers");
  });

  it("checks an overriding SITE_URL, naming the variable", () => {
    expect(() => define({}, { SITE_URL: "not a url" })).toThrow(
      'SITE_URL must be an http:// or https:// URL such as https://papers.example.org, not "not a url"',
    );
  });

  it.each(["https://example.org/papers/", "/a b/", "/papers?x=1", "/a/../b/", "/#top", "\\papers"])(
    "refuses BASE_PATH=%j, naming the variable and what is expected",
    (value) => {
      expect(() => define({}, { BASE_PATH: value })).toThrow(
        `BASE_PATH must be a path such as /daily-papers/ (letters, digits, -, _, . and ~ between slashes), not ${JSON.stringify(value)}`,
      );
    },
  );

  it("refuses such a base in the file, naming the field", () => {
    expect(() => define({ base: "/papers here/" })).toThrow(
      'site.config.ts: base must be a path such as /daily-papers/ (letters, digits, -, _, . and ~ between slashes), not "/papers here/"',
    );
  });
});

describe("normalizeBase", () => {
  it.each([
    ["", "/"],
    ["/", "/"],
    ["///", "/"],
    ["daily-papers", "/daily-papers/"],
    ["/daily-papers", "/daily-papers/"],
    ["daily-papers/", "/daily-papers/"],
    ["//a/b//", "/a/b/"],
    [" /a/ ", "/a/"],
  ])("writes %j as %j", (base, expected) => expect(normalizeBase(base)).toBe(expected));

  it("is applied to the configured base", () => {
    expect(define({ base: "daily-papers" }).base).toBe("/daily-papers/");
  });
});

describe("defineSiteConfig: checks", () => {
  it.each([
    "not a url",
    "papers.example.org",
    "/relative",
    "mailto:ada@example.org",
    "ftp://example.org",
  ])("rejects the url %j", (url) =>
    expect(() => define({ url })).toThrow(/^site\.config\.ts: url must be an absolute URL/),
  );

  it.each([-1, 1.5, Number.NaN])("rejects maxDaysAhead = %s", (value) => {
    expect(() => define({ maxDaysAhead: value })).toThrow(
      `site.config.ts: maxDaysAhead must be a whole number of 0 or more, not ${value}`,
    );
  });

  it("accepts maxDaysAhead = 0: no day after today", () => {
    expect(define({ maxDaysAhead: 0 }).maxDaysAhead).toBe(0);
  });

  it("rejects an empty title", () => {
    expect(() => define({ title: "  " })).toThrow("site.config.ts: title must not be empty");
  });

  it.each([
    ["homeDays", 0],
    ["homeDays", 2.5],
    ["cardAuthors", -1],
    ["cardAuthors", Number.NaN],
    ["feedItems", 0],
    ["pageSize", 1.5],
    ["periodPageSize", 0],
  ] as const)("rejects %s = %s", (name, value) => {
    expect(() => define({ [name]: value })).toThrow(
      `site.config.ts: ${name} must be a whole number of 1 or more, not ${value}`,
    );
  });

  it.each(["red", "#fff", "#12345", "#1234567", "9a3412", "#gggggg", "rgb(0,0,0)"])(
    "rejects the colour %j",
    (colour) => {
      expect(() => define({ colors: { accentLight: colour } })).toThrow(
        `site.config.ts: colors.accentLight must be a colour written #rrggbb, not "${colour}"`,
      );
      expect(() => define({ colors: { accentDark: colour } })).toThrow(/colors\.accentDark/);
    },
  );

  it("rejects a light accent that contrasts too little with the light page", () => {
    expect(() => define({ colors: { accentLight: "#ffff00" } })).toThrow(
      "site.config.ts: colors.accentLight #ffff00 contrasts only 1.07:1 with the page (#ffffff); WCAG AA needs 4.5:1",
    );
    expect(() => define({ colors: { accentLight: "#777777" } })).toThrow(/WCAG AA needs 4\.5:1/);
  });

  it("rejects a dark accent that contrasts too little with the dark page", () => {
    expect(() => define({ colors: { accentDark: "#9a3412" } })).toThrow(
      /^site\.config\.ts: colors\.accentDark #9a3412 contrasts only \d\.\d\d:1 with the page \(#121417\)/,
    );
  });

  it("accepts accents just above the threshold, in either case", () => {
    expect(define({ colors: { accentLight: "#767676" } }).colors.accentLight).toBe("#767676");
    expect(define({ colors: { accentLight: "#9A3412" } }).colors.accentLight).toBe("#9A3412");
  });
});

describe("the project's site.config.ts", () => {
  it("passes its own checks, with accents readable in both modes", () => {
    expect(
      contrastRatio(siteConfig.colors.accentLight, PAGE_BACKGROUND.light),
    ).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(siteConfig.colors.accentDark, PAGE_BACKGROUND.dark),
    ).toBeGreaterThanOrEqual(4.5);
    expect(siteConfig.base).toMatch(/^\/(?:.+\/)?$/);
  });
});
