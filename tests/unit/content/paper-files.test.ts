import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dayOfPaperFile,
  displayPath,
  listPaperFiles,
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
    "README.txt",
  ];
  for (const file of files) {
    await mkdir(path.join(papersDir, path.dirname(file)), { recursive: true });
    await writeFile(path.join(papersDir, file), "---\n---\n");
  }
  // A folder whose name ends in .mdx is not a paper file.
  await mkdir(path.join(papersDir, "2025/08/01/folder.mdx"), { recursive: true });
  await mkdir(path.join(papersDir, "2025/09/01"), { recursive: true });
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
