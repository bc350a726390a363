import { describe, expect, it } from "vitest";
import { mergeLibraries } from "../../../../src/library/state/merge-libraries.ts";
import { emptyLibrary, type Library } from "../../../../src/library/storage/library-format.ts";

const T1 = "2025-01-01T00:00:00.000Z";
const T2 = "2025-02-01T00:00:00.000Z";
const T3 = "2025-03-01T00:00:00.000Z";

const library = (parts: Partial<Library>): Library => ({ ...emptyLibrary(), ...parts });

describe("mergeLibraries", () => {
  it.each<[string, Library, Library, Partial<Library>]>([
    [
      "adds papers only the file has",
      library({ saved: { a: { title: "A", savedAt: T1 } } }),
      library({ saved: { b: { title: "B", savedAt: T2 } } }),
      { saved: { a: { title: "A", savedAt: T1 }, b: { title: "B", savedAt: T2 } } },
    ],
    [
      "keeps one entry for a paper in both, with the earliest save (the file's)",
      library({ saved: { a: { title: "A here", savedAt: T2 } } }),
      library({ saved: { a: { title: "A there", savedAt: T1 } } }),
      { saved: { a: { title: "A there", savedAt: T1 } } },
    ],
    [
      "keeps one entry for a paper in both, with the earliest save (this browser's)",
      library({ saved: { a: { title: "A here", savedAt: T1 } } }),
      library({ saved: { a: { title: "A there", savedAt: T3 } } }),
      { saved: { a: { title: "A here", savedAt: T1 } } },
    ],
    [
      "keeps every read mark, with the earliest time",
      library({ read: { a: T2, b: T2 } }),
      library({ read: { a: T1, c: T3 } }),
      { read: { a: T1, b: T2, c: T3 } },
    ],
    [
      "keeps this browser's settings when it has a library already",
      library({ read: { a: T1 }, settings: { hideRead: false } }),
      library({ settings: { hideRead: true } }),
      { settings: { hideRead: false } },
    ],
    [
      "takes the file's settings in a fresh browser",
      library({}),
      library({ settings: { hideRead: true } }),
      { settings: { hideRead: true } },
    ],
  ])("%s", (_name, current, imported, expected) => {
    expect(mergeLibraries(current, imported)).toMatchObject(expected);
  });

  it("never duplicates: merging the same file twice changes nothing more", () => {
    const current = library({ saved: { a: { title: "A", savedAt: T2 } }, read: { a: T3 } });
    const imported = library({
      saved: { a: { title: "A", savedAt: T1 }, b: { title: "B", savedAt: T3 } },
      read: { b: T1 },
    });
    const once = mergeLibraries(current, imported);
    expect(mergeLibraries(once, imported)).toEqual(once);
    expect(Object.keys(once.saved).sort()).toEqual(["a", "b"]);
  });

  it("merges an id such as __proto__ as an ordinary key", () => {
    const imported = JSON.parse(
      `{"version":1,"saved":{"__proto__":{"title":"P","savedAt":"${T1}"}},"read":{},"settings":{"hideRead":false}}`,
    ) as Library;
    expect(Object.keys(mergeLibraries(emptyLibrary(), imported).saved)).toEqual(["__proto__"]);
  });
});
