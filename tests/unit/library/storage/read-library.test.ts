import { describe, expect, it } from "vitest";
import { emptyLibrary } from "../../../../src/library/storage/library-format.ts";
import type { MigrationStep } from "../../../../src/library/storage/migrations.ts";
import { readLibrary } from "../../../../src/library/storage/read-library.ts";

const valid = {
  version: 1,
  saved: { "2401.00001": { title: "A paper", savedAt: "2025-01-02T03:04:05.000Z" } },
  read: { "2401.00001": "2025-01-03T00:00:00.000Z" },
  settings: { hideRead: true },
};

describe("readLibrary", () => {
  it("reads nothing stored as an empty library", () => {
    expect(readLibrary(null)).toEqual({ ok: true, library: emptyLibrary() });
  });

  it("reads a library of the current version", () => {
    expect(readLibrary(JSON.stringify(valid))).toEqual({ ok: true, library: valid });
  });

  it("reads an exported file, whose extra fields it ignores", () => {
    const file = {
      format: "daily-papers-library",
      exportedAt: "2025-02-01T00:00:00.000Z",
      ...valid,
    };
    expect(readLibrary(JSON.stringify(file))).toMatchObject({ ok: true, library: valid });
  });

  it("reads an id such as __proto__ as an ordinary paper", () => {
    const text = JSON.stringify(valid).replace('"saved":{"2401.00001"', '"saved":{"__proto__"');
    const reading = readLibrary(text);
    expect(reading.ok && Object.keys(reading.library.saved)).toEqual(["__proto__"]);
  });

  it("migrates an older version with the steps it is given", () => {
    const step: MigrationStep = {
      from: 0,
      migrate: (old) => ({ saved: old["saved"], read: {}, settings: { hideRead: false } }),
    };
    const v0 = { version: 0, saved: valid.saved };
    expect(readLibrary(JSON.stringify(v0), [step])).toEqual({
      ok: true,
      library: { version: 1, saved: valid.saved, read: {}, settings: { hideRead: false } },
    });
  });

  it.each([
    ["garbage", "{not json", "it is not valid JSON"],
    [
      "a foreign object",
      '{"theme":"dark"}',
      "it is not a Daily Papers library (no version number)",
    ],
    ["an array", "[1,2]", "it is not a Daily Papers library (no version number)"],
    ["a string", '"hello"', "it is not a Daily Papers library (no version number)"],
    [
      "a fractional version",
      '{"version":1.5}',
      "it is not a Daily Papers library (no version number)",
    ],
    [
      "a future version",
      JSON.stringify({ ...valid, version: 7 }),
      "it was written by a newer release (version 7; this one reads up to 1)",
    ],
    ["a version no step converts", '{"version":0}', "no release converts its version 0"],
    [
      "saved papers as a list",
      JSON.stringify({ ...valid, saved: [] }),
      "field saved: expected an object of papers by id",
    ],
    [
      "a saved paper without a date",
      JSON.stringify({ ...valid, saved: { x: { title: "T", savedAt: "yesterday" } } }),
      'field saved.x: expected {"title": text, "savedAt": a date and time}',
    ],
    [
      "a saved paper without a title",
      JSON.stringify({ ...valid, saved: { x: { savedAt: "2025-01-01T00:00:00Z" } } }),
      'field saved.x: expected {"title": text, "savedAt": a date and time}',
    ],
    [
      "no read marks",
      JSON.stringify({ ...valid, read: null }),
      "field read: expected an object of dates by paper id",
    ],
    [
      "a read mark that is no date",
      JSON.stringify({ ...valid, read: { x: true } }),
      "field read.x: expected a date and time",
    ],
    [
      "settings without hideRead",
      JSON.stringify({ ...valid, settings: {} }),
      'field settings: expected {"hideRead": true or false}',
    ],
  ])("reports %s as a problem, naming what is wrong", (_name, text, problem) => {
    expect(readLibrary(text)).toEqual({ ok: false, problem });
  });
});
