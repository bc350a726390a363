import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  keepUnchangedGroups,
  keysOf,
  rememberFileKeys,
  takeFileKeys,
} from "../../../src/lib/build/file-keys.ts";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "file-keys-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LONG_AGO = new Date("2025-01-01T00:00:00Z");
// A build start by the file system's clock, a fraction of a millisecond before the next one, where
// a kept file dated to the whole millisecond after it could fall before it once stored.
const SINCE = Date.parse("2026-01-01T00:00:00.000Z") + 0.9995;

async function write(file: string): Promise<void> {
  const full = path.join(dir, "out", file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, file);
  await utimes(full, LONG_AGO, LONG_AGO);
}

const modified = async (file: string) => (await stat(path.join(dir, "out", file))).mtimeMs;

describe("takeFileKeys and rememberFileKeys", () => {
  it("give back the keys remembered, once: taking them forgets them", async () => {
    const file = path.join(dir, "cache", "keys.json");
    await rememberFileKeys(file, new Map([["a/rss.xml", "k1"]]));
    expect(await readdir(path.join(dir, "cache"))).toEqual(["keys.json"]);
    await expect(takeFileKeys(file)).resolves.toEqual(new Map([["a/rss.xml", "k1"]]));
    await expect(takeFileKeys(file)).resolves.toEqual(new Map());
    expect(await readdir(path.join(dir, "cache"))).toEqual([]);
  });

  it.each([
    ["no file", undefined],
    ["a torn file", '{"format":"daily-papers-file-keys/1","keys":{"a'],
    ["another format", '{"format":"something-else/1","keys":{"a":"k"}}'],
    ["keys that are not a map", '{"format":"daily-papers-file-keys/1","keys":["a"]}'],
    ["null", "null"],
  ])("give no keys for %s, and remove what was there", async (_, text) => {
    const file = path.join(dir, "keys.json");
    if (text !== undefined) await writeFile(file, text);
    await expect(takeFileKeys(file)).resolves.toEqual(new Map());
    expect(await readdir(dir)).toEqual([]);
  });

  it("drop entries whose key is not text", async () => {
    const file = path.join(dir, "keys.json");
    await writeFile(file, '{"format":"daily-papers-file-keys/1","keys":{"a":"k","b":3}}');
    await expect(takeFileKeys(file)).resolves.toEqual(new Map([["a", "k"]]));
  });
});

describe("keysOf", () => {
  it("gives every path of each group its group's key", () => {
    expect(
      keysOf([
        { key: "day1", paths: ["days/1.json", "papers/a.json"] },
        { key: "day2", paths: ["days/2.json"] },
      ]),
    ).toEqual(
      new Map([
        ["days/1.json", "day1"],
        ["papers/a.json", "day1"],
        ["days/2.json", "day2"],
      ]),
    );
  });
});

describe("keepUnchangedGroups", () => {
  const groups = [
    { name: "same", key: "k1", paths: ["same/rss.xml"] },
    { name: "changed", key: "new", paths: ["changed/rss.xml"] },
    { name: "new", key: "k3", paths: ["new/rss.xml"] },
    { name: "gone", key: "k4", paths: ["gone/rss.xml"] },
    { name: "half gone", key: "k5", paths: ["half/a.json", "half/b.json"] },
    { name: "half changed", key: "k6", paths: ["mixed/a.json", "mixed/b.json"] },
  ];
  const previous = new Map([
    ["same/rss.xml", "k1"],
    ["changed/rss.xml", "old"],
    ["gone/rss.xml", "k4"],
    ["half/a.json", "k5"],
    ["half/b.json", "k5"],
    ["mixed/a.json", "k6"],
    ["mixed/b.json", "old"],
  ]);
  beforeEach(async () => {
    for (const file of ["same/rss.xml", "changed/rss.xml", "half/a.json", "mixed/a.json"]) {
      await write(file);
    }
    await write("mixed/b.json");
  });

  it("keeps the groups whose files all carry their key and are there, dating them after the start; gives the rest", async () => {
    const toMake = await keepUnchangedGroups(path.join(dir, "out"), groups, previous, SINCE);
    expect(toMake.map(({ name }) => name)).toEqual([
      "changed",
      "new",
      "gone",
      "half gone",
      "half changed",
    ]);
    const kept = await modified("same/rss.xml");
    expect(kept).toBeGreaterThanOrEqual(SINCE);
    expect(kept).toBeLessThan(SINCE + 3);
    expect(await modified("changed/rss.xml")).toBe(LONG_AGO.getTime());
    expect(await modified("mixed/a.json")).toBe(LONG_AGO.getTime());
    await expect(readFile(path.join(dir, "out", "same/rss.xml"), "utf8")).resolves.toBe(
      "same/rss.xml",
    );
  });

  it("makes every group when no build is under way, or nothing was remembered", async () => {
    await expect(
      keepUnchangedGroups(path.join(dir, "out"), groups, previous, undefined),
    ).resolves.toEqual(groups);
    await expect(
      keepUnchangedGroups(path.join(dir, "out"), groups, new Map(), SINCE),
    ).resolves.toEqual(groups);
    expect(await modified("same/rss.xml")).toBe(LONG_AGO.getTime());
  });
});
