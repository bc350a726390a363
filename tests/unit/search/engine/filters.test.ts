import { describe, expect, it } from "vitest";
import type { SearchDays } from "../../../../src/search/core/index-format.ts";
import { dayRange, hasFilters, paperFilter } from "../../../../src/search/engine/filters.ts";
import { memorySource } from "../../../fixtures/search/memory-source.ts";
import { SEARCH_FIXTURE } from "../../../fixtures/search/papers.ts";

// Newest day first, as the index keeps them: papers 0-1, 2-4, 5.
const DAYS: SearchDays = [
  ["2025-01-20", 2],
  ["2025-01-18", 3],
  ["2025-01-11", 1],
];

describe("dayRange", () => {
  it.each([
    ["2025-01-18", "2025-01-18", [2, 4]],
    ["2025-01-12", "2025-01-19", [2, 4]],
    ["", "2025-01-18", [2, 5]],
    ["2025-01-18", "", [0, 4]],
    ["", "", [0, 5]],
    ["2025-01-21", "", [Infinity, -1]],
    ["2025-01-19", "2025-01-19", [Infinity, -1]],
  ])("from %j to %j is papers %j", (from, to, range) => {
    expect(dayRange(DAYS, from, to)).toEqual(range);
  });
});

describe("hasFilters", () => {
  it("is true when a tag or either end of a range is set", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ tag: "", from: undefined })).toBe(false);
    expect(hasFilters({ tag: "llm" })).toBe(true);
    expect(hasFilters({ to: "2025-01-01" })).toBe(true);
  });
});

describe("paperFilter", () => {
  const { source } = memorySource(SEARCH_FIXTURE);
  const ids = (accept: (doc: number) => boolean) =>
    SEARCH_FIXTURE.map((_, doc) => doc).filter(accept);

  it("lets through every paper without filters, loading nothing", async () => {
    const { source: counted, loaded } = memorySource(SEARCH_FIXTURE);
    expect(ids(await paperFilter({}, counted))).toHaveLength(SEARCH_FIXTURE.length);
    expect(loaded).toEqual([]);
  });

  it("lets through a tag's papers, and none for an unknown tag", async () => {
    const physics = ids(await paperFilter({ tag: "physics" }, source));
    expect(physics).toHaveLength(2);
    expect(ids(await paperFilter({ tag: "no-such-tag" }, source))).toEqual([]);
  });

  it("lets through the papers of a tag and a range of days together", async () => {
    const accept = await paperFilter({ tag: "llm", from: "2025-01-16", to: "2025-01-20" }, source);
    const days = await source.days();
    const [low, high] = dayRange(days, "2025-01-16", "2025-01-20");
    const llm = new Set(ids(await paperFilter({ tag: "llm" }, source)));
    expect(ids(accept)).toEqual([...llm].filter((doc) => doc >= low && doc <= high));
    expect(ids(accept).length).toBeGreaterThan(0);
    expect(ids(accept).length).toBeLessThan(llm.size);
  });
});
