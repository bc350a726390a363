import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeApiFiles, writeApiFilesInWorker } from "../../../src/lib/build/api-writer.ts";
import { apiFiles } from "../../../src/lib/publish/api-files.ts";
import { apiPaperFixture } from "../../support/api-papers.ts";
import { outputFiles } from "../../support/output-files.ts";

const WORKER_URL = new URL("../../../src/lib/build/api-worker.ts", import.meta.url);
const PAPERS = [
  apiPaperFixture({ id: "2508.00001", day: "2025-08-01" }),
  apiPaperFixture({ id: "2507.00002", day: "2025-07-31" }),
  apiPaperFixture({ id: "hep-th-9901001", day: "2025-07-31", arxiv: undefined }),
];

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "api-writer-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

// Every file under `dir` with its content.
async function filesIn(dir: string): Promise<Map<string, string>> {
  const files = await outputFiles(dir);
  const bodies = await Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")));
  return new Map(files.map((file, index) => [file, bodies[index] ?? ""]));
}

const expected = () => new Map([...apiFiles(PAPERS)].map((file) => [file.path, file.body]));

describe("writeApiFiles", () => {
  it("writes the file of every paper and every day, and nothing else", async () => {
    const dir = path.join(folder, "api");
    await expect(writeApiFiles({ papers: PAPERS, dir })).resolves.toBe(5);
    expect(await filesIn(dir)).toEqual(expected());
  });
});

describe("writeApiFilesInWorker", () => {
  it("writes the same files in a worker thread, a batch of whole days at a time", async () => {
    const dir = path.join(folder, "api");
    const batches = [PAPERS.slice(0, 1), PAPERS.slice(1)];
    await expect(writeApiFilesInWorker(WORKER_URL, dir, batches)).resolves.toBe(5);
    expect(await filesIn(dir)).toEqual(expected());
  });

  it("makes each batch only once the worker has written the one before", async () => {
    const dir = path.join(folder, "api");
    const made: string[] = [];
    function* batches() {
      for (const paper of PAPERS.slice(0, 2)) {
        made.push(paper.id);
        yield [paper];
      }
    }
    const written = writeApiFilesInWorker(WORKER_URL, dir, batches());
    expect(made).toEqual(["2508.00001"]);
    await expect(written).resolves.toBe(4);
    expect(made).toEqual(["2508.00001", "2507.00002"]);
  });

  it("fails with the worker's error when a file cannot be written", async () => {
    const blocked = path.join(folder, "not-a-folder");
    await writeFile(blocked, "");
    await expect(
      writeApiFilesInWorker(WORKER_URL, path.join(blocked, "api"), [PAPERS]),
    ).rejects.toThrow(/ENOTDIR.*not-a-folder/);
  });

  it("fails, rather than waits for ever, when the worker ends without answering", async () => {
    await expect(
      writeApiFilesInWorker(new URL("data:text/javascript,"), folder, [PAPERS]),
    ).rejects.toThrow(/the API worker .* stopped with exit code 0 before it sent its result/);
  });
});
