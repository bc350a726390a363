import { describe, expect, it } from "vitest";
import { groupByTag } from "../../../src/lib/feed/tags.ts";

describe("groupByTag", () => {
  it("lists the most used tags first, equally used ones alphabetically, items in the order given", () => {
    const papers = [
      { id: "a", tags: ["vision", "robotics"] },
      { id: "b", tags: ["attention"] },
      { id: "c", tags: ["robotics", "vision"] },
      { id: "d", tags: [] },
      { id: "e", tags: ["robotics"] },
    ];
    expect(groupByTag(papers).map(({ tag, items }) => [tag, items.map((item) => item.id)])).toEqual(
      [
        ["robotics", ["a", "c", "e"]],
        ["vision", ["a", "c"]],
        ["attention", ["b"]],
      ],
    );
  });

  it("has no tags for papers without any", () => {
    expect(groupByTag([{ tags: [] }])).toEqual([]);
  });
});
