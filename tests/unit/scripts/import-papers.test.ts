import { mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../scripts/import-papers.ts";
import { parseDailyPapersText } from "../../../src/lib/authoring/daily-papers-text.ts";
import { splitFrontmatter } from "../../../src/lib/content/frontmatter.ts";
import { paperId } from "../../../src/lib/content/paper-id.ts";
import { paperFrontmatterSchema } from "../../../src/lib/content/paper-schema.ts";
import { renderAbstract } from "../../../src/lib/content/render-abstract.ts";
import { runAndInterrupt } from "../../support/interrupt-child.ts";
import { snapshotFolder as snapshot } from "../../support/snapshot-folder.ts";

const SCRIPT = fileURLToPath(new URL("../../../scripts/import-papers.ts", import.meta.url));

const SAMPLE = fileURLToPath(new URL("../../fixtures/daily-papers-sample.txt", import.meta.url));
const SAMPLE_PAPERS = 9;

let folder: string;
let papersDir: string;
let dayFolder: string;
let stdout: string[];
let stderr: string[];

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "import-papers-"));
  papersDir = path.join(folder, "papers");
  dayFolder = path.join(papersDir, "2025", "07", "31");
  stdout = [];
  stderr = [];
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function run(...argv: string[]): Promise<number> {
  return main(argv, {
    papersDir,
    root: folder,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
}

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

describe("papers:import", () => {
  it("imports every paper of the sample so that each renders exactly as its source text", async () => {
    expect(await run(SAMPLE, "--date", "2025-07-31")).toBe(0);
    const entries = parseDailyPapersText(await readFile(SAMPLE, "utf8"));
    expect(entries).toHaveLength(SAMPLE_PAPERS);
    expect(await readdir(dayFolder)).toHaveLength(SAMPLE_PAPERS);
    for (const entry of entries) {
      const source = await readFile(path.join(dayFolder, `${paperId(entry)}.mdx`), "utf8");
      const split = splitFrontmatter(source);
      const frontmatter = paperFrontmatterSchema.parse(split.data);
      expect(frontmatter.title).toBe(entry.title);
      expect(frontmatter.authors).toEqual([]);
      const rendered = renderAbstract(split.body);
      expect(rendered.problems, entry.title).toEqual([]);
      expect(rendered.hasMath, entry.title).toBe(false);
      expect(normalize(toText(fromHtml(rendered.html, { fragment: true }))), entry.title).toBe(
        normalize(entry.abstract),
      );
    }
  });

  it("sets links.code from the abstract and keeps the sentence in it", async () => {
    await run(SAMPLE, "--date", "2025-07-31");
    const geodesic = await readFile(
      path.join(dayFolder, "geodesic-multi-modal-mixup-for-robust-fine-tuning.mdx"),
      "utf8",
    );
    expect(geodesic).toContain(
      'links:\n  code: "https://github.com/changdaeoh/multimodal-mixup"\n',
    );
    expect(geodesic).toMatch(/Code: https:\/\/github\.com\/changdaeoh\/multimodal-mixup\n$/);
    const exporting = await readFile(path.join(dayFolder, "exporting-knowledge.mdx"), "utf8");
    expect(exporting).toContain('code: "https://gitlab.com/example/exporting-knowledge"');
    const lossless = await readFile(
      path.join(dayFolder, "lossless-compression-with-probabilistic-circuits.mdx"),
      "utf8",
    );
    expect(lossless).not.toContain("links:");
  });

  it("prints a line per paper and a summary, then finds everything unchanged on a second run", async () => {
    await run(SAMPLE, "--date", "2025-07-31");
    expect(stdout).toHaveLength(SAMPLE_PAPERS + 1);
    expect(stdout[0]).toBe(
      "added     papers/2025/07/31/geodesic-multi-modal-mixup-for-robust-fine-tuning.mdx",
    );
    expect(stdout.at(-1)).toBe(
      `added ${SAMPLE_PAPERS}, unchanged 0, skipped 0 (exists with different content; use --force)`,
    );
    const written = await snapshot(papersDir);

    stdout = [];
    expect(await run(SAMPLE, "--date", "2025-07-31")).toBe(0);
    expect(stdout.at(-1)).toBe(
      `added 0, unchanged ${SAMPLE_PAPERS}, skipped 0 (exists with different content; use --force)`,
    );
    expect(await snapshot(papersDir)).toEqual(written);
  });

  it("skips a paper edited since, and replaces it with --force", async () => {
    await run(SAMPLE, "--date", "2025-07-31");
    const edited = path.join(dayFolder, "ordered-starts.mdx");
    await writeFile(edited, "edited by hand");
    stdout = [];
    expect(await run(SAMPLE, "--date", "2025-07-31")).toBe(0);
    expect(stdout).toContain(
      "skipped   papers/2025/07/31/ordered-starts.mdx  (exists with different content; use --force)",
    );
    expect(stdout.at(-1)).toBe(
      `added 0, unchanged ${SAMPLE_PAPERS - 1}, skipped 1 (exists with different content; use --force)`,
    );
    expect(await readFile(edited, "utf8")).toBe("edited by hand");

    stdout = [];
    expect(await run(SAMPLE, "--date", "2025-07-31", "--force")).toBe(0);
    expect(stdout.at(-1)).toBe(
      `added 0, unchanged ${SAMPLE_PAPERS - 1}, skipped 0 (exists with different content; use --force), replaced 1`,
    );
    expect(await readFile(edited, "utf8")).toMatch(/^---\ntitle: "Ordered Starts"\n/);
  });

  it("writes nothing with --dry-run but prints the files it would write", async () => {
    expect(await run(SAMPLE, "--date", "2025-07-31", "--dry-run")).toBe(0);
    await expect(readdir(folder)).resolves.toEqual([]);
    expect(stdout).toContain(
      '---\ntitle: "Quoted Starts"\nauthors: []\n---\n\\> 90% of the gains come from data. === and --- are not underlines here, nor is \\* a bullet.\n',
    );
    expect(stdout.at(-1)).toBe(
      `dry run, nothing written; would have added ${SAMPLE_PAPERS}, unchanged 0, skipped 0 (exists with different content; use --force)`,
    );
  });

  it("leaves the papers folder as it was when writing fails partway", async () => {
    await run(SAMPLE, "--date", "2025-07-30");
    const before = await snapshot(folder);
    let renames = 0;
    const code = await main([SAMPLE, "--date", "2025-07-31"], {
      papersDir: path.join(folder, "papers-elsewhere"),
      root: folder,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      fileSystem: {
        rename: async (from, to) => {
          if (++renames === 5) throw new Error("disk full");
          await rename(from, to);
        },
      },
    });
    expect(code).toBe(1);
    expect(stderr.join("\n")).toContain(
      `${SAMPLE}: could not write the papers (disk full); nothing was changed`,
    );
    expect(await snapshot(folder)).toEqual(before);
  });

  it("refuses a paper already in another day's folder, naming both files", async () => {
    await run(SAMPLE, "--date", "2025-07-30");
    const before = await snapshot(folder);
    expect(await run(SAMPLE, "--date", "2025-07-31")).toBe(1);
    const message = stderr.join("\n");
    expect(message).toContain(`${SAMPLE}: nothing was written;`);
    expect(message).toContain(
      `papers/2025/07/31/quoted-starts.mdx (from ${SAMPLE} paragraph 21, line 41)`,
    );
    expect(message).toContain(
      'id "quoted-starts" is already used by papers/2025/07/30/quoted-starts.mdx',
    );
    expect(await snapshot(folder)).toEqual(before);
  });

  it.each([
    [[], "expected one input file, got 0"],
    [[SAMPLE], "--date must be a real day written YYYY-MM-DD, e.g. --date 2025-07-31"],
    [
      [SAMPLE, "--date", "2025-02-30"],
      '--date must be a real day written YYYY-MM-DD, e.g. --date 2025-07-31, not "2025-02-30"',
    ],
    [[SAMPLE, "--date", "31.07.2025"], 'not "31.07.2025"'],
    [[SAMPLE, "--date", "2025-07-31", "--colour"], "Unknown option '--colour'"],
  ])("rejects the arguments %j", async (argv, message) => {
    expect(await run(...argv)).toBe(1);
    expect(stderr.join("\n")).toContain(message);
    expect(stderr.join("\n")).toContain("usage: npm run papers:import -- <file> --date YYYY-MM-DD");
  });

  it("names the input file when it cannot be read", async () => {
    const missing = path.join(folder, "missing.txt");
    expect(await run(missing, "--date", "2025-07-31")).toBe(1);
    expect(stderr.join("\n")).toMatch(new RegExp(`^papers:import: ${missing}: ENOENT`));
  });

  it("names the line and column of a list that is not UTF-8", async () => {
    const list = path.join(folder, "latin1.txt");
    await writeFile(list, Buffer.from("Caf\xe9 Paper\n\nAn abstract.\n", "latin1"));
    expect(await run(list, "--date", "2025-07-31")).toBe(1);
    expect(stderr).toEqual([
      `papers:import: ${list}:1:4: is not UTF-8: byte 0xE9 cannot be read (a file saved as Latin-1 or Windows-1252?); save it as UTF-8`,
    ]);
  });

  it("names the input file and the paragraph when the text is broken", async () => {
    const broken = path.join(folder, "broken.txt");
    await writeFile(broken, `${await readFile(SAMPLE, "utf8")}\nA Title Without Abstract\n`);
    expect(await run(broken, "--date", "2025-07-31")).toBe(1);
    expect(stderr).toEqual([
      `papers:import: ${broken}: paragraph 25 (line 49): the title "A Title Without Abstract" has no abstract after it`,
    ]);
    await expect(readdir(folder)).resolves.toEqual(["broken.txt"]);
  });

  it("refuses a list whose pairs look shifted, naming the lines, unless --trust-layout says it is right", async () => {
    const list = path.join(folder, "t.txt");
    await writeFile(
      list,
      "Daily Papers\n\nTitle Only One\n\nTitle Only Two\n\nTitle Only Three\n\nTitle Only Four\n",
    );
    expect(await run(list, "--date", "2025-08-10")).toBe(1);
    expect(stderr).toEqual([
      `papers:import: ${list}:5: the abstract of "Title Only One" reads like a title (one short line with no sentence in it): "Title Only Two"; is an abstract missing before it?`,
      `papers:import: ${list}:9: the abstract of "Title Only Three" reads like a title (one short line with no sentence in it): "Title Only Four"; is an abstract missing before it?`,
      `papers:import: ${list}: nothing was written; check the file, and if every title and abstract is right, run again with --trust-layout`,
    ]);
    expect(stdout).toEqual([]);
    await expect(readdir(folder)).resolves.toEqual(["t.txt"]);

    expect(await run(list, "--date", "2025-08-10", "--trust-layout")).toBe(0);
    expect(stdout.at(-1)).toMatch(/^added 2, /);
  });

  it.each(["SIGINT", "SIGTERM"] as const)(
    "on %s while writing, removes its temporary files, restores what it replaced and names each paper not written",
    async (signal) => {
      await run(SAMPLE, "--date", "2025-07-31");
      // Two papers edited since: --force replaces them, so the batch holds backups too.
      for (const name of ["quoted-starts.mdx", (await readdir(dayFolder)).sort()[0] as string]) {
        await writeFile(
          path.join(dayFolder, name),
          `${await readFile(path.join(dayFolder, name), "utf8")}Edited.\n`,
        );
      }
      const before = await snapshot(folder);
      const interrupted = await runAndInterrupt({
        script: SCRIPT,
        args: [SAMPLE, "--date", "2025-07-31", "--force"],
        env: { PAPERS_DIR: papersDir },
        rename: 2,
        signal,
      });
      expect(interrupted.code).toBe(signal === "SIGINT" ? 130 : 143);
      expect(await snapshot(folder)).toEqual(before);
      const lines = interrupted.stderr.trimEnd().split("\n");
      expect(lines.slice(0, 2)).toEqual([
        "holding rename 2",
        `papers:import: ${SAMPLE}: interrupted by ${signal} while writing the papers; nothing was changed`,
      ]);
      expect(lines.slice(2).sort()).toEqual(
        ["quoted-starts.mdx", (await readdir(dayFolder)).sort()[0]]
          .map((name) => `not written ${papersDir}/2025/07/31/${name}`)
          .sort(),
      );
      expect(interrupted.stdout).toBe("");
    },
  );
});
