import { describe, expect, it } from "vitest";
import { buildBudgets } from "../../../bench/measure-scale.ts";
import { budgets } from "../../../bench/report.ts";

/** The build figures of one run: our cold build and plain Astro's in seconds, the rest within budget. */
function run(cold: number, plain: number, rebuild = cold / 4) {
  return {
    cold: {
      seconds: cold,
      peakMiB: 1200,
      phases: { content: 0, bundle: 0, pages: 0, total: cold, pageCount: 1 },
    },
    onePaperChanged: { seconds: rebuild, peakMiB: 900 },
    reference: { seconds: plain, peakMiB: 700 },
    output: { files: 1, bytes: 1, pages: 1, largestPage: { file: "index.html", bytes: 1024 } },
  };
}

const verdict = (papers: number, figures: ReturnType<typeof run>) => {
  const list = buildBudgets(papers, figures);
  const cold = list.find((budget) => budget.label.includes("cold build") && budget.unit === "×");
  return { cold, passed: budgets(list).passed };
};

describe("buildBudgets", () => {
  it.each([
    // The same code on a quiet and on a busy machine: the old limit of 30 s failed the second.
    { papers: 10_000, cold: 27.0, plain: 15.2, ratio: 1.78, passed: true },
    { papers: 10_000, cold: 32.0, plain: 18.1, ratio: 1.77, passed: true },
    { papers: 10_000, cold: 31.0, plain: 15.2, ratio: 2.04, passed: false },
    { papers: 50_000, cold: 110.0, plain: 91.0, ratio: 1.21, passed: true },
    { papers: 50_000, cold: 168.0, plain: 91.0, ratio: 1.85, passed: false },
  ])(
    "judges a $papers-paper cold build of $cold s beside plain Astro's $plain s by their ratio",
    ({ papers, cold, plain, ratio, passed }) => {
      const result = verdict(papers, run(cold, plain));
      expect(result.cold?.value).toBeCloseTo(ratio, 2);
      expect(result.passed).toBe(passed);
      // The seconds are still shown beside the ratio.
      expect(result.cold?.label).toContain(`${cold.toFixed(1)} s`);
      expect(result.cold?.label).toContain(`${plain.toFixed(1)} s`);
    },
  );

  it("sets the ratios at the old limits in seconds over plain Astro's recorded times", () => {
    expect(verdict(10_000, run(30, 15)).cold?.limit).toBe(2);
    expect(verdict(50_000, run(150, 91)).cold?.limit).toBe(1.65);
  });

  it("still holds peak memory and the one-paper rebuild to their own budgets", () => {
    const heavy = run(27, 15.2);
    heavy.cold.peakMiB = 1600;
    expect(verdict(10_000, heavy).passed).toBe(false);
    expect(verdict(10_000, run(27, 15.2, 11.5)).passed).toBe(false);
    expect(verdict(10_000, run(27, 15.2, 10)).passed).toBe(true);
  });

  it("judges only the largest page at sizes without build budgets", () => {
    expect(buildBudgets(1_000, run(100, 1)).map((budget) => budget.label)).toEqual([
      "1k: largest page",
    ]);
  });
});
