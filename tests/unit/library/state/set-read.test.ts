import { describe, expect, it } from "vitest";
import { setRead } from "../../../../src/library/state/set-read.ts";
import { emptyLibrary } from "../../../../src/library/storage/library-format.ts";

const T1 = "2025-01-01T00:00:00.000Z";
const T2 = "2025-02-01T00:00:00.000Z";

describe("setRead", () => {
  it("marks a paper read at the time", () => {
    expect(setRead(emptyLibrary(), "a", true, T1).read).toEqual({ a: T1 });
  });

  it("keeps the first read time when the paper is opened again", () => {
    expect(setRead(setRead(emptyLibrary(), "a", true, T1), "a", true, T2).read).toEqual({ a: T1 });
  });

  it("marks a paper unread and leaves the others", () => {
    const library = setRead(setRead(emptyLibrary(), "a", true, T1), "b", true, T2);
    expect(setRead(library, "a", false, T2).read).toEqual({ b: T2 });
  });

  it("leaves saved papers and settings alone", () => {
    const library = {
      ...emptyLibrary(),
      saved: { a: { title: "A", savedAt: T1 } },
      settings: { hideRead: true },
    };
    const marked = setRead(library, "a", true, T2);
    expect(marked.saved).toBe(library.saved);
    expect(marked.settings).toBe(library.settings);
  });
});
