import { describe, expect, it } from "vitest";
import { libraryFile } from "../../../../src/library/state/library-file.ts";
import { emptyLibrary, type Library } from "../../../../src/library/storage/library-format.ts";
import { readLibrary } from "../../../../src/library/storage/read-library.ts";

const library: Library = {
  ...emptyLibrary(),
  saved: { a: { title: "Ünïcode & {braces} $x^2$", savedAt: "2025-01-01T00:00:00.000Z" } },
  read: { a: "2025-01-02T00:00:00.000Z" },
  settings: { hideRead: true },
};

describe("libraryFile", () => {
  it("names the file by the day and marks its format and time", () => {
    const file = libraryFile(library, new Date("2025-05-06T07:08:09.000Z"));
    expect(file.fileName).toBe("library-2025-05-06.json");
    expect(file.mediaType).toBe("application/json");
    expect(JSON.parse(file.body)).toMatchObject({
      format: "daily-papers-library",
      exportedAt: "2025-05-06T07:08:09.000Z",
      version: 1,
    });
  });

  it("reads back as the same library", () => {
    const file = libraryFile(library, new Date("2025-05-06T07:08:09.000Z"));
    expect(readLibrary(file.body)).toMatchObject({ ok: true, library });
  });
});
