import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../../scripts/validate-papers.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const DIR = "tests/fixtures/validate/invalid/papers";
const VALID = "tests/fixtures/validate/valid/papers";

// One line per problem of tests/fixtures/validate/invalid: a fixture for each rule.
const EXPECTED = [
  `${DIR}/2025/02/30/bad-folder-date.mdx:1:1  path  folders 2025/02/30 are not a real day (YYYY/MM/DD)`,
  `${DIR}/2025/07/31/Bad_Name.mdx:1:1  path  file name "Bad_Name" is not a valid id: lowercase letters, digits and -, at most 80 characters`,
  `${DIR}/2025/07/31/copy-of-2402-00002.mdx:1:1  arxiv  arXiv 2402.00002 is already in ${DIR}/2025/07/29/2402.00002.mdx`,
  `${DIR}/2025/07/31/copy-of-2402-00002.mdx:4:1  arxiv  the file of arXiv paper 2402.00002v2 must be named 2402.00002.mdx`,
  `${DIR}/2025/07/31/empty-abstract.mdx:5:1  body  the abstract is empty: write it below the frontmatter`,
  `${DIR}/2025/07/31/frontmatter-missing.mdx:1:1  frontmatter  must start with a frontmatter block between two --- lines`,
  `${DIR}/2025/07/31/frontmatter-not-yaml.mdx:4:1  frontmatter  frontmatter is not valid YAML: Missing closing "quote`,
  `${DIR}/2025/07/31/math-does-not-render.mdx:5:16  body  math does not render: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{`,
  `${DIR}/2025/07/31/mdx-component.mdx:5:27  body  <Chart> is not allowed; an abstract may use only <sub>, <sup>, <br>, <abbr>, <kbd>, <mark>`,
  `${DIR}/2025/07/31/mdx-data-url.mdx:5:1  body  links must be https://, http:// or mailto: URLs, not "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="`,
  `${DIR}/2025/07/31/mdx-does-not-parse.mdx:5:13  body  the abstract is not valid MDX: Unexpected character \`3\` (U+0033) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (write \\<, \\{ or \\} for literal characters)`,
  `${DIR}/2025/07/31/mdx-event-handler.mdx:5:11  body  <sub onMouseOver>: event handlers are not allowed`,
  `${DIR}/2025/07/31/mdx-export.mdx:7:1  body  import and export are not allowed in a paper`,
  `${DIR}/2025/07/31/mdx-expression.mdx:5:7  body  {expressions} are not allowed; write \\{ and \\} for literal braces`,
  `${DIR}/2025/07/31/mdx-heading.mdx:7:1  body  headings are not allowed in an abstract`,
  `${DIR}/2025/07/31/mdx-iframe.mdx:5:1  body  <iframe> is not allowed; an abstract may use only <sub>, <sup>, <br>, <abbr>, <kbd>, <mark>`,
  `${DIR}/2025/07/31/mdx-image.mdx:5:1  body  images are not allowed in an abstract; use the thumbnail field`,
  `${DIR}/2025/07/31/mdx-import.mdx:5:1  body  import and export are not allowed in a paper`,
  `${DIR}/2025/07/31/mdx-javascript-href.mdx:5:1  body  <a> is not allowed; an abstract may use only <sub>, <sup>, <br>, <abbr>, <kbd>, <mark>`,
  `${DIR}/2025/07/31/mdx-javascript-link.mdx:5:1  body  links must be https://, http:// or mailto: URLs, not "javascript:alert(document.cookie)"`,
  `${DIR}/2025/07/31/mdx-script.mdx:5:13  body  <script> is not allowed; an abstract may use only <sub>, <sup>, <br>, <abbr>, <kbd>, <mark>`,
  `${DIR}/2025/07/31/mdx-style.mdx:5:1  body  <style> is not allowed; an abstract may use only <sub>, <sup>, <br>, <abbr>, <kbd>, <mark>`,
  `${DIR}/2025/07/31/mdx-style.mdx:5:8  body  {expressions} are not allowed; write \\{ and \\} for literal braces`,
  `${DIR}/2025/07/31/missing-thumbnail.mdx:4:1  thumbnail  no file ./figure.png beside the paper`,
  `${DIR}/2025/07/31/same-id.mdx:1:1  path  id "same-id" is already used by ${DIR}/2025/07/30/same-id.mdx`,
  `${DIR}/2025/07/31/schema-bad-doi.mdx:4:1  doi  must be a DOI such as 10.1145/3581783.3612345, without https://doi.org/`,
  `${DIR}/2025/07/31/schema-bad-published.mdx:4:1  published  must be a real date written YYYY-MM-DD`,
  `${DIR}/2025/07/31/schema-bad-tag.mdx:4:18  tags.1  must be a lowercase kebab-case word, e.g. "computer-vision"`,
  `${DIR}/2025/07/31/schema-http-link.mdx:5:3  links.code  must be an https:// URL`,
  `${DIR}/2025/07/31/schema-missing-title.mdx:2:1  title  is required: the paper's title`,
  `${DIR}/2025/07/31/schema-unknown-field.mdx:4:1  venue  is not a known field; known fields: title, authors, arxiv, published, doi, journal, links, tags, upvotes, submitter, thumbnail`,
  `${DIR}/2025/07/31/wrong-arxiv-name.mdx:4:1  arxiv  the file of arXiv paper 2401.00001 must be named 2401.00001.mdx`,
  `${DIR}/misc/not-in-a-day.mdx:1:1  path  must be papers/YYYY/MM/DD/<id>.mdx, under the folders of its feed day`,
];

