import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUILD_V8_FLAGS } from "../../../src/integrations/build-garbage-collection.ts";

const workload = fileURLToPath(new URL("../../support/held-buffers.ts", import.meta.url));

/** Full garbage collections while `pages` page-sized buffers are made and held a while each. */
function fullCollections(pages: number, ...args: string[]): number {
  const output = execFileSync(process.execPath, [workload, String(pages), ...args], {
    encoding: "utf8",
  });
  return (JSON.parse(output) as { fullCollections: number }).fullCollections;
}

describe("buildGarbageCollection", () => {
  it("names flags this Node's V8 knows", () => {
    const known = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
    for (const flag of BUILD_V8_FLAGS) expect(known).toContain(`  ${flag.split("=")[0]} (`);
  });

  // V8's default starts a full collection for every 64 MiB of buffers more; in a build, full
  // collections come with the heap's growth, so 600 MB more of pages need none.
  it("keeps page buffers from starting full collections", () => {
    const byDefault = fullCollections(9000) - fullCollections(3000);
    const inBuild = fullCollections(9000, "--as-build") - fullCollections(3000, "--as-build");
    expect(byDefault).toBeGreaterThanOrEqual(6);
    expect(inBuild).toBeLessThanOrEqual(1);
  }, 60_000);
});
