import { describe, expect, it } from "vitest";
import { apiPaths } from "../../../src/lib/publish/api-paths.ts";

describe("apiPaths", () => {
  it("puts the list of days, each day and each paper at their documented paths", () => {
    expect(apiPaths.days).toBe("days.json");
    expect(apiPaths.day("2025-07-31")).toBe("days/2025-07-31.json");
    expect(apiPaths.paper("hep-th-9901001")).toBe("papers/hep-th-9901001.json");
  });
});