let stdout: string[];
let stderr: string[];

beforeEach(() => {
  stdout = [];
  stderr = [];
});

function run(
  argv: string[],
  options: {
    papersDir?: string;
    cwd?: string;
    env?: Record<string, string>;
    today?: string;
    maxDaysAhead?: number;
  } = {},
): Promise<number> {
  return main(argv, {
    papersDir: options.papersDir ?? DIR,
    root: ROOT,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.today ? { now: () => new Date(`${options.today}T12:00:00Z`) } : {}),
    ...(options.maxDaysAhead === undefined ? {} : { maxDaysAhead: options.maxDaysAhead }),
    env: options.env ?? {},
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
}

describe("papers:validate", () => {
  it("passes a valid collection, saying how many papers it checked", async () => {
    expect(await run([], { papersDir: VALID })).toBe(0);
    expect(stdout).toEqual([`papers:validate: all 4 papers are valid in ${VALID}`]);
    expect(stderr).toEqual([]);
  });

  it("reports every problem of every file at once, one line each, and fails", async () => {
    expect(await run([])).toBe(1);
    expect(stdout).toEqual(EXPECTED);
    expect(stderr).toEqual([
      `papers:validate: 33 problems in 31 of 33 papers in ${DIR}; each line says file:line:column, the field, and what is expected (see CONTRIBUTING.md)`,
    ]);
  });

  it("checks a given file against the whole collection, naming both files of a duplicate", async () => {
    expect(await run([`${DIR}/2025/07/30/same-id.mdx`])).toBe(1);
    expect(stdout).toEqual([
      `${DIR}/2025/07/30/same-id.mdx:1:1  path  id "same-id" is already used by ${DIR}/2025/07/31/same-id.mdx`,
    ]);
    expect(stderr[0]).toMatch(/^papers:validate: 1 problem in 1 of 1 papers \(of 33 in /);
  });

  it("checks the papers of a given folder, relative to where the command was typed", async () => {
    const cwd = path.join(ROOT, DIR, "2025");
    expect(await run(["07/29"], { cwd })).toBe(1);
    expect(stdout).toEqual([
      `${DIR}/2025/07/29/2402.00002.mdx:1:1  arxiv  arXiv 2402.00002 is already in ${DIR}/2025/07/31/copy-of-2402-00002.mdx`,
    ]);
    stdout = [];
    expect(await run(["07/29"], { env: { INIT_CWD: cwd } })).toBe(1);
    expect(stdout).toHaveLength(1);
  });

  it("passes valid papers given by path", async () => {
    const file = `${VALID}/2025/07/31/2307.03381.mdx`;
    expect(await run([file, `${VALID}/2025/08/01`], { papersDir: VALID })).toBe(0);
    expect(stdout).toEqual([`papers:validate: all 2 papers are valid (of 4 in ${VALID})`]);
  });

  it("refuses paths that are not papers of the collection, before checking anything", async () => {
    expect(
      await run(["README.md", `${DIR}/2025/07/31/nope.mdx`, `${VALID}/2025/07/30/figure.png`]),
    ).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([
      `papers:validate: README.md: not inside the papers folder ${DIR}`,
      `papers:validate: ${DIR}/2025/07/31/nope.mdx: no such file or folder`,
      `papers:validate: ${VALID}/2025/07/30/figure.png: not inside the papers folder ${DIR}`,
    ]);
    stderr = [];
    // An image a paper uses is no problem, but no paper either.
    expect(await run([`${VALID}/2025/07/30/figure.png`], { papersDir: VALID })).toBe(1);
    expect(stderr).toEqual([`papers:validate: no paper files to check (of 4 in ${VALID})`]);
  });

  it("says so when there is no papers folder or nothing to check", async () => {
    expect(await run([], { papersDir: "tests/fixtures/validate/missing" })).toBe(1);
    expect(stderr).toEqual([
      "papers:validate: there is no papers folder tests/fixtures/validate/missing: create it, or set papersDir in site.config.ts (or PAPERS_DIR) to the folder of paper files",
    ]);
  });

  it("warns about feed days ahead of today, and fails those beyond maxDaysAhead", async () => {
    // The valid papers' days are 2025-07-30, 07-31 and 08-01; "today" is given, not read.
    expect(await run([], { papersDir: VALID, today: "2025-07-29", maxDaysAhead: 2 })).toBe(1);
    expect(stdout).toEqual([
      `${VALID}/2025/08/01/2406.01234.mdx:1:1  path  feed day 2025-08-01 is 3 days after today (2025-07-29, UTC); at most 2 are allowed (maxDaysAhead in site.config.ts): move the file to the folders of the day it appears`,
    ]);
    expect(stderr.slice(0, 2)).toEqual([
      `warning: ${VALID}/2025/07/31/2307.03381.mdx:1:1  path  feed day 2025-07-31 is 2 days after today (2025-07-29, UTC): the paper leads the home page until then`,
      `warning: ${VALID}/2025/07/31/hep-th-9711200.mdx:1:1  path  feed day 2025-07-31 is 2 days after today (2025-07-29, UTC): the paper leads the home page until then`,
    ]);
    stdout = [];
    stderr = [];
    expect(await run([], { papersDir: VALID, today: "2025-07-31", maxDaysAhead: 2 })).toBe(0);
    expect(stderr).toEqual([]);
  });

  it.each([
    ["SITE_URL", "not a url", /^SITE_URL must be an http:\/\/ or https:\/\/ URL such as /],
    ["BASE_PATH", "a b", /^BASE_PATH must be a path such as \/daily-papers\/ /],
  ])(
    "runs as a command and reports %s=%j in one line, without a stack trace",
    async (name, value, expected) => {
      const env = { ...process.env, [name]: value, npm_lifecycle_event: "papers:validate" };
      const failure = (await promisify(execFile)(
        process.execPath,
        [path.join(ROOT, "scripts/validate-papers.ts")],
        { env },
      ).catch((error: unknown) => error)) as { code: number; stdout: string; stderr: string };
      expect(failure.code).toBe(1);
      expect(failure.stdout).toBe("");
      const lines = failure.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^papers:validate: /);
      expect(lines[0]?.slice("papers:validate: ".length)).toMatch(expected);
    },
  );

  it("also annotates each problem for GitHub Actions, on the pull request's files", async () => {
    expect(
      await run([`${DIR}/2025/07/31/schema-http-link.mdx`], { env: { GITHUB_ACTIONS: "true" } }),
    ).toBe(1);
    expect(stdout).toEqual([
      `${DIR}/2025/07/31/schema-http-link.mdx:5:3  links.code  must be an https:// URL`,
      `::error file=${DIR}/2025/07/31/schema-http-link.mdx,line=5,col=3,title=links.code::must be an https:// URL`,
    ]);
  });
});

describe("papers:validate on a folder with an empty day", () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "validate-papers-"));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("fails when the given folder holds no paper", async () => {
    await mkdir(path.join(folder, "2025/07/31"), { recursive: true });
    expect(await run([folder], { papersDir: folder })).toBe(1);
    expect(stderr[0]).toMatch(/^papers:validate: no paper files to check \(of 0 in /);
  });
});

