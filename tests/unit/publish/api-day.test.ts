import { describe, expect, it } from "vitest";
import { toApiDay } from "../../../src/lib/publish/api-day.ts";
import { apiPaperFixture } from "../../support/api-papers.ts";

describe("toApiDay", () => {
  it("gives the day's papers in the order given, each without its own version", () => {
    const papers = ["b", "a", "c"].map((id) => apiPaperFixture({ id, day: "2025-07-31" }));
    const day = toApiDay("2025-07-31", papers);
    expect(day.version).toBe(1);
    expect(day.day).toBe("2025-07-31");
    expect(day.papers.map((paper) => paper.id)).toEqual(["b", "a", "c"]);
    day.papers.forEach((paper, index) => {
      expect(paper).not.toHaveProperty("version");
      expect({ version: 1, ...paper }).toStrictEqual(papers[index]);
    });
  });

  it("gives an empty list for a day without papers", () => {
    expect(toApiDay("2025-07-31", [])).toStrictEqual({
      version: 1,
      day: "2025-07-31",
      papers: [],
    });
  });
});
