import { describe, expect, it } from "vitest";
import { generatePapers, PAPERS_PER_DAY, seededRandom } from "../../../bench/generate-papers.ts";
import { checkPaperFile } from "../../../src/lib/content/check-paper.ts";

const papers = (count: number, seed = 1) => [...generatePapers(count, seed)];

describe("the benchmark's paper generator", () => {
  it("generates the same papers for the same seed and others for another", () => {
    expect(papers(30)).toEqual(papers(30));
    expect(papers(30, 2)).not.toEqual(papers(30));
    expect(seededRandom(7)()).toBe(seededRandom(7)());
  });

  it("writes papers that pass every check of the content contract", () => {
    for (const paper of papers(120)) {
      const check = checkPaperFile({
        file: paper.path,
        pathInCollection: paper.path,
        source: paper.source,
        siblingExists: () => false,
      });
      expect(check.problems).toEqual([]);
    }
  });

  it("gives each paper 3 to 8 authors and an abstract of 800 to 2,000 characters, some with math", () => {
    const generated = papers(200);
    let withMath = 0;
    for (const paper of generated) {
      const check = checkPaperFile({
        file: paper.path,
        pathInCollection: paper.path,
        source: paper.source,
        siblingExists: () => false,
      });
      const authors = check.paper?.frontmatter.authors.length ?? 0;
      expect(authors).toBeGreaterThanOrEqual(3);
      expect(authors).toBeLessThanOrEqual(8);
      const body = paper.source.slice(paper.source.indexOf("\n---\n") + 5);
      expect(body.length).toBeGreaterThanOrEqual(800);
      expect(body.length).toBeLessThan(2_200);
      if (check.paper?.abstract.hasMath) withMath += 1;
    }
    expect(withMath).toBeGreaterThan(20);
    expect(withMath).toBeLessThan(120);
  });

  it("fills each day with the same number of papers, newest day first", () => {
    const days = papers(PAPERS_PER_DAY * 2 + 1).map((paper) => paper.path.slice(0, 10));
    expect(new Set(days.slice(0, PAPERS_PER_DAY)).size).toBe(1);
    expect(days[0]).toBe("2025/07/31");
    expect(days.at(-1)).toBe("2025/07/29");
  });

  it("draws words so that a few are very common and most are rare", () => {
    const counts = new Map<string, number>();
    for (const paper of papers(300)) {
      for (const word of paper.source.toLowerCase().match(/[a-z]+/g) ?? []) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(50 * (sorted[Math.floor(sorted.length / 2)] ?? 1));
    expect(sorted.filter((count) => count === 1).length).toBeGreaterThan(sorted.length / 4);
  });
});
