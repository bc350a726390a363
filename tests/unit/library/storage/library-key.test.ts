import { describe, expect, it } from "vitest";
import { libraryKey } from "../../../../src/library/storage/library-key.ts";

describe("libraryKey", () => {
  it.each([
    ["/", "daily-papers:library:/"],
    ["/daily-papers/", "daily-papers:library:/daily-papers/"],
    ["/daily-papers", "daily-papers:library:/daily-papers/"],
  ])("keys the library of base path %s by that path", (base, key) => {
    expect(libraryKey(base)).toBe(key);
  });

  it("gives two sites on one origin keys of their own", () => {
    expect(libraryKey("/")).not.toBe(libraryKey("/other/"));
  });
});
