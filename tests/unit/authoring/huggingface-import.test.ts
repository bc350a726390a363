import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HuggingFaceDayError } from "../../../src/lib/authoring/huggingface-api.ts";
import {
  formatImportSummary,
  importHuggingFaceDays,
  type DayImport,
} from "../../../src/lib/authoring/huggingface-import.ts";
import { dailyPapers } from "../../support/fake-huggingface-server.ts";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "huggingface-import-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("importHuggingFaceDays", () => {
  it("writes each day in turn, a paper listed on two days once, and goes on past a failed day", async () => {
    const twice = dailyPapers("2024-05-02")[0];
    const answers: Record<string, unknown[]> = {
      "2024-05-02": dailyPapers("2024-05-02"),
      "2024-05-04": [twice, ...dailyPapers("2024-05-04")],
    };
    const client = {
      fetchDay: (day: string) =>
        answers[day]
          ? Promise.resolve(answers[day])
          : Promise.reject(new HuggingFaceDayError(day, "no answer")),
    };
    const started: string[] = [];
    const results = await importHuggingFaceDays(["2024-05-02", "2024-05-03", "2024-05-04"], {
      client,
      papersDir: path.join(folder, "papers"),
      root: folder,
      onDayStart: (day) => started.push(day),
    });
    expect(started).toEqual(["2024-05-02", "2024-05-03", "2024-05-04"]);
    expect(results.map((result) => result.error)).toEqual([
      undefined,
      "2024-05-03: no answer",
      undefined,
    ]);
    expect(results[2]?.papers[0]).toEqual({
      status: "unchanged",
      subject: `papers/2024/05/02/${String(twice?.paper["id"])}.mdx`,
      detail: "",
    });
    await expect(readdir(path.join(folder, "papers/2024/05"))).resolves.toEqual(["02", "04"]);
  });

  it("fails a day whose answer is not shaped like papers, naming the day, paper and field", async () => {
    const client = { fetchDay: () => Promise.resolve([{ paper: { id: "2405.00001" } }]) };
    const [result] = await importHuggingFaceDays(["2024-05-02"], {
      client,
      papersDir: path.join(folder, "papers"),
      root: folder,
    });
    expect(result?.error).toMatch(/^2024-05-02: paper 1 \(2405\.00001\): paper\.title /);
    await expect(readdir(folder)).resolves.toEqual([]);
  });
});

describe("formatImportSummary", () => {
  const day = (statuses: DayImport["papers"][number]["status"][], error?: string): DayImport => ({
    day: "2024-05-02",
    papers: statuses.map((status) => ({ status, subject: "x", detail: "" })),
    notes: [],
    ...(error ? { error } : {}),
  });

  it.each([
    [
      [day(["added", "added", "updated", "unchanged"])],
      false,
      "added 2, updated 1, unchanged 1, failed 0",
    ],
    [
      [day(["added"]), day([], "boom"), day(["failed", "failed"])],
      false,
      "added 1, updated 0, unchanged 0, failed 3 (1 day, 2 papers)",
    ],
    [
      [day(["added"])],
      true,
      "dry run, nothing written; would have added 1, updated 0, unchanged 0, failed 0",
    ],
  ])("counts %j", (results, dryRun, line) => {
    expect(formatImportSummary(results, dryRun)).toBe(line);
  });
});
