import { describe, expect, it } from "vitest";
import { budgets } from "../../../bench/report.ts";

describe("budgets", () => {
  it("prints one PASS or FAIL line per budget, and passes only when every one does", () => {
    const result = budgets([
      { label: "a ceiling kept", value: 4.2, limit: 5, unit: "s" },
      { label: "a goal missed", value: 80, limit: 90, unit: "points", atLeast: true },
    ]);
    expect(result.text.split("\n")).toEqual([
      "PASS  a ceiling kept: 4.2 s (budget ≤ 5 s)",
      "FAIL  a goal missed: 80.0 points (goal ≥ 90 points)",
    ]);
    expect(result.passed).toBe(false);
  });

  it("writes a ratio and its limit with the decimals asked for", () => {
    const result = budgets([{ label: "ratio", value: 1.7712, limit: 1.65, unit: "×", digits: 2 }]);
    expect(result.text).toBe("FAIL  ratio: 1.77 × (budget ≤ 1.65 ×)");
  });
});
