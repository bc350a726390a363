import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays } from "../../../src/lib/feed/dates.ts";
import { paperPathInCollection, serializePaper } from "../../../src/lib/authoring/paper-writer.ts";
import {
  checkPaperCollection,
  MissingPapersFolderError,
  readCollectionIdentities,
} from "../../../src/lib/content/check-collection.ts";

const INVALID = "tests/fixtures/validate/invalid/papers";
const VALID = "tests/fixtures/validate/valid/papers";

describe("checkPaperCollection", () => {
  it("checks every file, renders valid abstracts and lists every identity", async () => {
    const result = await checkPaperCollection({ papersDir: VALID });
    expect(result.problems).toEqual([]);
    expect(result.selected).toBe(4);
    expect(result.identities.map((identity) => identity.id)).toEqual([
      "a-workshop-paper-without-arxiv",
      "2307.03381",
      "hep-th-9711200",
      "2406.01234",
    ]);
    expect(result.identities[1]).toEqual({
      id: "2307.03381",
      file: `${VALID}/2025/07/31/2307.03381.mdx`,
      arxiv: "2307.03381v2",
    });
    const math = result.checked.find((check) => check.identity.id === "2406.01234");
    expect(math?.absolutePath).toBe(path.resolve(VALID, "2025/08/01/2406.01234.mdx"));
    expect(math?.paper?.abstract.html).toContain('class="katex-display"');
  });

  it("finds the same problems without rendering, leaving the HTML out", async () => {
    const rendered = await checkPaperCollection({ papersDir: INVALID });
    const checked = await checkPaperCollection({ papersDir: INVALID, render: false });
    expect(checked.problems).toEqual(rendered.problems);
    expect(checked.problems).toHaveLength(33);
    const valid = await checkPaperCollection({ papersDir: VALID, render: false });
    expect(valid.checked.map((check) => check.paper?.abstract.html)).toEqual(["", "", "", ""]);
  });

  it("reports problems only in the selected files, against the whole collection", async () => {
    const result = await checkPaperCollection({
      papersDir: INVALID,
      select: (pathInCollection) => pathInCollection.startsWith("2025/07/30/"),
    });
    expect(result.selected).toBe(1);
    expect(result.checked.map((check) => check.pathInCollection)).toEqual([
      "2025/07/30/same-id.mdx",
    ]);
    expect(result.identities).toHaveLength(33);
    expect(result.problems).toEqual([
      {
        file: `${INVALID}/2025/07/30/same-id.mdx`,
        position: { line: 1, column: 1 },
        field: "path",
        message: `id "same-id" is already used by ${INVALID}/2025/07/31/same-id.mdx`,
      },
    ]);
  });

  it("does not check again a file it is told is unchanged, but still counts it for duplicates", async () => {
    const asked: string[] = [];
    const result = await checkPaperCollection({
      papersDir: INVALID,
      reuse: (file) => {
        asked.push(file.pathInCollection);
        return file.pathInCollection.endsWith("same-id.mdx") || file.source.includes("2402.00002")
          ? undefined
          : { id: "reused", file: file.file };
      },
    });
    expect(asked).toHaveLength(33);
    expect(result.checked.map((check) => check.pathInCollection)).toEqual([
      "2025/07/29/2402.00002.mdx",
      "2025/07/30/same-id.mdx",
      "2025/07/31/copy-of-2402-00002.mdx",
      "2025/07/31/same-id.mdx",
    ]);
    // The reused files all claim the id "reused", which is a duplicate too.
    expect(result.problems.map((problem) => problem.message)).toContain(
      `id "same-id" is already used by ${INVALID}/2025/07/30/same-id.mdx`,
    );
    expect(
      result.problems.filter((problem) => problem.message.startsWith('id "reused"')),
    ).toHaveLength(28);
  });
});

describe("checkPaperCollection in worker threads", () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "validate-collection-"));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  // Each worker imports the MDX and KaTeX stack afresh, which takes seconds on a busy machine.
  it("finds exactly what one thread finds, in the same order", { timeout: 120_000 }, async () => {
    const papersDir = path.join(folder, "papers");
    // Enough files for two workers, each of which checks at least its first chunk.
    const files = Array.from({ length: 2100 }, (_, index) => {
      const day = addDays("2025-01-01", Math.floor(index / 20));
      const abstract =
        index % 97 === 0 ? "Broken $\\frac{$ math." : `Paper ${index}, with $x_${index}$.`;
      return {
        file: path.join(papersDir, paperPathInCollection(day, `paper-${index}`)),
        source: serializePaper({
          frontmatter: { title: `Paper ${index}`, authors: [] },
          abstractMdx: abstract,
        }),
      };
    });
    for (const folderOfDay of new Set(files.map(({ file }) => path.dirname(file)))) {
      await mkdir(folderOfDay, { recursive: true });
    }
    await Promise.all(files.map(({ file, source }) => writeFile(file, source)));
    await cp(
      path.join(papersDir, "2025/01/01/paper-1.mdx"),
      path.join(papersDir, "2025/01/02/paper-1.mdx"),
    );
    const here = await checkPaperCollection({ papersDir, root: folder, render: false });
    const threaded = await checkPaperCollection({
      papersDir,
      root: folder,
      render: false,
      workers: 2,
    });
    // 22 broken formulas (every 97th paper) and one id used twice.
    expect(here.problems).toHaveLength(23);
    expect(threaded.problems).toEqual(here.problems);
    expect(threaded.checked).toEqual(here.checked);
    expect(threaded.checked).toHaveLength(2101);
  });
});

describe("checkPaperCollection on a folder that is not there", () => {
  it.each([
    ["does not exist", "tests/fixtures/validate/missing"],
    ["is a file", "tests/fixtures/validate/valid/papers/2025/07/31/2307.03381.mdx"],
  ])("says there is no papers folder when it %s, naming it from the root", async (_, papersDir) => {
    const check = checkPaperCollection({ papersDir, root: "." });
    await expect(check).rejects.toBeInstanceOf(MissingPapersFolderError);
    await expect(check).rejects.toThrow(
      `there is no papers folder ${papersDir}: create it, or set papersDir in site.config.ts (or PAPERS_DIR) to the folder of paper files`,
    );
  });
});

describe("readCollectionIdentities", () => {
  it("reads each paper's id and arXiv id without checking it", async () => {
    const identities = await readCollectionIdentities({ papersDir: INVALID });
    expect(identities).toHaveLength(33);
    expect(identities).toContainEqual({
      id: "copy-of-2402-00002",
      file: `${INVALID}/2025/07/31/copy-of-2402-00002.mdx`,
      arxiv: "2402.00002v2",
    });
  });

  it("finds none in a folder that does not exist yet", async () => {
    expect(
      await readCollectionIdentities({ papersDir: "tests/fixtures/validate/missing" }),
    ).toEqual([]);
  });
});
