import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../scripts/add-papers.ts";
import { createProgress } from "../../../src/lib/authoring/progress.ts";
import { checkPaperCollection } from "../../../src/lib/content/check-collection.ts";
import { fakeClock } from "../../support/fake-clock.ts";
import {
  RECORDED,
  startFakeArxiv,
  type FakeArxiv,
  type FakeReply,
} from "../../support/fake-arxiv-server.ts";
import { runAndInterrupt } from "../../support/interrupt-child.ts";
import { snapshotFolder } from "../../support/snapshot-folder.ts";

const SCRIPT = fileURLToPath(new URL("../../../scripts/add-papers.ts", import.meta.url));

let folder: string;
let papersDir: string;
let fake: FakeArxiv;
let stdout: string[];
let stderr: string[];
let status: string[];

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "add-papers-"));
  papersDir = path.join(folder, "papers");
  stdout = [];
  stderr = [];
  status = [];
});

afterEach(async () => {
  await fake.close();
  await rm(folder, { recursive: true, force: true });
});

async function run(
  argv: string[],
  replies: Record<string, readonly FakeReply[]> = RECORDED,
  timeout = 10_000,
): Promise<number> {
  fake = await startFakeArxiv(replies);
  return main(argv, {
    papersDir,
    root: folder,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    progress: createProgress({ write: (text) => status.push(text.trimEnd()), isTTY: false }),
    env: { ARXIV_API_URL: fake.url },
    now: () => new Date("2025-08-01T23:30:00Z"),
    arxiv: { clock: fakeClock(), timeout },
  });
}

