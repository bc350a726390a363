// Times `npm run papers:validate` on a generated collection, cold, as a contributor's machine runs it:
//   npm run bench:validate -- [--papers 10000]
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { addDays } from "../src/lib/dates.ts";
import { escapeMdxText } from "../src/lib/mdx-escape.ts";
import { paperPathInCollection, serializePaper } from "../src/lib/paper-writer.ts";
import type { PaperFrontmatter } from "../src/lib/paper-schema.ts";

const VALIDATOR = fileURLToPath(new URL("validate-papers.ts", import.meta.url));
const PAPERS_PER_DAY = 30;
const WORDS = (
  "model models learning training data large language vision transformer diffusion attention " +
  "token tokens reasoning benchmark agents policy reward robust efficient sparse dense retrieval " +
  "graph neural inference scaling laws quantization fine-tuning alignment preference video image " +
  "multimodal speech embedding contrastive latent generative evaluation dataset synthetic method " +
  "approach results show propose novel state-of-the-art performance across tasks improves baseline"
).split(" ");
const NAMES =
  "Ada Grace Alan Katherine Edsger Barbara John Frances Donald Margaret Tim Radia".split(" ");
const SURNAMES =
  "Lovelace Hopper Turing Johnson Dijkstra Liskov McCarthy Allen Knuth Hamilton".split(" ");
const TAGS = ["vision", "language", "robotics", "reasoning", "audio", "cs-lg", "cs-cv", "cs-cl"];
const MATH = ["$O(n \\log n)$", "$\\alpha = 0.5$", "$\\mathcal{L}_{\\text{KL}}$", "$x^2 + y^2$"];

/** A small deterministic generator (mulberry32), so every run measures the same collection. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(papersDir: string, count: number): Promise<void> {
  const next = random(31);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pick(WORDS)).join(" ") + ".";
  const folders = new Set<string>();
  const files: { file: string; source: string }[] = [];
  for (let index = 0; index < count; index++) {
    const day = addDays("2024-01-01", Math.floor(index / PAPERS_PER_DAY));
    const arxiv = `24${String(1 + (index % 12)).padStart(2, "0")}.${String(10000 + index).padStart(5, "0")}`;
    let abstract = "";
    const length = 800 + Math.floor(next() * 1200);
    while (abstract.length < length) {
      abstract += `${sentence(8 + Math.floor(next() * 12))} `;
      if (next() < 0.08) abstract += `We bound the cost by ${pick(MATH)}. `;
    }
    if (next() < 0.2) abstract += `Code: https://github.com/example/paper-${index}`;
    const frontmatter: PaperFrontmatter = {
      title: sentence(6)
        .replace(/^./, (first) => first.toUpperCase())
        .slice(0, -1),
      authors: Array.from(
        { length: 3 + Math.floor(next() * 6) },
        () => `${pick(NAMES)} ${pick(SURNAMES)}`,
      ),
      arxiv,
      published: addDays(day, -1),
      tags: [...new Set([pick(TAGS), pick(TAGS)])],
      upvotes: Math.floor(next() * 200),
    };
    const abstractMdx = escapeMdxText(abstract, { keepMath: true });
    const file = path.join(papersDir, paperPathInCollection(day, arxiv));
    folders.add(path.dirname(file));
    files.push({ file, source: serializePaper({ frontmatter, abstractMdx }) });
  }
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  for (let start = 0; start < files.length; start += 50) {
    await Promise.all(
      files.slice(start, start + 50).map(({ file, source }) => writeFile(file, source)),
    );
  }
}

const { values } = parseArgs({ options: { papers: { type: "string", default: "10000" } } });
const count = Number(values.papers);
if (!Number.isInteger(count) || count < 1) {
  console.error(
    `bench:validate: --papers must be a whole number of 1 or more, not "${values.papers}"`,
  );
  process.exit(1);
}
const folder = await mkdtemp(path.join(tmpdir(), "papers-validate-timing-"));
try {
  const papersDir = path.join(folder, "papers");
  await generate(papersDir, count);
  const started = performance.now();
  const run = spawnSync(process.execPath, [VALIDATOR], {
    env: { ...process.env, PAPERS_DIR: papersDir },
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(run.stdout + run.stderr);
  if (run.status !== 0) {
    const how = run.signal ? `was killed by ${run.signal}` : `exited with ${run.status}`;
    console.error(
      `bench:validate: papers:validate ${how}${run.error ? ` (${run.error.message})` : ""}`,
    );
  }
  console.log(`papers:validate on ${count} generated papers: ${seconds.toFixed(2)} s`);
  process.exitCode = run.status ?? 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}
