import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildSite, projectRoot, removeBuild } from "./support/build-site.ts";

const outDir = "dist-test-unlisted";
let papersDir: string;
let day: string;

beforeAll(async () => {
  papersDir = await mkdtemp(path.join(tmpdir(), "unlisted-files-"));
  day = path.join(papersDir, "2025/07/31");
  await mkdir(path.join(day, "x.mdx"), { recursive: true });
  await cp(
    "tests/fixtures/validate/valid/papers/2025/07/31/2307.03381.mdx",
    path.join(day, "2307.03381.mdx"),
  );
  await writeFile(
    path.join(day, "cafe-paper.mdx"),
    Buffer.from('---\ntitle: "Caf\xe9 paper"\nauthors: []\n---\nAbstract.\n', "latin1"),
  );
  await writeFile(
    path.join(day, "upper.MDX"),
    '---\ntitle: "Upper"\nauthors: []\n---\nAbstract.\n',
  );
  await writeFile(path.join(day, "plain.md"), '---\ntitle: "Plain"\nauthors: []\n---\nAbstract.\n');
  await writeFile(path.join(day, ".2307.03381.mdx.4242-0123abcd.tmp"), "half a paper");
  await symlink("/etc/hostname", path.join(day, "outside.mdx"));
});

afterAll(async () => {
  await removeBuild(outDir);
  await rm(papersDir, { recursive: true, force: true });
});

describe("building a collection with files that are not papers or not UTF-8", () => {
  it(
    "fails, naming each such file and what to do, as papers:validate does",
    () => {
      const build = buildSite({ papersDir, outDir });
      const lines = build.output.split(/\r?\n/).map((line) => line.trim());
      expect(build.status, build.output).not.toBe(0);
      expect(build.status, build.output).not.toBeNull();
      const at = (name: string) => `${day}/${name}:1:1  path  `;
      for (const line of [
        `${day}/cafe-paper.mdx:2:12  encoding  is not UTF-8: byte 0xE9 cannot be read (a file saved as Latin-1 or Windows-1252?); save it as UTF-8`,
        `${at("upper.MDX")}has the wrong extension: paper files end in .mdx, in lowercase; rename it upper.mdx`,
        `${at("plain.md")}has the wrong extension: paper files end in .mdx, in lowercase; rename it plain.mdx`,
        `${at("x.mdx")}is a folder named like a paper file: a paper is one file, YYYY/MM/DD/<id>.mdx; move its files out and remove the folder`,
        `${at("outside.mdx")}is a symbolic link (to /etc/hostname, outside the papers folder), which is never followed: put the file itself here instead of a link`,
        `${at(".2307.03381.mdx.4242-0123abcd.tmp")}is a temporary file left by an interrupted papers:add or papers:import (process 4242), not a paper; 2307.03381.mdx beside it is untouched: delete it (the next papers:add or papers:import does)`,
      ]) {
        expect(lines, build.output).toContain(line);
      }
      expect(existsSync(path.join(projectRoot, outDir, "index.html"))).toBe(false);
    },
    BUILD_TIMEOUT_MS,
  );
});