async function files(): Promise<string[]> {
  try {
    const entries = await readdir(papersDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(papersDir, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

const read = (pathInCollection: string) => readFile(path.join(papersDir, pathInCollection), "utf8");

describe("papers:add", () => {
  it("adds a paper by id into today's folder (UTC) and says what it did", async () => {
    expect(await run(["2307.03381"])).toBe(0);
    expect(await files()).toEqual(["2025/08/01/2307.03381.mdx"]);
    expect(stdout).toEqual([
      "added     papers/2025/08/01/2307.03381.mdx  (Geodesic Multi-Modal Mixup for Robust Fine-Tuning)",
      "added 1, skipped 0, failed 0",
    ]);
    expect(await read("2025/08/01/2307.03381.mdx")).toMatch(
      /^---\ntitle: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning"\nauthors:\n {2}- "Changdae Oh"\n[\s\S]*\narxiv: "2307\.03381v2"\npublished: "2023-07-07"\nlinks:\n {2}code: "https:\/\/github\.com\/changdaeoh\/multimodal-mixup"\ntags: \["cs-cv"\]\n---\nPre-trained multi-modal/,
    );
    expect(fake.requests).toHaveLength(1);
    expect(status).toEqual([
      "paper 1 of 1: waiting for arXiv (request 1 of 1): 2307.03381",
      "paper 1 of 1: checking 2307.03381",
    ]);
  });

  it("adds several papers with one request, in the order given, and every file validates", async () => {
    expect(await run(["2401.04088", "2312.00752", "2305.18290"])).toBe(0);
    expect(fake.requests.map((request) => request.idList)).toEqual([
      "2401.04088,2312.00752,2305.18290",
    ]);
    expect(stdout.map((line) => line.replace(/ {2}\(.*\)$/, ""))).toEqual([
      "added     papers/2025/08/01/2401.04088.mdx",
      "added     papers/2025/08/01/2312.00752.mdx",
      "added     papers/2025/08/01/2305.18290.mdx",
      "added 3, skipped 0, failed 0",
    ]);
    expect(status[0]).toBe(
      "papers 1-3 of 3: waiting for arXiv (request 1 of 1): 2401.04088, 2312.00752, 2305.18290",
    );
    const check = await checkPaperCollection({ papersDir, root: folder });
    expect(check.problems).toEqual([]);
    expect(check.selected).toBe(3);
  });

  it("counts papers across requests when arXiv is asked in several batches", async () => {
    fake = await startFakeArxiv();
    const code = await main(["2307.03381", "hep-th/9711200", "2406.01234"], {
      papersDir,
      root: folder,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      progress: createProgress({ write: (text) => status.push(text.trimEnd()), isTTY: false }),
      env: { ARXIV_API_URL: fake.url },
      arxiv: { clock: fakeClock(), batchSize: 2 },
    });
    expect(code).toBe(0);
    expect(status.filter((line) => line.includes("waiting"))).toEqual([
      "papers 1-2 of 3: waiting for arXiv (request 1 of 2): 2307.03381, hep-th/9711200",
      "waiting 3.0 s before the next request (arXiv asks for one request every 3 seconds)",
      "paper 3 of 3: waiting for arXiv (request 2 of 2): 2406.01234",
    ]);
  });

  it("reads URLs, arXiv: prefixes and old-style ids, with --date and --tags", async () => {
    const argv = [
      "https://arxiv.org/abs/hep-th/9711200",
      "arXiv:2406.01234",
      "--date",
      "2025-07-31",
      "--tags",
      "physics, theory",
    ];
    expect(await run(argv)).toBe(0);
    expect(await files()).toEqual(["2025/07/31/2406.01234.mdx", "2025/07/31/hep-th-9711200.mdx"]);
    const old = await read("2025/07/31/hep-th-9711200.mdx");
    expect(old).toContain('arxiv: "hep-th/9711200v3"\n');
    expect(old).toContain('doi: "10.1023/A:1026654312961"\n');
    expect(old).toContain(
      'journal: "Adv.Theor.Math.Phys.2:231-252,1998; Int.J.Theor.Phys.38:1113-1133,1999"\n',
    );
    expect(old).toContain('tags: ["hep-th", "physics", "theory"]\n');
  });

  it("asks arXiv for an old-style id without its subject class, as arXiv files it", async () => {
    expect(await run(["https://arxiv.org/abs/math.DG/0211159"])).toBe(0);
    expect(fake.requests.map((request) => request.idList)).toEqual(["math/0211159"]);
    expect(await files()).toEqual(["2025/08/01/math-0211159.mdx"]);
    expect(await read("2025/08/01/math-0211159.mdx")).toContain('tags: ["math-dg"]');
  });

  it("keeps an abstract's math as math and escapes < and { so the text renders as written", async () => {
    expect(await run(["2406.01234"])).toBe(0);
    const source = await read("2025/08/01/2406.01234.mdx");
    expect(source).toContain("$\\mathcal{O}(n \\log n / \\epsilon^2)$");
    expect(source).toContain("needed k \\< n/2 heads and a parameter set \\{a, b\\} chosen");
    expect(source).toContain("between \\$5 and \\$10");
    expect(source).toContain('links:\n  code: "https://github.com/example/subquadratic-attention"');
  });

  it("rejects a malformed id before asking arXiv anything", async () => {
    expect(await run(["2307.03381", "2307.3381", "https://example.org/abs/2307.03381"])).toBe(1);
    expect(fake.requests).toEqual([]);
    expect(await files()).toEqual([]);
    expect(stderr.join("\n")).toContain(
      '"2307.3381" is not an arXiv id or URL (e.g. 2307.03381, arXiv:2307.03381v2, hep-th/9711200 or https://arxiv.org/abs/2307.03381)',
    );
    expect(stderr.join("\n")).toContain('"https://example.org/abs/2307.03381" is not an arXiv id');
  });

  it("rejects a bad --date or --tags, and no ids at all", async () => {
    expect(await run(["2307.03381", "--date", "2025-02-30"])).toBe(1);
    expect(await run(["2307.03381", "--tags", "Computer Vision"])).toBe(1);
    expect(await run([])).toBe(1);
    expect(stderr.join("\n")).toContain("--date must be a real day written YYYY-MM-DD");
    expect(stderr.join("\n")).toContain(
      '--tags must be a lowercase kebab-case word, e.g. "computer-vision", not "Computer Vision"',
    );
    expect(stderr.join("\n")).toContain("give at least one arXiv id or URL");
    expect(fake.requests).toEqual([]);
  });

  it("skips a paper already in the collection on any day, naming its file, without asking arXiv", async () => {
    await mkdir(path.join(papersDir, "2025/07/30"), { recursive: true });
    const existing = '---\ntitle: "Mine"\nauthors: []\narxiv: "2307.03381v1"\n---\nAbstract.\n';
    await writeFile(path.join(papersDir, "2025/07/30/2307.03381.mdx"), existing);
    expect(await run(["2307.03381v2", "2406.01234"])).toBe(0);
    expect(stdout).toContain(
      "skipped   2307.03381  already in papers/2025/07/30/2307.03381.mdx (--force fetches it again)",
    );
    expect(stdout.at(-1)).toBe("added 1, skipped 1, failed 0");
    expect(fake.requests.map((request) => request.idList)).toEqual(["2406.01234"]);
    expect(await read("2025/07/30/2307.03381.mdx")).toBe(existing);
  });

  it("with --force, fetches a paper again and rewrites it where it is", async () => {
    await mkdir(path.join(papersDir, "2025/07/30"), { recursive: true });
    await writeFile(
      path.join(papersDir, "2025/07/30/2307.03381.mdx"),
      '---\ntitle: "Old"\nauthors: []\narxiv: "2307.03381v1"\n---\nOld abstract.\n',
    );
    expect(await run(["2307.03381", "--force"])).toBe(0);
    expect(await files()).toEqual(["2025/07/30/2307.03381.mdx"]);
    expect(stdout[0]).toBe(
      "replaced  papers/2025/07/30/2307.03381.mdx  (Geodesic Multi-Modal Mixup for Robust Fine-Tuning)",
    );
    expect(stdout.at(-1)).toBe("added 0, replaced 1, skipped 0, failed 0");
    expect(await read("2025/07/30/2307.03381.mdx")).toContain('arxiv: "2307.03381v2"');

    stdout = [];
    expect(await run(["2307.03381", "--force"])).toBe(0);
    expect(stdout.at(-1)).toBe("added 0, unchanged 1, skipped 0, failed 0");
  });

  it("with --dry-run, prints the files it would write and writes nothing", async () => {
    expect(await run(["2307.03381", "--dry-run"])).toBe(0);
    expect(await files()).toEqual([]);
    expect(stdout[0]).toMatch(
      /^--- papers\/2025\/08\/01\/2307\.03381\.mdx \(dry run: would be added\) ---\n---\ntitle: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning"\n/,
    );
    expect(stdout.at(-1)).toBe("dry run, nothing written; would have added 1, skipped 0, failed 0");
  });

  it("reports arXiv's error entry and an unknown id, and still adds the rest", async () => {
    expect(await run(["2507.99999", "2307.03381", "2501.00000"])).toBe(1);
    expect(stdout).toEqual([
      "failed    2507.99999  arXiv answered: incorrect id format for 2507.99999",
      "added     papers/2025/08/01/2307.03381.mdx  (Geodesic Multi-Modal Mixup for Robust Fine-Tuning)",
      "failed    2501.00000  arXiv has no paper 2501.00000",
      "added 1, skipped 0, failed 2",
    ]);
    expect(await files()).toEqual(["2025/08/01/2307.03381.mdx"]);
  });

  it("writes nothing for an entry that would not be a valid paper, saying why", async () => {
    expect(await run(["2502.00001"])).toBe(1);
    expect(await files()).toEqual([]);
    expect(stdout[0]).toBe(
      "failed    2502.00001  not a valid paper:\n    papers/2025/08/01/2502.00001.mdx (from arXiv 2502.00001):2:1  title  is required: the paper's title",
    );
  });

  it("writes nothing for malformed XML", async () => {
    expect(await run(["2307.03381"], { "2307.03381": [{ fixture: "malformed.xml" }] })).toBe(1);
    expect(await files()).toEqual([]);
    expect(stdout[0]).toMatch(
      /^failed {4}2307\.03381 {2}arXiv's answer is not well-formed XML: .*\(line 23, column 1\)/,
    );
  });

  it("retries after a 503, showing what it waits for", async () => {
    const replies = {
      "2307.03381": [{ status: 503, body: "busy" }, { fixture: "2307.03381.xml" }],
    };
    expect(await run(["2307.03381"], replies)).toBe(0);
    expect(status).toEqual([
      "paper 1 of 1: waiting for arXiv (request 1 of 1): 2307.03381",
      expect.stringMatching(
        /^127\.0\.0\.1:\d+ answered HTTP 503 Service Unavailable; attempt 2 of 4, in 3\.0 s$/,
      ),
      "paper 1 of 1: waiting for arXiv (request 1 of 1, attempt 2): 2307.03381",
      "paper 1 of 1: checking 2307.03381",
    ]);
    expect(await files()).toEqual(["2025/08/01/2307.03381.mdx"]);
  });

  it("fails clearly when arXiv does not answer", async () => {
    expect(await run(["2307.03381"], { "2307.03381": [{ hang: true }] }, 300)).toBe(1);
    expect(stdout[0]).toMatch(
      /^failed {4}2307\.03381 {2}127\.0\.0\.1:\d+ did not answer within 0\.3 s \(tried 4 times\)$/,
    );
    expect(fake.requests).toHaveLength(4);
    expect(await files()).toEqual([]);
  });

  it.each([
    [
      {},
      "did not answer within 27 s (tried 2 times in 60 s): a request may take 60 s in all; set PAPERS_WAIT_SECONDS to wait longer, e.g. PAPERS_WAIT_SECONDS=180",
    ],
    [{ PAPERS_WAIT_SECONDS: "300" }, "did not answer within 30 s (tried 4 times)"],
  ])(
    "gives up on an arXiv that never answers after PAPERS_WAIT_SECONDS (%j), a minute by default",
    async (env, expected) => {
      fake = await startFakeArxiv({ "2307.03381": [{ hang: true }] });
      const code = await main(["2307.03381"], {
        papersDir,
        root: folder,
        stdout: (line) => stdout.push(line),
        stderr: (line) => stderr.push(line),
        progress: createProgress({ write: (text) => status.push(text.trimEnd()), isTTY: false }),
        env: { ARXIV_API_URL: fake.url, ...env },
        arxiv: { clock: fakeClock({ requestsTimeOut: true }) },
      });
      expect(code).toBe(1);
      expect(stdout[0]).toMatch(/^failed {4}2307\.03381 {2}127\.0\.0\.1:\d+ /);
      expect(stdout[0]?.replace(/^.*127\.0\.0\.1:\d+ /, "")).toBe(expected);
      expect(await files()).toEqual([]);
    },
  );

  it("refuses an ARXIV_API_URL that is not a URL in one line, before asking anything", async () => {
    fake = await startFakeArxiv();
    const code = await main(["2307.03381"], {
      papersDir,
      root: folder,
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      env: { ARXIV_API_URL: "not a url" },
    });
    expect(code).toBe(1);
    expect(stderr).toEqual([
      'papers:add: ARXIV_API_URL must be an http:// or https:// URL such as https://export.arxiv.org/api/query, not "not a url"',
    ]);
    expect(fake.requests).toEqual([]);
    expect(await files()).toEqual([]);
  });

  it("runs as a command, reaching arXiv at ARXIV_API_URL", async () => {
    fake = await startFakeArxiv();
    // Asynchronously, so that the fake server in this process can answer.
    const result = await promisify(execFile)(
      process.execPath,
      [SCRIPT, "2307.03381", "--date", "2025-07-31"],
      { env: { ...process.env, ARXIV_API_URL: fake.url, PAPERS_DIR: papersDir } },
    );
    expect(result.stderr).toBe(
      "paper 1 of 1: waiting for arXiv (request 1 of 1): 2307.03381\npaper 1 of 1: checking 2307.03381\n",
    );
    expect(result.stdout).toContain(`added     ${papersDir}/2025/07/31/2307.03381.mdx`);
    expect(await files()).toEqual(["2025/07/31/2307.03381.mdx"]);
    expect(fake.requests).toHaveLength(1);
  });

  describe.each([
    { signal: "SIGINT" as const, code: 130 },
    { signal: "SIGTERM" as const, code: 143 },
  ])("interrupted by $signal while writing", ({ signal, code }) => {
    const ids = ["2401.04088", "2312.00752", "2305.18290"];
    const interrupt = async (args: string[], rename: number) => {
      fake = await startFakeArxiv();
      return runAndInterrupt({
        script: SCRIPT,
        args: [...args, "--date", "2025-07-31"],
        env: { ARXIV_API_URL: fake.url, PAPERS_DIR: papersDir },
        rename,
        signal,
      });
    };

    it("removes its temporary files, leaves the papers folder as it was and names each paper not written", async () => {
      await mkdir(path.join(papersDir, "2025/07/30"), { recursive: true });
      await writeFile(path.join(papersDir, "2025/07/30/mine.mdx"), "kept as it is\n");
      const before = await snapshotFolder(papersDir);
      // The first paper is already in place when the second rename is held.
      const run = await interrupt(ids, 2);
      expect(run.code).toBe(code);
      expect(await snapshotFolder(papersDir)).toEqual(before);
      expect(run.stdout.trimEnd().split("\n")).toEqual([
        ...ids.map(
          (id) =>
            `not written ${id}  interrupted by ${signal} while writing the papers; nothing was changed`,
        ),
        "added 0, skipped 0, failed 0, not written 3",
      ]);
    });

    it("with --force, puts back the file it was replacing and removes its backup", async () => {
      await mkdir(path.join(papersDir, "2025/07/30"), { recursive: true });
      const old = '---\ntitle: "Old"\nauthors: []\narxiv: "2401.04088v1"\n---\nOld abstract.\n';
      await writeFile(path.join(papersDir, "2025/07/30/2401.04088.mdx"), old);
      const before = await snapshotFolder(papersDir);
      const run = await interrupt([...ids, "--force"], 1);
      expect(run.code).toBe(code);
      expect(await snapshotFolder(papersDir)).toEqual(before);
      expect(run.stdout).toContain("not written 3");
    });
  });

  it("removes a temporary file that a killed run left, saying so, and refuses a backup it cannot prove stale", async () => {
    const day = path.join(papersDir, "2025/08/01");
    await mkdir(day, { recursive: true });
    // No process has this id: Linux process ids stay below 2^22.
    await writeFile(path.join(day, ".2307.03381.mdx.2147483647-0123abcd.tmp"), "half a paper");
    expect(await run(["2307.03381"])).toBe(0);
    expect(stderr).toContain(
      "papers:add: removed papers/2025/08/01/.2307.03381.mdx.2147483647-0123abcd.tmp, left by an interrupted run (process 2147483647)",
    );
    expect(await files()).toEqual(["2025/08/01/2307.03381.mdx"]);

    await writeFile(path.join(day, ".2307.03381.mdx.2147483647-0123abcd.bak"), "an older text");
    await fake.close();
    stdout = [];
    expect(await run(["2406.01234"])).toBe(1);
    expect(stdout[0]).toBe(
      "failed    2406.01234  nothing was written; the papers folder holds files an earlier write left:\n" +
        "papers/2025/08/01/.2307.03381.mdx.2147483647-0123abcd.bak: a backup of papers/2025/08/01/2307.03381.mdx that an interrupted --force run replaced; if the paper is right, delete the backup, otherwise put it back with mv",
    );
    expect(await files()).toEqual([
      "2025/08/01/.2307.03381.mdx.2147483647-0123abcd.bak",
      "2025/08/01/2307.03381.mdx",
    ]);
  });
});
