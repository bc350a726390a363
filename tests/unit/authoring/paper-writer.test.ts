import * as fs from "node:fs/promises";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../../src/lib/content/frontmatter.ts";
import {
  formatWriteLine,
  formatWriteSummary,
  paperPathInCollection,
  PaperWriteError,
  planPaperWrites,
  serializePaper,
  writePapers,
  type PaperDraft,
  type PaperFileSystem,
} from "../../../src/lib/authoring/paper-writer.ts";
import {
  paperFrontmatterSchema,
  type PaperFrontmatter,
} from "../../../src/lib/content/paper-schema.ts";
import { InvalidContentError } from "../../../src/lib/content/check-paper.ts";
import { InterruptedError } from "../../../src/lib/authoring/interrupts.ts";

const FULL: PaperFrontmatter = {
  thumbnail: "./figure.png",
  submitter: "ada-l",
  upvotes: 12,
  tags: ["vision", "robotics"],
  links: {
    project: "https://example.org/p",
    code: "https://github.com/x/y",
    pdf: "https://example.org/p.pdf",
  },
  journal: "Advances in Neural Information Processing Systems 36 (2023)",
  doi: "10.1145/3581783.3612345",
  published: "2023-07-07",
  arxiv: "2307.03380",
  authors: ["Ada Lovelace", 'Grace "Amazing" Hopper'],
  title: 'Attention: "Is" All #1 You {Need} & More',
};

const realFileSystem: PaperFileSystem = {
  mkdir: (folder, options) => fs.mkdir(folder, options),
  writeFile: (file, data, options) => fs.writeFile(file, data, options),
  copyFile: (from, to, mode) => fs.copyFile(from, to, mode),
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
  rmdir: (folder) => fs.rmdir(folder),
};

let folder: string;
let papersDir: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "paper-writer-"));
  papersDir = path.join(folder, "content", "papers");
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function draft(
  title: string,
  day = "2025-07-31",
  abstractMdx = `The abstract of ${title}.`,
): PaperDraft {
  return { frontmatter: { title, authors: [] }, abstractMdx, day };
}