describe("papers:validate on files that are not papers or not UTF-8", () => {
  let folder: string;
  let day: string;
  const paper = `${VALID}/2025/07/31/2307.03381.mdx`;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "validate-papers-"));
    day = path.join(folder, "2025/07/31");
    await mkdir(day, { recursive: true });
    await cp(paper, path.join(day, "2307.03381.mdx"));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const MOVE = "move it out of the papers folder";
  const LINK = "which is never followed: put the file itself here instead of a link";
  it.each([
    [
      "upper.MDX",
      "has the wrong extension: paper files end in .mdx, in lowercase; rename it upper.mdx",
    ],
    [
      "plain.md",
      "has the wrong extension: paper files end in .mdx, in lowercase; rename it plain.mdx",
    ],
    [
      "x.mdx/",
      "is a folder named like a paper file: a paper is one file, YYYY/MM/DD/<id>.mdx; move its files out and remove the folder",
    ],
    [
      "notes.txt",
      `is neither a paper (YYYY/MM/DD/<id>.mdx) nor an image beside one (.png, .jpg, .webp, .avif, .gif): ${MOVE}`,
    ],
    [
      "outside.mdx -> /etc/passwd",
      `is a symbolic link (to /etc/passwd, outside the papers folder), ${LINK}`,
    ],
    ["copy.mdx -> 2307.03381.mdx", `is a symbolic link (to 2307.03381.mdx), ${LINK}`],
    [
      "unused.png",
      'is an image no paper beside it uses: name it in a paper\'s frontmatter (thumbnail: "./unused.png") or remove it',
    ],
    [
      ".2307.03381.mdx.4242-0123abcd.tmp",
      "is a temporary file left by an interrupted papers:add or papers:import (process 4242), not a paper; 2307.03381.mdx beside it is untouched: delete it (the next papers:add or papers:import does)",
    ],
    [
      ".2307.03381.mdx.4242-0123abcd.bak",
      "is a backup of 2307.03381.mdx left by an interrupted papers:add or papers:import (process 4242) with --force: if 2307.03381.mdx is right, delete the backup; otherwise put it back with mv",
    ],
  ])("reports %s, in the whole collection and when named", async (entry, message) => {
    const [name, target] = entry.split(" -> ") as [string, string | undefined];
    const file = path.join(day, name.replace(/\/$/, ""));
    if (target) await symlink(target, file);
    else if (name.endsWith("/")) await mkdir(file);
    else await writeFile(file, "text");
    const expected = `${file}:1:1  path  ${message}`;
    for (const argv of [[], [file]]) {
      stdout = [];
      expect(await run(argv, { papersDir: folder })).toBe(1);
      expect(stdout).toEqual([expected]);
    }
  });

  it("reports a file that is not UTF-8 with its line and column, and accepts a byte-order mark", async () => {
    const latin1 = Buffer.from(
      '---\ntitle: "Caf\xe9 paper"\nauthors: []\n---\nAbstract.\n',
      "latin1",
    );
    await writeFile(path.join(day, "cafe-paper.mdx"), latin1);
    const withBom = `\uFEFF${await readFile(paper, "utf8")}`.replace("2307.03381", "2307.03382");
    await writeFile(path.join(day, "2307.03382.mdx"), withBom);
    expect(await run([], { papersDir: folder })).toBe(1);
    expect(stdout).toEqual([
      `${day}/cafe-paper.mdx:2:12  encoding  is not UTF-8: byte 0xE9 cannot be read (a file saved as Latin-1 or Windows-1252?); save it as UTF-8`,
    ]);
  });
});
