import { describe, expect, it } from "vitest";
import { parseSideFileName, sideFileName } from "../../../src/lib/content/side-files.ts";

describe("sideFileName and parseSideFileName", () => {
  it.each(["tmp", "bak"] as const)(
    "name a hidden %s file of this process, and read it back",
    (kind) => {
      const name = sideFileName("2307.03381.mdx", kind);
      expect(name).toMatch(
        new RegExp(`^\\.2307\\.03381\\.mdx\\.${process.pid}-[0-9a-f]{8}\\.${kind}$`),
      );
      expect(parseSideFileName(name)).toEqual({ kind, paper: "2307.03381.mdx", pid: process.pid });
      expect(sideFileName("2307.03381.mdx", kind)).not.toBe(name);
    },
  );

  it.each([
    "2307.03381.mdx",
    ".2307.03381.mdx.tmp",
    "draft.mdx.bak",
    ".a.mdx.12-0123abcd.swp",
    ".a.md.12-0123abcd.tmp",
    ".a.mdx.12-0123ABCD.tmp",
  ])("does not take %s for a side file", (name) => {
    expect(parseSideFileName(name)).toBeUndefined();
  });
});
