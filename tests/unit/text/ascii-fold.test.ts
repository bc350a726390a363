import { describe, expect, it } from "vitest";
import { asciiFold } from "../../../src/lib/text/ascii-fold.ts";

describe("asciiFold", () => {
  it.each([
    ["Émilie du Châtelet", "emilie du chatelet"],
    ["Straße", "strasse"],
    ["Æsir Œuvre Øre Łódź Đorđe Þór Iğdır", "aesir oeuvre ore lodz dorde thor igdir"],
    ["ﬁnite Ｆｕｌｌ", "finite full"],
    ["Plain ASCII, kept: a-b_c!", "plain ascii, kept: a-b_c!"],
  ])("folds %j to %j", (text, folded) => {
    expect(asciiFold(text)).toBe(folded);
  });

  it("keeps letters of other scripts whole, voicing marks and syllables included", () => {
    expect(asciiFold("が 김연아 张伟")).toBe("が 김연아 张伟");
  });
});
