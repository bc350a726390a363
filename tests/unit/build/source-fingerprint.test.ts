import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "../../../src/lib/build/source-fingerprint.ts";

let root = "";
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "source-fingerprint-"));
  await mkdir(path.join(root, "src/lib"), { recursive: true });
  await writeFile(path.join(root, "src/lib/a.ts"), "export const a = 1;\n");
  await writeFile(path.join(root, "src/b.ts"), "export const b = 2;\n");
  await writeFile(path.join(root, "site.config.ts"), "export default {};\n");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const SOURCES = ["src", "site.config.ts"];

describe("sourceFingerprint", () => {
  it("stays the same for the same files, wherever the project is", async () => {
    const before = await sourceFingerprint(root, SOURCES);
    await expect(sourceFingerprint(root, SOURCES)).resolves.toBe(before);
    const moved = `${root}-moved`;
    await rename(root, moved);
    root = moved;
    await expect(sourceFingerprint(root, SOURCES)).resolves.toBe(before);
  });

  it.each([
    ["a file in a folder changes", "src/lib/a.ts", "export const a = 2;\n"],
    ["a file is added", "src/lib/c.ts", ""],
    ["a file named alone changes", "site.config.ts", "export default { title: 'x' };\n"],
  ])("changes when %s", async (_, file, text) => {
    const before = await sourceFingerprint(root, SOURCES);
    await writeFile(path.join(root, file), text);
    await expect(sourceFingerprint(root, SOURCES)).resolves.not.toBe(before);
  });

  it("changes when a file moves, its content unchanged", async () => {
    const before = await sourceFingerprint(root, SOURCES);
    await rename(path.join(root, "src/b.ts"), path.join(root, "src/lib/b.ts"));
    await expect(sourceFingerprint(root, SOURCES)).resolves.not.toBe(before);
  });

  it("fails on a source that is not there", async () => {
    await expect(sourceFingerprint(root, ["missing.ts"])).rejects.toThrow(/ENOENT/);
  });
});
