import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dayOfPaperFile,
  displayPath,
  listPaperFiles,
  scanPapersFolder,
} from "../../../src/lib/content/paper-files.ts";

let root: string;
let papersDir: string;

const expected = [
  "2024/12/31/hep-th-9901001.mdx",
  "2025/07/31/2307.03381.mdx",
  "2025/07/31/a-paper.mdx",
  "2025/08/01/b.mdx",
  "misplaced.mdx",
];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "paper-files-"));
  papersDir = path.join(root, "papers");
  const files = [
    ...expected,
    "2025/07/31/figure.png",
    "2025/07/31/notes.md",
    "2025/07/31/draft.mdx.bak",
    "2025/07/31/upper.MDX",
    "2025/07/31/.a-paper.mdx.4242-0123abcd.tmp",
    "2025/07/31/.a-paper.mdx.4242-4567cdef.bak",
    "2025/07/31/.DS_Store",
    "README.txt",
  ];
  for (const file of files) {
    await mkdir(path.join(papersDir, path.dirname(file)), { recursive: true });
    await writeFile(path.join(papersDir, file), "---\n---\n");
  }
  // A folder whose name ends in .mdx is not a paper file.
  await mkdir(path.join(papersDir, "2025/08/01/folder.mdx"), { recursive: true });
  await mkdir(path.join(papersDir, "2025/09/01"), { recursive: true });
  await symlink("/etc/passwd", path.join(papersDir, "2025/08/01/outside.mdx"));
  await symlink("b.mdx", path.join(papersDir, "2025/08/01/inside.mdx"));
  await symlink("../../2025", path.join(papersDir, "2025/08/looped"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("listPaperFiles", () => {
  it("lists every .mdx file below the folder, sorted, with / separators", async () => {
    expect(await listPaperFiles(papersDir)).toEqual(expected);
  });

  it("gives the same paths however the folder is written", async () => {
    const relative = path.relative(process.cwd(), papersDir);
    for (const dir of [`${papersDir}/`, relative, `./${relative}`, `${relative}//`]) {
      expect(await listPaperFiles(dir)).toEqual(expected);
    }
  });

  it("gives an empty list for an empty folder", async () => {
    expect(await listPaperFiles(path.join(papersDir, "2025/09/01"))).toEqual([]);
  });

  it("fails on a folder that does not exist", async () => {
    await expect(listPaperFiles(path.join(root, "missing"))).rejects.toThrow(/ENOENT/);
  });
});

describe("scanPapersFolder", () => {
  it("names every entry that is neither a paper nor an image, and what to do, never following a link", async () => {
    const folder = await scanPapersFolder(papersDir);
    expect(folder.papers).toEqual(expected);
    expect(folder.images).toEqual(["2025/07/31/figure.png"]);
    expect(folder.leftovers).toEqual([
      {
        kind: "tmp",
        paper: "a-paper.mdx",
        pid: 4242,
        pathInCollection: "2025/07/31/.a-paper.mdx.4242-0123abcd.tmp",
      },
      {
        kind: "bak",
        paper: "a-paper.mdx",
        pid: 4242,
        pathInCollection: "2025/07/31/.a-paper.mdx.4242-4567cdef.bak",
      },
    ]);
    const run = "an interrupted papers:add or papers:import (process 4242)";
    expect(folder.strays).toEqual([
      {
        pathInCollection: "2025/07/31/.a-paper.mdx.4242-0123abcd.tmp",
        message: `is a temporary file left by ${run}, not a paper; a-paper.mdx beside it is untouched: delete it (the next papers:add or papers:import does)`,
      },
      {
        pathInCollection: "2025/07/31/.a-paper.mdx.4242-4567cdef.bak",
        message: `is a backup of a-paper.mdx left by ${run} with --force: if a-paper.mdx is right, delete the backup; otherwise put it back with mv`,
      },
      {
        pathInCollection: "2025/07/31/draft.mdx.bak",
        message:
          "is neither a paper (YYYY/MM/DD/<id>.mdx) nor an image beside one (.png, .jpg, .webp, .avif, .gif): move it out of the papers folder",
      },
      {
        pathInCollection: "2025/07/31/notes.md",
        message:
          "has the wrong extension: paper files end in .mdx, in lowercase; rename it notes.mdx",
      },
      {
        pathInCollection: "2025/07/31/upper.MDX",
        message:
          "has the wrong extension: paper files end in .mdx, in lowercase; rename it upper.mdx",
      },
      {
        pathInCollection: "2025/08/01/folder.mdx",
        message:
          "is a folder named like a paper file: a paper is one file, YYYY/MM/DD/<id>.mdx; move its files out and remove the folder",
      },
      {
        pathInCollection: "2025/08/01/inside.mdx",
        message:
          "is a symbolic link (to b.mdx), which is never followed: put the file itself here instead of a link",
      },
      {
        pathInCollection: "2025/08/01/outside.mdx",
        message:
          "is a symbolic link (to /etc/passwd, outside the papers folder), which is never followed: put the file itself here instead of a link",
      },
      {
        pathInCollection: "2025/08/looped",
        message:
          "is a symbolic link (to ../../2025), which is never followed: put the file itself here instead of a link",
      },
      {
        pathInCollection: "README.txt",
        message:
          "is neither a paper (YYYY/MM/DD/<id>.mdx) nor an image beside one (.png, .jpg, .webp, .avif, .gif): move it out of the papers folder",
      },
    ]);
  });
});

describe("displayPath", () => {
  it("writes a path inside the root from the root, with / separators", () => {
    expect(displayPath("/work/site", "/work/site/content/papers/a.mdx")).toBe(
      "content/papers/a.mdx",
    );
  });

  it("keeps a path outside the root absolute", () => {
    expect(displayPath("/work/site", "/tmp/papers/a.mdx")).toBe("/tmp/papers/a.mdx");
    expect(displayPath("/work/site", "/work/site-2/a.mdx")).toBe("/work/site-2/a.mdx");
  });
});

describe("dayOfPaperFile", () => {
  it.each([
    ["2025/07/31/2307.03381.mdx", "2025-07-31"],
    ["content/papers/2024/12/31/hep-th-9901001.mdx", "2024-12-31"],
    ["content/papers/2025/07/31/figure.png", undefined],
    ["content/papers/misc/x.mdx", undefined],
    ["content/papers/12025/07/31/x.mdx", undefined],
    ["content/papers/2025/07/31/nested/x.mdx", undefined],
  ])("reads %s as %s", (file, day) => {
    expect(dayOfPaperFile(file)).toBe(day);
  });
});
