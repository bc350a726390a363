import { describe, expect, it } from "vitest";
import { excerpt, summarizeAuthors } from "../../src/lib/excerpt.ts";

describe("excerpt", () => {
  it("keeps short text whole, with whitespace folded", () => {
    expect(excerpt("  A short\n\nabstract.  ", 100)).toBe("A short abstract.");
  });

  it("cuts long text at a word boundary and ends it with an ellipsis", () => {
    const text = "Large language models learn to reason when they are trained on many examples.";
    const short = excerpt(text, 40);
    expect(short).toBe("Large language models learn to reason…");
    expect(short.length).toBeLessThanOrEqual(40);
  });

  it("drops punctuation left before the ellipsis", () => {
    expect(excerpt("First clause, second clause goes on and on", 15)).toBe("First clause…");
  });

  it("cuts a single very long word rather than returning nothing", () => {
    expect(excerpt("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

describe("summarizeAuthors", () => {
  const authors = ["A", "B", "C", "D", "E", "F"];

  it("names the first few and counts the rest", () => {
    expect(summarizeAuthors(authors, 4)).toEqual({ names: ["A", "B", "C", "D"], more: 2 });
  });

  it("names everyone when there are few", () => {
    expect(summarizeAuthors(["A", "B"], 4)).toEqual({ names: ["A", "B"], more: 0 });
    expect(summarizeAuthors([], 4)).toEqual({ names: [], more: 0 });
  });
});
