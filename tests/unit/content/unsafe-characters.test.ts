import { describe, expect, it } from "vitest";
import { findUnsafeCharacter } from "../../../src/lib/content/unsafe-characters.ts";

describe("findUnsafeCharacter", () => {
  it.each([
    ["Attention Is All You Need"],
    ["Émilie du Châtelet, 张伟, 김연아, محمد علي, דוד כהן"],
    ["🚀 🧑🏽‍💻 🇺🇳 1️⃣"],
    ["zero\u200Bwidth, joiners\u200C\u200D, word\u2060joiner, soft\u00ADhyphen, \uFEFF"],
    ["left-to-right and right-to-left marks \u200E\u200F\u061C"],
    ["tab\tand\nline\r\nbreaks"],
    [""],
  ])("lets text of every script, emoji, joiners and line breaks through: %j", (text) => {
    expect(findUnsafeCharacter(text)).toBeUndefined();
  });

  it.each([
    ["NUL\u0000", 3, "U+0000 (a control character)"],
    ["bell \u0007", 5, "U+0007 (a control character)"],
    ["escape \u001b[31m", 7, "U+001B (a control character)"],
    ["vertical tab \u000b", 13, "U+000B (a control character)"],
    ["delete \u007f", 7, "U+007F (a control character)"],
    ["C1 \u009b", 3, "U+009B (a control character)"],
  ])("finds control characters: %j", (text, index, description) => {
    expect(findUnsafeCharacter(text)).toEqual({ index, description });
  });

  it.each([
    ["\u202A", "U+202A"],
    ["\u202B", "U+202B"],
    ["\u202C", "U+202C"],
    ["\u202D", "U+202D"],
    ["\u202E", "U+202E"],
    ["\u2066", "U+2066"],
    ["\u2067", "U+2067"],
    ["\u2068", "U+2068"],
    ["\u2069", "U+2069"],
  ])("finds bidirectional embeddings, overrides and isolates: %j", (character, codePoint) => {
    expect(findUnsafeCharacter(`invoice ${character}fdp.exe`)).toEqual({
      index: 8,
      description: `${codePoint} (a bidirectional formatting character, which reorders the text around it)`,
    });
  });

  it("finds an unpaired surrogate, high or low, but not a pair", () => {
    expect(findUnsafeCharacter("half \uD83D")).toEqual({
      index: 5,
      description: "U+D83D (an unpaired surrogate, which is not a character)",
    });
    expect(findUnsafeCharacter("\uDE80 half")?.description).toBe(
      "U+DE80 (an unpaired surrogate, which is not a character)",
    );
    expect(findUnsafeCharacter("\uD83D\uDE80")).toBeUndefined();
  });

  it("finds noncharacters", () => {
    expect(findUnsafeCharacter("a\uFFFE")?.description).toBe("U+FFFE (a noncharacter)");
    expect(findUnsafeCharacter("a\uFDD0")?.description).toBe("U+FDD0 (a noncharacter)");
    expect(findUnsafeCharacter("a\u{10FFFF}")?.description).toBe("U+10FFFF (a noncharacter)");
  });

  it("reports the first of several", () => {
    expect(findUnsafeCharacter("a\u202Eb\u0000")?.index).toBe(1);
  });
});
