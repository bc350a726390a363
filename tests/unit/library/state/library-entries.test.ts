import { describe, expect, it } from "vitest";
import { libraryEntries } from "../../../../src/library/state/library-entries.ts";
import { emptyLibrary, type Library } from "../../../../src/library/storage/library-format.ts";

const library: Library = {
  ...emptyLibrary(),
  saved: {
    old: { title: "Old", savedAt: "2025-01-01T00:00:00.000Z" },
    new: { title: "New", savedAt: "2025-03-01T00:00:00.000Z" },
    b: { title: "Tie B", savedAt: "2025-02-01T00:00:00.000Z" },
    a: { title: "Tie A", savedAt: "2025-02-01T00:00:00.000Z" },
  },
  read: {
    old: "2025-01-02T00:00:00.000Z",
    a: "2025-02-02T00:00:00.000Z",
    unsaved: "2025-01-01T00:00:00.000Z",
  },
};

describe("libraryEntries", () => {
  it.each([
    ["all", ["new", "a", "b", "old"]],
    ["unread", ["new", "b"]],
    ["read", ["a", "old"]],
  ] as const)("lists %s saved papers, most recently saved first", (filter, ids) => {
    expect(libraryEntries(library, filter).map((entry) => entry.id)).toEqual(ids);
  });

  it("gives each entry its title, save time and read state", () => {
    expect(libraryEntries(library, "all")[1]).toEqual({
      id: "a",
      title: "Tie A",
      savedAt: "2025-02-01T00:00:00.000Z",
      read: true,
    });
  });

  it("lists 50,000 saved papers", () => {
    const saved = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, index) => [
        `p${index}`,
        {
          title: `Paper ${index}`,
          savedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
        },
      ]),
    );
    const entries = libraryEntries({ ...emptyLibrary(), saved }, "all");
    expect(entries).toHaveLength(50_000);
    expect(entries[0]?.id).toBe("p49999");
    expect(entries.at(-1)?.id).toBe("p0");
  });
});
