import { describe, expect, it } from "vitest";
import { checkFeedDaysAhead } from "../../../src/lib/content/feed-days-ahead.ts";

const paper = (pathInCollection: string) => ({
  file: `content/papers/${pathInCollection}`,
  pathInCollection,
});

// "Today" is given, never read from the clock, so the outcome does not depend on when tests run.
const TODAY = "2025-08-01";

describe("checkFeedDaysAhead", () => {
  it.each([
    ["2025-07-31 (past)", "2025/07/31/a.mdx"],
    ["2025-08-01 (today)", "2025/08/01/a.mdx"],
    ["2025-08-02 (tomorrow, today in another time zone)", "2025/08/02/a.mdx"],
    ["no real day", "2025/02/30/a.mdx"],
    ["no day folders", "misc/a.mdx"],
  ])("passes %s quietly", (_, pathInCollection) => {
    expect(
      checkFeedDaysAhead([paper(pathInCollection)], { today: TODAY, maxDaysAhead: 7 }),
    ).toEqual({ problems: [], warnings: [] });
  });

  it("warns about a day more than one day ahead, within the limit", () => {
    const { problems, warnings } = checkFeedDaysAhead(
      [paper("2025/08/03/a.mdx"), paper("2025/08/08/b.mdx")],
      { today: TODAY, maxDaysAhead: 7 },
    );
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: "content/papers/2025/08/03/a.mdx",
        position: { line: 1, column: 1 },
        field: "path",
        message:
          "feed day 2025-08-03 is 2 days after today (2025-08-01, UTC): the paper leads the home page until then",
      },
      expect.objectContaining({ file: "content/papers/2025/08/08/b.mdx" }),
    ]);
  });

  it("fails a day beyond the limit, saying which setting sets it", () => {
    const { problems, warnings } = checkFeedDaysAhead(
      [paper("2025/08/09/a.mdx"), paper("2099/01/01/b.mdx")],
      { today: TODAY, maxDaysAhead: 7 },
    );
    expect(warnings).toEqual([]);
    expect(problems.map((problem) => problem.message)).toEqual([
      "feed day 2025-08-09 is 8 days after today (2025-08-01, UTC); at most 7 are allowed (maxDaysAhead in site.config.ts): move the file to the folders of the day it appears",
      "feed day 2099-01-01 is 26,816 days after today (2025-08-01, UTC); at most 7 are allowed (maxDaysAhead in site.config.ts): move the file to the folders of the day it appears",
    ]);
  });

  it("with maxDaysAhead 0, fails even tomorrow", () => {
    const { problems } = checkFeedDaysAhead([paper("2025/08/02/a.mdx")], {
      today: TODAY,
      maxDaysAhead: 0,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^feed day 2025-08-02 is 1 day after today/);
  });
});
