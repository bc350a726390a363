import { describe, expect, it } from "vitest";
import { paperIdFromUrl } from "../../../../src/library/ui/paper-id.ts";

describe("paperIdFromUrl", () => {
  it.each([
    ["http://x/papers/2307.03381/", "/", "2307.03381"],
    ["http://x/daily-papers/papers/hep-th-9901001/", "/daily-papers/", "hep-th-9901001"],
    ["http://x/papers/a%20b/", "/", "a b"],
    ["http://x/papers/2307.03381/?from=feed#abstract", "/", "2307.03381"],
  ])("finds the paper of %s under base %s", (url, base, id) => {
    expect(paperIdFromUrl(new URL(url), base)).toBe(id);
  });

  it.each([
    ["http://x/date/2025-07-31/", "/"],
    ["http://x/papers/", "/"],
    ["http://x/papers/a/b/", "/"],
    ["http://x/papers/2307.03381/", "/daily-papers/"],
    ["http://x/papers/%E0%A4%A/", "/"],
  ])("finds no paper in %s under base %s", (url, base) => {
    expect(paperIdFromUrl(new URL(url), base)).toBeUndefined();
  });
});