/** Every folder and file below `root` with its bytes, to compare the tree before and after. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    tree[path.relative(root, full)] = entry.isDirectory()
      ? "<folder>"
      : (await readFile(full)).toString("base64");
  }
  return tree;
}

describe("serializePaper", () => {
  it("writes the fields in a fixed order with every string quoted", () => {
    const source = serializePaper({ frontmatter: FULL, abstractMdx: "  The abstract.\n\n" });
    expect(source).toBe(
      [
        "---",
        'title: "Attention: \\"Is\\" All #1 You {Need} & More"',
        "authors:",
        '  - "Ada Lovelace"',
        '  - "Grace \\"Amazing\\" Hopper"',
        'arxiv: "2307.03380"',
        'published: "2023-07-07"',
        'doi: "10.1145/3581783.3612345"',
        'journal: "Advances in Neural Information Processing Systems 36 (2023)"',
        "links:",
        '  pdf: "https://example.org/p.pdf"',
        '  code: "https://github.com/x/y"',
        '  project: "https://example.org/p"',
        'tags: ["vision", "robotics"]',
        "upvotes: 12",
        'submitter: "ada-l"',
        'thumbnail: "./figure.png"',
        "---",
        "The abstract.",
        "",
      ].join("\n"),
    );
  });

  it("reads back as the same frontmatter, the arXiv id as a string", () => {
    const split = splitFrontmatter(serializePaper({ frontmatter: FULL, abstractMdx: "Text." }));
    expect(paperFrontmatterSchema.parse(split.data)).toEqual(FULL);
    expect(split.body).toBe("Text.\n");
  });

  it("keeps an empty author list and leaves out empty optional fields", () => {
    const source = serializePaper({
      frontmatter: {
        title: "T",
        authors: [],
        links: {},
        tags: [],
        published: "",
      },
      abstractMdx: "Text.",
    });
    expect(source).toBe('---\ntitle: "T"\nauthors: []\n---\nText.\n');
  });

  it("keeps a long title on one line", () => {
    const title = "A very long title ".repeat(12).trim();
    const source = serializePaper({ frontmatter: { title, authors: [] }, abstractMdx: "Text." });
    expect(source.split("\n")[1]).toBe(`title: "${title}"`);
  });
});

describe("planPaperWrites", () => {
  it("places each paper in its day folder under its id", async () => {
    const [planned] = await planPaperWrites([draft("A Paper on Things")], {
      papersDir,
      root: folder,
    });
    expect(planned?.file).toBe("content/papers/2025/07/31/a-paper-on-things.mdx");
    expect(planned?.absolutePath).toBe(
      path.join(papersDir, "2025", "07", "31", "a-paper-on-things.mdx"),
    );
    expect(planned?.status).toBe("added");
    expect(paperPathInCollection("2025-01-02", "x")).toBe("2025/01/02/x.mdx");
  });

  it("reports every invalid paper, with its origin, and writes nothing", async () => {
    const bad: PaperDraft = {
      frontmatter: { title: "Bad Tags", authors: [], tags: ["Not Kebab"] },
      abstractMdx: "Text {x}",
      day: "2025-07-31",
      origin: "seed.txt paragraph 9",
    };
    const error = await writePapers([draft("Fine"), bad], { papersDir, root: folder }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidContentError);
    const message = (error as Error).message;
    expect(message).toContain("content/papers/2025/07/31/bad-tags.mdx (from seed.txt paragraph 9)");
    expect(message).toContain("tags.0");
    expect(message).toContain("{expressions} are not allowed");
    await expect(readdir(folder)).resolves.toEqual([]);
  });

  it("reports two papers with the same id in one batch", async () => {
    const error = await planPaperWrites([draft("Same Title"), draft("Same  title!")], {
      papersDir,
      root: folder,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidContentError);
    expect((error as Error).message).toContain('id "same-title" is already used');
  });

  it("reports a paper whose id is already used in another day's folder instead of overwriting it", async () => {
    const other = path.join(papersDir, "2025", "07", "30");
    await mkdir(other, { recursive: true });
    await writeFile(path.join(other, "same-title.mdx"), "earlier paper");
    const before = await snapshot(folder);
    const error = await writePapers([draft("Same Title")], {
      papersDir,
      root: folder,
      force: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidContentError);
    expect((error as Error).message).toContain(
      'id "same-title" is already used by content/papers/2025/07/30/same-title.mdx',
    );
    expect(await snapshot(folder)).toEqual(before);
  });
});

describe("writePapers", () => {
  it("adds new papers, then finds them unchanged on a second run", async () => {
    const drafts = [draft("One"), draft("Two", "2025-08-01")];
    const first = await writePapers(drafts, { papersDir, root: folder });
    expect(first.papers.map((paper) => paper.status)).toEqual(["added", "added"]);
    expect(await readFile(path.join(papersDir, "2025/08/01/two.mdx"), "utf8")).toBe(
      serializePaper(drafts[1] as PaperDraft),
    );
    const written = await snapshot(folder);
    const second = await writePapers(drafts, { papersDir, root: folder });
    expect(second.papers.map((paper) => paper.status)).toEqual(["unchanged", "unchanged"]);
    expect(await snapshot(folder)).toEqual(written);
  });

  it("skips a file that exists with other content unless forced", async () => {
    await writePapers([draft("One")], { papersDir, root: folder });
    const file = path.join(papersDir, "2025/07/31/one.mdx");
    await writeFile(file, "edited by hand");
    const skipped = await writePapers([draft("One")], { papersDir, root: folder });
    expect(skipped.papers[0]?.status).toBe("conflict");
    expect(await readFile(file, "utf8")).toBe("edited by hand");

    const forced = await writePapers([draft("One")], { papersDir, root: folder, force: true });
    expect(forced.papers[0]?.status).toBe("replaced");
    expect(await readFile(file, "utf8")).toBe(serializePaper(draft("One")));
    expect(await readdir(path.dirname(file))).toEqual(["one.mdx"]);
  });

  it("writes nothing in a dry run but returns the files it would write", async () => {
    const result = await writePapers([draft("One")], { papersDir, root: folder, dryRun: true });
    expect(result.papers[0]?.status).toBe("added");
    expect(result.papers[0]?.source).toBe(serializePaper(draft("One")));
    await expect(readdir(folder)).resolves.toEqual([]);
  });

  it("leaves no temporary or backup files beside the papers", async () => {
    await writePapers([draft("One"), draft("Two")], { papersDir, root: folder });
    await writeFile(path.join(papersDir, "2025/07/31/one.mdx"), "old");
    await writePapers([draft("One"), draft("Two"), draft("Three")], {
      papersDir,
      root: folder,
      force: true,
    });
    expect((await readdir(path.join(papersDir, "2025/07/31"))).sort()).toEqual([
      "one.mdx",
      "three.mdx",
      "two.mdx",
    ]);
  });

  describe("when a file operation fails partway", () => {
    const failOn = (operation: keyof PaperFileSystem, call: number): Partial<PaperFileSystem> => {
      let calls = 0;
      const original = realFileSystem[operation] as (...args: unknown[]) => Promise<unknown>;
      const failing = async (...args: unknown[]) => {
        calls++;
        if (calls === call)
          throw Object.assign(new Error(`injected ${operation} failure`), { code: "EIO" });
        return original(...args);
      };
      return { [operation]: failing };
    };

    it.each([
      ["mkdir", 2],
      ["writeFile", 3],
      ["copyFile", 1],
      ["rename", 1],
      ["rename", 3],
      ["rename", 4],
    ] as const)(
      "restores the papers folder byte for byte when %s call %i fails",
      async (operation, call) => {
        // One paper to replace, one unchanged, and new ones in an existing and in two new day folders.
        await writePapers([draft("Replaced"), draft("Kept")], { papersDir, root: folder });
        await writeFile(path.join(papersDir, "2025/07/31/replaced.mdx"), "edited by hand");
        const before = await snapshot(folder);
        const drafts = [
          draft("Replaced"),
          draft("Kept"),
          draft("New Here"),
          draft("New Day", "2025-08-01"),
          draft("Next Year", "2026-01-01"),
        ];

        const error = await writePapers(drafts, {
          papersDir,
          root: folder,
          force: true,
          fileSystem: failOn(operation, call),
        }).catch((e: unknown) => e);

        expect(error).toBeInstanceOf(PaperWriteError);
        expect((error as Error).message).toBe(
          `could not write the papers (injected ${operation} failure); nothing was changed`,
        );
        expect(await snapshot(folder)).toEqual(before);
      },
    );

    it.each([
      ["copyFile", 1],
      ["rename", 2],
    ] as const)("restores an updated file too when %s call %i fails", async (operation, call) => {
      await writePapers([draft("Counted")], { papersDir, root: folder });
      const counted = path.join(papersDir, "2025/07/31/counted.mdx");
      const before = await snapshot(folder);
      const source = (await readFile(counted, "utf8")).replace("---\n", "---\nupvotes: 3\n");

      const error = await writePapers([draft("New Here")], {
        papersDir,
        root: folder,
        updates: [{ absolutePath: counted, source }],
        fileSystem: failOn(operation, call),
      }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PaperWriteError);
      expect(await snapshot(folder)).toEqual(before);
    });

    it("says so when restoring fails too", async () => {
      const error = await writePapers([draft("One"), draft("Two")], {
        papersDir,
        root: folder,
        fileSystem: {
          ...failOn("rename", 2),
          unlink: () => Promise.reject(new Error("injected unlink failure")),
        },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaperWriteError);
      expect((error as Error).message).toContain("restoring failed too");
      expect((error as Error).message).toContain("injected unlink failure");
    });
  });
});

describe("writePapers stopped by a signal", () => {
  const drafts = [draft("Replaced"), draft("New Here"), draft("New Day", "2025-08-01")];

  it.each([
    ["mkdir", 1],
    ["writeFile", 2],
    ["copyFile", 1],
    ["rename", 1],
    ["rename", 3],
  ] as const)(
    "puts the papers folder back byte for byte when the signal comes during %s call %i",
    async (operation, call) => {
      await writePapers([draft("Replaced")], { papersDir, root: folder });
      await writeFile(path.join(papersDir, "2025/07/31/replaced.mdx"), "edited by hand");
      const before = await snapshot(folder);
      const controller = new AbortController();
      let calls = 0;
      const original = realFileSystem[operation] as (...args: unknown[]) => Promise<unknown>;
      const error = await writePapers(drafts, {
        papersDir,
        root: folder,
        force: true,
        signal: controller.signal,
        fileSystem: {
          [operation]: async (...args: unknown[]) => {
            // The operation completes, as one under way when the signal arrives does.
            const result = await original(...args);
            if (++calls === call) controller.abort(new InterruptedError("SIGINT"));
            return result;
          },
        },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaperWriteError);
      expect((error as Error).message).toBe(
        "interrupted by SIGINT while writing the papers; nothing was changed",
      );
      expect((error as PaperWriteError).restored).toBe(true);
      expect((error as PaperWriteError).papers.map((paper) => paper.id)).toEqual([
        "replaced",
        "new-here",
        "new-day",
      ]);
      expect(await snapshot(folder)).toEqual(before);
    },
  );
});

describe("writePapers after a run that was killed", () => {
  const day = () => path.join(papersDir, "2025/07/31");
  // No process has this id: Linux process ids stay below 2^22.
  const gone = ".one.mdx.2147483647-0123abcd";

  it("removes temporary files of a process that is gone and backups identical to their paper", async () => {
    await writePapers([draft("One")], { papersDir, root: folder });
    await writeFile(path.join(day(), `${gone}.tmp`), "half");
    await writeFile(path.join(day(), `${gone}.bak`), serializePaper(draft("One")));
    const result = await writePapers([draft("Two")], { papersDir, root: folder });
    expect(result.warnings).toEqual([
      `removed content/papers/2025/07/31/${gone}.bak, left by an interrupted run (process 2147483647)`,
      `removed content/papers/2025/07/31/${gone}.tmp, left by an interrupted run (process 2147483647)`,
    ]);
    expect((await readdir(day())).sort()).toEqual(["one.mdx", "two.mdx"]);
  });

  it("refuses to write beside a backup that differs from its paper, or a file of a running process", async () => {
    await writePapers([draft("One")], { papersDir, root: folder });
    await writeFile(path.join(day(), `${gone}.bak`), "the text before");
    await writeFile(path.join(day(), `.one.mdx.${process.ppid}-0123abcd.tmp`), "half");
    const before = await snapshot(folder);
    const error = await writePapers([draft("Two")], { papersDir, root: folder }).catch(
      (e: unknown) => e,
    );
    // In path order, which depends on the process id.
    expect((error as Error).message.split("\n").sort()).toEqual(
      [
        `content/papers/2025/07/31/${gone}.bak: a backup of content/papers/2025/07/31/one.mdx that an interrupted --force run replaced; if the paper is right, delete the backup, otherwise put it back with mv`,
        `content/papers/2025/07/31/.one.mdx.${process.ppid}-0123abcd.tmp: process ${process.ppid} that wrote it is still running (another papers:add or papers:import?); wait for it to end`,
        "the papers folder holds files an earlier write left:",
      ].sort(),
    );
    expect(await snapshot(folder)).toEqual(before);
  });
});

describe("writePapers with updates", () => {
  it("rewrites a file already in the collection with new text, validated, and says so", async () => {
    await writePapers([draft("Counted")], { papersDir, root: folder });
    const counted = path.join(papersDir, "2025/07/31/counted.mdx");
    const source = (await readFile(counted, "utf8")).replace("---\n", "---\nupvotes: 3\n");
    const options = { papersDir, root: folder, updates: [{ absolutePath: counted, source }] };

    const { papers } = await writePapers([], options);
    expect(papers.map(formatWriteLine)).toEqual([
      "updated   content/papers/2025/07/31/counted.mdx",
    ]);
    await expect(readFile(counted, "utf8")).resolves.toBe(source);
    const again = await writePapers([], options);
    expect(again.papers.map((paper) => paper.status)).toEqual(["unchanged"]);
  });

  it("refuses new text that is not a valid paper, naming the file, and writes nothing", async () => {
    await writePapers([draft("Counted")], { papersDir, root: folder });
    const counted = path.join(papersDir, "2025/07/31/counted.mdx");
    const before = await snapshot(folder);
    const source = (await readFile(counted, "utf8")).replace("---\n", "---\nupvotes: -3\n");
    const error = await writePapers([draft("New Here")], {
      papersDir,
      root: folder,
      updates: [{ absolutePath: counted, source, origin: "a test" }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidContentError);
    expect((error as Error).message).toContain(
      "content/papers/2025/07/31/counted.mdx (from a test):2:1  upvotes  must be a whole number of 0 or more",
    );
    expect(await snapshot(folder)).toEqual(before);
  });
});

describe("formatWriteLine and formatWriteSummary", () => {
  it("name each file and count the outcomes", async () => {
    await writePapers([draft("Same"), draft("Edited")], { papersDir, root: folder });
    await writeFile(path.join(papersDir, "2025/07/31/edited.mdx"), "edited");
    const papers = await planPaperWrites([draft("New"), draft("Same"), draft("Edited")], {
      papersDir,
      root: folder,
    });
    expect(papers.map(formatWriteLine)).toEqual([
      "added     content/papers/2025/07/31/new.mdx",
      "unchanged content/papers/2025/07/31/same.mdx",
      "skipped   content/papers/2025/07/31/edited.mdx  (exists with different content; use --force)",
    ]);
    expect(formatWriteSummary(papers)).toBe(
      "added 1, unchanged 1, skipped 1 (exists with different content; use --force)",
    );
    const forced = await planPaperWrites([draft("Edited")], {
      papersDir,
      root: folder,
      force: true,
    });
    expect(formatWriteSummary(forced)).toBe(
      "added 0, unchanged 0, skipped 0 (exists with different content; use --force), replaced 1",
    );
  });
});
