import { describe, expect, it } from "vitest";
import { createUrls } from "../../src/lib/urls.ts";

describe("createUrls", () => {
  it("builds every path at a domain root", () => {
    const urls = createUrls("/");
    expect(urls.home).toBe("/");
    expect(urls.archive).toBe("/archive/");
    expect(urls.paper("2307.03381")).toBe("/papers/2307.03381/");
    expect(urls.day("2025-07-31")).toBe("/date/2025-07-31/");
    expect(urls.week("2025-W31")).toBe("/week/2025-W31/");
    expect(urls.month("2025-07")).toBe("/month/2025-07/");
    expect(urls.asset("/favicon.svg")).toBe("/favicon.svg");
  });

  it("puts every path under a sub-path, with or without its trailing slash", () => {
    for (const base of ["/daily-papers/", "/daily-papers"]) {
      const urls = createUrls(base);
      expect(urls.home).toBe("/daily-papers/");
      expect(urls.paper("hep-th-9901001")).toBe("/daily-papers/papers/hep-th-9901001/");
      expect(urls.asset("katex/katex.min.css")).toBe("/daily-papers/katex/katex.min.css");
    }
  });
});
