import { describe, expect, it } from "vitest";
import { apiFiles } from "../../../src/lib/publish/api-files.ts";
import { toApiDay } from "../../../src/lib/publish/api-day.ts";
import { apiPaperFixture } from "../../support/api-papers.ts";

// In feed order: newest day first.
const PAPERS = [
  apiPaperFixture({ id: "2508.00001", day: "2025-08-01" }),
  apiPaperFixture({ id: "2507.00002", day: "2025-07-31" }),
  apiPaperFixture({ id: "2507.00001", day: "2025-07-31" }),
];

describe("apiFiles", () => {
  it("gives each paper's file, then each day's, every body the JSON of its object", () => {
    const files = [...apiFiles(PAPERS)];
    expect(files.map((file) => file.path)).toEqual([
      "papers/2508.00001.json",
      "papers/2507.00002.json",
      "papers/2507.00001.json",
      "days/2025-08-01.json",
      "days/2025-07-31.json",
    ]);
    const bodies = files.map((file) => JSON.parse(file.body) as unknown);
    expect(bodies.slice(0, 3)).toStrictEqual(PAPERS);
    expect(bodies[3]).toStrictEqual(toApiDay("2025-08-01", PAPERS.slice(0, 1)));
    expect(bodies[4]).toStrictEqual(toApiDay("2025-07-31", PAPERS.slice(1)));
  });

  it("makes each file only when it is asked for", () => {
    const papers = [...PAPERS];
    const files = apiFiles(papers);
    const path = () => {
      const next = files.next();
      return next.done ? undefined : next.value.path;
    };
    expect(path()).toBe("papers/2508.00001.json");
    papers[1] = apiPaperFixture({ id: "changed", day: "2025-07-31" });
    expect(path()).toBe("papers/changed.json");
  });

  it("gives no file for no papers", () => {
    expect([...apiFiles([])]).toEqual([]);
  });
});
