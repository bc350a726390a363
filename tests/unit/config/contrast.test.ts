import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "../../../src/lib/config/contrast.ts";

describe("relativeLuminance", () => {
  it("is 0 for black and 1 for white", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBe(1);
  });

  it("weights the channels as WCAG does", () => {
    expect(relativeLuminance("#ff0000")).toBeCloseTo(0.2126, 10);
    expect(relativeLuminance("#00ff00")).toBeCloseTo(0.7152, 10);
    expect(relativeLuminance("#0000ff")).toBeCloseTo(0.0722, 10);
  });

  it("linearizes sRGB on both sides of the 0.04045 knee", () => {
    // 0x0a / 255 = 0.0392 is below the knee (divided by 12.92); 0x80 is above it (gamma 2.4).
    expect(relativeLuminance("#0a0a0a")).toBeCloseTo(10 / 255 / 12.92, 10);
    expect(relativeLuminance("#808080")).toBeCloseTo(((128 / 255 + 0.055) / 1.055) ** 2.4, 10);
  });

  it("reads upper- and lowercase hex alike", () => {
    expect(relativeLuminance("#9A3412")).toBe(relativeLuminance("#9a3412"));
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
  });

  it("does not depend on which colour is the foreground", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#9a3412", "#ffffff")).toBe(contrastRatio("#ffffff", "#9a3412"));
  });

  it("puts the AA threshold between #767676 and #777777 on white", () => {
    // The well-known boundary: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("matches published ratios", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#0000ff", "#ffffff")).toBeCloseTo(8.59, 2);
  });
});
