import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";
import { categoryScore, failingAudits } from "../../support/lighthouse-report.ts";

type Audit = Result["audits"][string];

/** A Lighthouse result with just the fields the report reads. */
function result(
  categories: Record<string, { score: number | null; refs: [string, number][] }>,
  audits: Partial<Audit>[],
): Result {
  return {
    categories: Object.fromEntries(
      Object.entries(categories).map(([id, { score, refs }]) => [
        id,
        { id, title: id, score, auditRefs: refs.map(([ref, weight]) => ({ id: ref, weight })) },
      ]),
    ),
    audits: Object.fromEntries(audits.map((audit) => [audit.id, audit])),
  } as unknown as Result;
}

describe("categoryScore", () => {
  it("is the score out of 100, rounded", () => {
    const lhr = result({ seo: { score: 0.917, refs: [] } }, []);
    expect(categoryScore(lhr, "seo")).toBe(92);
  });

  it("is undefined for a category Lighthouse could not score or did not run", () => {
    const lhr = result({ seo: { score: null, refs: [] } }, []);
    expect(categoryScore(lhr, "seo")).toBeUndefined();
    expect(categoryScore(lhr, "accessibility")).toBeUndefined();
  });
});

describe("failingAudits", () => {
  const contrast: Partial<Audit> = {
    id: "color-contrast",
    title: "Background and foreground colors do not have a sufficient contrast ratio.",
    score: 0,
    details: {
      type: "table",
      headings: [],
      items: [
        {
          node: {
            type: "node",
            selector: "p.muted",
            snippet: '<p class="muted">',
            explanation: "Element has insufficient color contrast of 2.1",
          },
        },
      ],
    },
  };

  it("names each failing audit with the elements it found at fault", () => {
    const lhr = result({ accessibility: { score: 0.9, refs: [["color-contrast", 7]] } }, [
      contrast,
    ]);
    expect(failingAudits(lhr, "accessibility")).toEqual([
      "[accessibility] color-contrast: Background and foreground colors do not have a sufficient " +
        'contrast ratio.\n    node: p.muted <p class="muted"> Element has insufficient color contrast of 2.1',
    ]);
  });

  it("shows source locations one-based and plain values as they are", () => {
    const errors: Partial<Audit> = {
      id: "errors-in-console",
      title: "Browser errors were logged to the console",
      score: 0,
      details: {
        type: "table",
        headings: [],
        items: [
          {
            source: "exception",
            description: "Boom",
            sourceLocation: {
              type: "source-location",
              url: "http://127.0.0.1/a.js",
              urlProvider: "network",
              line: 0,
              column: 4,
            },
          },
        ],
      },
    };
    const lhr = result({ "best-practices": { score: 0.9, refs: [["errors-in-console", 1]] } }, [
      errors,
    ]);
    expect(failingAudits(lhr, "best-practices")).toEqual([
      "[best-practices] errors-in-console: Browser errors were logged to the console\n" +
        "    source: exception; description: Boom; sourceLocation: http://127.0.0.1/a.js:1:5",
    ]);
  });

  it("lists ten items of an audit and counts the rest", () => {
    const many: Partial<Audit> = {
      id: "link-name",
      title: "Links do not have a discernible name",
      score: 0,
      details: {
        type: "table",
        headings: [],
        items: Array.from({ length: 12 }, (_, index) => ({
          url: { type: "url", value: `/${index}` },
        })),
      },
    };
    const lhr = result({ accessibility: { score: 0.5, refs: [["link-name", 7]] } }, [many]);
    const [report] = failingAudits(lhr, "accessibility");
    expect(report?.split("\n").slice(-2)).toEqual(["    url: /9", "    …and 2 more"]);
  });

  it("leaves out passing, unscored and weightless audits", () => {
    const lhr = result(
      {
        seo: {
          score: 1,
          refs: [
            ["canonical", 1],
            ["structured-data", 0],
            ["manual", 1],
          ],
        },
      },
      [
        { id: "canonical", title: "Document has a valid rel=canonical", score: 1 },
        { id: "structured-data", title: "Structured data is valid", score: 0 },
        { id: "manual", title: "Checked by hand", score: null },
      ],
    );
    expect(failingAudits(lhr, "seo")).toEqual([]);
  });
});
