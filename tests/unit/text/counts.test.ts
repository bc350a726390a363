import { describe, expect, it } from "vitest";
import { countOf, groupDigits } from "../../../src/lib/text/counts.ts";

describe("groupDigits", () => {
  it("groups thousands with commas and leaves short numbers alone", () => {
    expect(groupDigits(0)).toBe("0");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(1000)).toBe("1,000");
    expect(groupDigits(9722)).toBe("9,722");
    expect(groupDigits(50000)).toBe("50,000");
    expect(groupDigits(1234567)).toBe("1,234,567");
  });

  it("writes what Intl writes for English", () => {
    for (const count of [7, 12, 123, 4567, 89012, 345678, 9012345]) {
      expect(groupDigits(count)).toBe(count.toLocaleString("en-US"));
    }
  });
});

describe("countOf", () => {
  it("adds an s to the noun for any count but one", () => {
    expect(countOf(1, "paper")).toBe("1 paper");
    expect(countOf(0, "paper")).toBe("0 papers");
    expect(countOf(2, "paper")).toBe("2 papers");
    expect(countOf(9722, "paper")).toBe("9,722 papers");
    expect(countOf(1, "month")).toBe("1 month");
    expect(countOf(12, "month")).toBe("12 months");
  });
});
