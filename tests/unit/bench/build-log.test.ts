import { describe, expect, it } from "vitest";
import { buildPhases, parseDuration } from "../../../bench/build-log.ts";

// What `astro build` printed for 10,000 generated papers (page lines left out, colours kept).
const LOG = `01:33:44 [content] Syncing content
01:34:11 [daily-papers] 10000 papers (10000 rendered, 0 unchanged)
01:34:15 [content] Synced content
01:34:15 [types] Generated 33.70s
01:34:15 [build] output: "static"
01:34:15 [build] directory: /work/main/dist-prof10k/
01:34:15 [build] Collecting build info...
01:34:15 [build] \u001b[32m✓ Completed in 34.54s.\u001b[39m
01:34:15 [build] Building static entrypoints...
01:34:17 [vite] ✓ built in 2.82s
01:34:18 [vite] ✓ built in 633ms
01:34:18 [build] Rearranging server assets...
 generating static routes 
01:34:18   ├─ /papers/2507.00001/index.html (+12ms)
01:36:00 ✓ Completed in 1m 42s.
01:36:00 [build] ✓ Completed in 1m 45s.
01:36:01 [build] 17908 page(s) built in 2m 21s
01:36:01 [build] Complete!`;

describe("parseDuration", () => {
  it("reads milliseconds, seconds and minutes as Astro prints them", () => {
    expect(parseDuration("633ms")).toBeCloseTo(0.633);
    expect(parseDuration("34.54s")).toBeCloseTo(34.54);
    expect(parseDuration("1m 42s")).toBe(102);
    expect(parseDuration("2m")).toBe(120);
  });

  it("reads nothing from what is not a duration", () => {
    expect(parseDuration("")).toBeUndefined();
    expect(parseDuration("soon")).toBeUndefined();
  });
});

describe("buildPhases", () => {
  it("splits a build into content, bundling and pages, with its total and page count", () => {
    const phases = buildPhases(LOG);
    expect(phases.content).toBeCloseTo(34.54);
    expect(phases.bundle).toBeCloseTo(3.453);
    expect(phases.pages).toBe(102);
    expect(phases.total).toBe(141);
    expect(phases.pageCount).toBe(17908);
  });

  it("leaves out what the log does not say", () => {
    expect(buildPhases("nothing here")).toEqual({
      content: undefined,
      bundle: undefined,
      pages: undefined,
      total: undefined,
      pageCount: undefined,
    });
  });
});
