import { describe, expect, it } from "vitest";
import { codePointBoundary, excerpt, summarizeAuthors } from "../../../src/lib/text/excerpt.ts";

const hasUnpairedSurrogate = (text: string) => /\p{Cs}/u.test(text);

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

  it("folds whitespace however much of it there is, and wherever it falls", () => {
    const words = Array.from({ length: 120 }, (_, index) => `word${index}`);
    const runs = [" ", "\n\n", "\t \u00a0", " ".repeat(300), "\n".repeat(599)];
    for (let shift = 0; shift < runs.length; shift += 1) {
      const spaced = words
        .map((word, index) => `${word}${runs[(index + shift) % runs.length]}`)
        .join("");
      for (const maxLength of [10, 260, 300, 2000]) {
        expect(excerpt(spaced, maxLength), `shift ${shift}, at ${maxLength}`).toBe(
          excerpt(words.join(" "), maxLength),
        );
      }
    }
    expect(excerpt(`${" ".repeat(700)}one two three four`, 10)).toBe("one two…");
  });

  it("never cuts an emoji in half, wherever the limit falls", () => {
    const rockets = "🚀".repeat(200);
    for (const maxLength of [9, 10, 259, 260, 299, 300]) {
      const short = excerpt(rockets, maxLength);
      expect(hasUnpairedSurrogate(short), `at ${maxLength}`).toBe(false);
      expect(short.length).toBeLessThanOrEqual(maxLength);
    }
    expect(excerpt(rockets, 10)).toBe(`${"🚀".repeat(4)}…`);
  });
});

describe("codePointBoundary", () => {
  it("steps back from the middle of a surrogate pair, and nowhere else", () => {
    expect(codePointBoundary("a🚀b", 2)).toBe(1);
    expect(codePointBoundary("a🚀b", 3)).toBe(3);
    expect(codePointBoundary("a🚀b", 1)).toBe(1);
    expect(codePointBoundary("abc", 0)).toBe(0);
    expect(codePointBoundary("abc", 3)).toBe(3);
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
