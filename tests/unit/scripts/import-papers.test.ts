import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
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
import { fakeClock } from "../../support/fake-clock.ts";
import {
  dailyPapers,
  MATH_DAY,
  RECORDED_MONTH,
  startFakeHuggingFace,
  type FakeHuggingFace,
} from "../../support/fake-huggingface-server.ts";

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

describe("papers:import --from huggingface", () => {
  let fake: FakeHuggingFace | undefined;
  let progress: string[];

  beforeEach(() => {
    progress = [];
  });

  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function serve(options: Parameters<typeof startFakeHuggingFace>[0] = {}) {
    await fake?.close();
    fake = await startFakeHuggingFace(options);
    return fake;
  }

  function hf(...argv: string[]): Promise<number> {
    stdout = [];
    stderr = [];
    progress = [];
    return main(["--from", "huggingface", ...argv], {
      papersDir,
      root: folder,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      progress: { status: (text) => progress.push(text), done: () => {} },
      env: { HF_API_URL: fake?.url },
      now: () => new Date("2024-06-15T12:00:00Z"),
      huggingface: { clock: fakeClock(), timeout: 10_000 },
    });
  }

  const MONTH = ["--since", "2024-05-01", "--until", "2024-05-31"];
  const monthPapers = RECORDED_MONTH.reduce((sum, day) => sum + dailyPapers(day).length, 0);

  /** The file the import should write for an item of a day's answer. */
  function expectedFile(item: ReturnType<typeof dailyPapers>[number]) {
    const paper = item.paper as Record<string, unknown> & {
      authors: { name: string }[];
      submittedOnDailyBy?: { user: string };
    };
    const submitter =
      paper.submittedOnDailyBy?.user ??
      (item["submittedBy"] as { name?: string } | undefined)?.name;
    const links = {
      ...(paper["githubRepo"] ? { code: paper["githubRepo"] } : {}),
      ...(paper["projectPage"] ? { project: paper["projectPage"] } : {}),
    };
    return {
      title: normalize(String(paper["title"])),
      authors: paper.authors.map((author) => author.name),
      arxiv: paper["id"],
      published: String(paper["publishedAt"]).slice(0, 10),
      ...(Object.keys(links).length > 0 ? { links } : {}),
      upvotes: paper["upvotes"],
      ...(submitter ? { submitter: `huggingface:${submitter}` } : {}),
    };
  }

  it("fills every day of a month with every field, each abstract rendering as written", async () => {
    await serve();
    expect(await hf(...MONTH)).toBe(0);
    expect(stdout.at(-1)).toBe(`added ${monthPapers}, updated 0, unchanged 0, failed 0`);
    expect(stdout).toContain(`2024-05-27  13 papers: added 13, updated 0, unchanged 0`);
    expect(stdout).toContain("  added     papers/2024/05/27/2405.15738.mdx");
    expect(fake?.requests).toHaveLength(31);

    const fields = new Set<string>();
    for (const day of RECORDED_MONTH) {
      const items = dailyPapers(day);
      const dayDir = path.join(papersDir, ...day.split("-"));
      const files = (await readdir(dayDir)).sort();
      expect(files, day).toEqual(items.map((item) => `${String(item.paper["id"])}.mdx`).sort());
      for (const item of items) {
        const source = await readFile(path.join(dayDir, `${String(item.paper["id"])}.mdx`), "utf8");
        const { data, body } = splitFrontmatter(source);
        expect(data, `${day} ${String(item.paper["id"])}`).toEqual(expectedFile(item));
        for (const key of Object.keys(data ?? {})) fields.add(key);
        for (const key of Object.keys((data?.["links"] as object | undefined) ?? {}))
          fields.add(`links.${key}`);
        const rendered = renderAbstract(body);
        expect(rendered.problems).toEqual([]);
        if (day === MATH_DAY && item === items[0]) {
          expect(rendered.hasMath).toBe(true);
          expect(rendered.html).toContain('class="katex"');
        } else {
          expect(rendered.text).toBe(normalize(String(item.paper["summary"])));
        }
      }
    }
    expect([...fields].sort()).toEqual(
      [
        "arxiv",
        "authors",
        "links",
        "links.code",
        "links.project",
        "published",
        "submitter",
        "title",
        "upvotes",
      ].sort(),
    );
  });

  it("shows its progress with the time left, and says how long it waits between requests", async () => {
    await serve();
    expect(await hf("--since", "2024-05-01", "--until", "2024-05-03")).toBe(0);
    expect(progress).toEqual([
      "day 1 of 3 (2024-05-01): asking Hugging Face; about 3 s left",
      "day 2 of 3 (2024-05-02): waiting 1.0 s before the next request; about 2 s left",
      "day 2 of 3 (2024-05-02): asking Hugging Face; about 2 s left",
      "day 3 of 3 (2024-05-03): waiting 1.0 s before the next request; about 1 s left",
      "day 3 of 3 (2024-05-03): asking Hugging Face; about 1 s left",
    ]);
  });

  it("changes no byte on a second run with nothing new", async () => {
    await serve();
    expect(await hf(...MONTH)).toBe(0);
    const before = await snapshot(papersDir);
    expect(await hf(...MONTH)).toBe(0);
    expect(await snapshot(papersDir)).toEqual(before);
    expect(stdout.at(-1)).toBe(`added 0, updated 0, unchanged ${monthPapers}, failed 0`);
  });

  it("changes only the upvotes once the counts grew, keeping a file edited by hand as edited", async () => {
    await serve();
    expect(await hf(...MONTH)).toBe(0);
    const edited = path.join(papersDir, "2024/05/27/2405.15738.mdx");
    const handEdited = (await readFile(edited, "utf8"))
      .replace("title: ", "# title fixed by hand\ntitle: ")
      .replace("ConvLLaVA:", "ConvLLaVA —")
      .replace("High-resolution", "High resolution");
    await writeFile(edited, handEdited);
    const before = await snapshot(papersDir);

    fake?.setUpvoteBonus(5);
    expect(await hf(...MONTH)).toBe(0);
    expect(stdout.at(-1)).toBe(`added 0, updated ${monthPapers}, unchanged 0, failed 0`);
    expect(stdout).toContain("  updated   papers/2024/05/27/2405.15738.mdx  (upvotes 32 → 37)");
    const after = await snapshot(papersDir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [file, source] of Object.entries(before)) {
      if (source === "<folder>") continue;
      const upvotes = Number(/^upvotes: (\d+)$/m.exec(source)?.[1]);
      expect(after[file], file).toBe(source.replace(/^upvotes: \d+$/m, `upvotes: ${upvotes + 5}`));
    }
    expect(after["2024/05/27/2405.15738.mdx"]).toContain("ConvLLaVA —");
  });

  it("fills a code or project link that Hugging Face gives later, and nothing else", async () => {
    const withoutLinks = (items: ReturnType<typeof dailyPapers>) =>
      items.map((item) => ({
        ...item,
        paper: { ...item.paper, githubRepo: null, projectPage: null },
      }));
    await serve({ transform: withoutLinks });
    expect(await hf("--date", "2024-05-02")).toBe(0);
    const before = await snapshot(papersDir);
    expect(Object.values(before).join("\n")).not.toContain("links:");

    await serve();
    expect(await hf("--date", "2024-05-02")).toBe(0);
    const changed = Object.entries(await snapshot(papersDir)).filter(
      ([file, source]) => before[file] !== source,
    );
    expect(changed.length).toBeGreaterThan(0);
    for (const [file, source] of changed) {
      expect(source.replace(/^links:\n(?: {2}(?:code|project): .*\n)+/m, ""), file).toBe(
        before[file],
      );
    }
  });

  it("retries a day answered 503, then writes it", async () => {
    await serve({ replies: { "2024-05-27": [{ status: 503 }, { papers: true }] } });
    expect(await hf("--date", "2024-05-27")).toBe(0);
    expect(fake?.requests).toHaveLength(2);
    expect(progress).toContain(
      `day 1 of 1 (2024-05-27): ${new URL(fake?.url ?? "").host} answered HTTP 503 Service Unavailable; attempt 2 of 4, in 3.0 s`,
    );
    expect(stdout.at(-1)).toBe("added 13, updated 0, unchanged 0, failed 0");
  });

  it("writes the days that succeeded, names the one that failed and exits with 1", async () => {
    await serve({ replies: { "2024-05-02": [{ status: 404, body: "Not Found" }] } });
    expect(await hf("--since", "2024-05-01", "--until", "2024-05-03")).toBe(1);
    const host = new URL(fake?.url ?? "").host;
    expect(stdout).toContain(`2024-05-02  failed: 2024-05-02: ${host} answered HTTP 404 Not Found`);
    const written = dailyPapers("2024-05-01").length + dailyPapers("2024-05-03").length;
    expect(stdout.at(-1)).toBe(`added ${written}, updated 0, unchanged 0, failed 1 (1 day)`);
    await expect(readdir(path.join(papersDir, "2024/05"))).resolves.toEqual(["01", "03"]);
  });

  it("fails a paper that is not valid alone, with the validator's message", async () => {
    await serve({
      transform: (items) =>
        items.map((item, index) =>
          index === 0 ? { ...item, paper: { ...item.paper, title: " " } } : item,
        ),
    });
    expect(await hf("--date", "2024-05-27")).toBe(1);
    expect(stdout.join("\n")).toMatch(
      / {2}failed {4}2405\.15738 {2}not a valid paper:\n {4}.*title {2}is required: the paper's title/,
    );
    expect(stdout.at(-1)).toBe("added 12, updated 0, unchanged 0, failed 1 (1 paper)");
  });

  it("never writes a paper twice: one already in another folder is refreshed where it is", async () => {
    const elsewhere = path.join(papersDir, "2024/01/02/2405.15738.mdx");
    await mkdir(path.dirname(elsewhere), { recursive: true });
    const mine = '---\ntitle: "Mine"\nauthors: []\narxiv: "2405.15738v2"\n---\nMy own words.\n';
    await writeFile(elsewhere, mine);
    await serve();
    expect(await hf("--date", "2024-05-27")).toBe(0);
    await expect(readFile(elsewhere, "utf8")).resolves.toBe(
      mine.replace('arxiv: "2405.15738v2"\n', 'arxiv: "2405.15738v2"\nupvotes: 32\n'),
    );
    expect(await readdir(path.join(papersDir, "2024/05/27"))).not.toContain("2405.15738.mdx");
    expect(stdout.at(-1)).toBe("added 12, updated 1, unchanged 0, failed 0");
  });

  it("imports up to today (UTC) when --until is not given", async () => {
    await serve();
    const now = new Date("2024-05-03T23:59:00Z");
    const code = await main(["--from", "huggingface", "--since", "2024-05-01"], {
      papersDir,
      root: folder,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      progress: { status: () => {}, done: () => {} },
      env: { HF_API_URL: fake?.url },
      now: () => now,
      huggingface: { clock: fakeClock(), timeout: 10_000 },
    });
    expect(code).toBe(0);
    expect(fake?.requests.map((request) => request.date)).toEqual([
      "2024-05-01",
      "2024-05-02",
      "2024-05-03",
    ]);
  });

  it("writes nothing with --dry-run but says what it would do", async () => {
    await serve();
    expect(await hf("--date", "2024-05-27", "--dry-run")).toBe(0);
    expect(stdout.at(-1)).toBe(
      "dry run, nothing written; would have added 13, updated 0, unchanged 0, failed 0",
    );
    await expect(readdir(folder)).resolves.toEqual([]);
  });

  it.each([
    [
      ["--date", "2024-05-27", "--since", "2024-05-01"],
      "give either --date or --since (with --until), not both",
    ],
    [[], "--from huggingface needs --date YYYY-MM-DD or --since YYYY-MM-DD"],
    [
      ["--since", "2024-05-31", "--until", "2024-05-01"],
      "--since 2024-05-31 is after --until 2024-05-01",
    ],
    [
      ["--since", "2024-02-30"],
      '--since must be a real day written YYYY-MM-DD, e.g. --since 2025-07-31, not "2024-02-30"',
    ],
    [
      ["--date", "2024-05-27", "--force"],
      "--force does not go with --from huggingface: papers already there are refreshed, never replaced",
    ],
    [["--date", "2024-05-27", "list.txt"], "--from huggingface reads no file, but got list.txt"],
  ])("refuses %j before asking anything", async (argv, message) => {
    await serve();
    expect(await hf(...argv)).toBe(1);
    expect(stderr.join("\n")).toContain(`papers:import: ${message}\nusage:`);
    expect(fake?.requests).toEqual([]);
  });

  it.each([
    [
      ["--from", "arxiv", "--date", "2024-05-27"],
      '--from knows one source, huggingface, not "arxiv"',
    ],
    [["list.txt", "--since", "2024-05-01"], "--since and --until go with --from huggingface"],
  ])("refuses %j", async (argv, message) => {
    expect(await run(...argv)).toBe(1);
    expect(stderr.join("\n")).toContain(`papers:import: ${message}`);
  });

  it.each(["SIGINT", "SIGTERM"] as const)(
    "on %s while writing a day, puts that day back, keeps the days written and names both",
    async (signal) => {
      const server = await serve();
      const firstDay = dailyPapers("2024-05-01").length;
      // The second rename of the second day: the first day is written, the second is not yet.
      const interrupted = await runAndInterrupt({
        script: SCRIPT,
        args: ["--from", "huggingface", "--since", "2024-05-01", "--until", "2024-05-03"],
        env: { PAPERS_DIR: papersDir, HF_API_URL: server.url },
        rename: firstDay + 2,
        signal,
      });
      expect(interrupted.code).toBe(signal === "SIGINT" ? 130 : 143);
      const lines = interrupted.stderr.trimEnd().split("\n");
      expect(lines.slice(-4)).toEqual([
        `holding rename ${firstDay + 2}`,
        `papers:import: 2024-05-02: interrupted by ${signal} while writing the papers; nothing was changed`,
        "papers:import: days written: 2024-05-01",
        "papers:import: days not written: 2024-05-02 to 2024-05-03 (2 days)",
      ]);
      expect(interrupted.stdout).toContain(`2024-05-01  ${firstDay} papers: added ${firstDay}`);
      expect(interrupted.stdout).not.toContain("2024-05-02");
      expect(server.requests.map((request) => request.date)).toEqual(["2024-05-01", "2024-05-02"]);

      // Exactly what importing the first day alone writes: no temporary file, no second day.
      const after = await snapshot(folder);
      await rm(papersDir, { recursive: true });
      expect(await hf("--date", "2024-05-01")).toBe(0);
      expect(after).toEqual(await snapshot(folder));
    },
  );

  it("names HF_API_URL in one line when the command is run with it wrong", () => {
    const child = spawnSync(
      process.execPath,
      [SCRIPT, "--from", "huggingface", "--date", "2024-05-27"],
      { env: { ...process.env, HF_API_URL: "not a url", PAPERS_DIR: papersDir }, encoding: "utf8" },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toBe(
      'papers:import: HF_API_URL must be an http:// or https:// URL such as https://huggingface.co, not "not a url"\n',
    );
    expect(child.stdout).toBe("");
  });

  it("names HF_API_URL when it is not a URL", async () => {
    const code = await main(["--from", "huggingface", "--date", "2024-05-27"], {
      papersDir,
      root: folder,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      env: { HF_API_URL: "not a url" },
    });
    expect(code).toBe(1);
    expect(stderr).toEqual([
      'papers:import: HF_API_URL must be an http:// or https:// URL such as https://huggingface.co, not "not a url"',
    ]);
  });
});
