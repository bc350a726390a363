import { describe, expect, it } from "vitest";
import { excerptSegments, highlight } from "../../../../src/search/core/highlight.ts";

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((segment) => segment.mark).map((segment) => segment.text);

describe("highlight", () => {
  it("marks every word whose term matched, whatever its case or accents", () => {
    const segments = highlight("Émilie du Châtelet and EMILIE", new Set(["emilie", "chatelet"]));
    expect(marked(segments)).toEqual(["Émilie", "Châtelet", "EMILIE"]);
    expect(segments.map((segment) => segment.text).join("")).toBe("Émilie du Châtelet and EMILIE");
  });

  it("marks a hyphenated pair whole when its joined form matched", () => {
    expect(marked(highlight("robust fine-tuning", new Set(["finetuning"])))).toEqual([
      "fine-tuning",
    ]);
  });

  it("keeps markup as plain text in the segments", () => {
    const segments = highlight("<img src=x onerror=alert(1)> Paper", new Set(["paper"]));
    expect(segments).toEqual([
      { text: "<img src=x onerror=alert(1)> ", mark: false },
      { text: "Paper", mark: true },
    ]);
  });
});

describe("excerptSegments", () => {
  it("never cuts an emoji in half where a passage without spaces ends", () => {
    const text = "🚀".repeat(100);
    for (const maxLength of [40, 41]) {
      const joined = excerptSegments(text, new Set(), maxLength)
        .map((segment) => segment.text)
        .join("");
      expect(/\p{Cs}/u.test(joined), `at ${maxLength}`).toBe(false);
      expect(joined).toBe(`${"🚀".repeat(20)}…`);
    }
  });

  it("marks a word with an invisible format character inside it, as the index holds it", () => {
    for (const inside of ["\u00AD", "\u2060", "\uFEFF"]) {
      const marked = excerptSegments(`We fine${inside}tune it.`, new Set(["finetune"]), 100)
        .filter((segment) => segment.mark)
        .map((segment) => segment.text);
      expect(marked, `U+${inside.charCodeAt(0).toString(16)}`).toEqual([`fine${inside}tune`]);
    }
  });

  const text = `${"Lead words come first here. ".repeat(20)}The quantization step follows. ${"Tail words. ".repeat(40)}`;

  it("starts a little before the first match and cuts at word boundaries", () => {
    const segments = excerptSegments(text, new Set(["quantization"]), 120);
    const joined = segments.map((segment) => segment.text).join("");
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(122);
    expect(marked(segments)).toEqual(["quantization"]);
    expect(joined.indexOf("quantization")).toBeLessThan(60);
  });

  it("starts at the beginning when nothing matches", () => {
    const segments = excerptSegments(text, new Set(["absent"]), 40);
    expect(segments[0]?.text.startsWith("Lead words")).toBe(true);
    expect(marked(segments)).toEqual([]);
  });

  it("keeps a short text whole", () => {
    expect(excerptSegments("Short text.", new Set(["text"]), 100)).toEqual([
      { text: "Short ", mark: false },
      { text: "text", mark: true },
      { text: ".", mark: false },
    ]);
  });
});
