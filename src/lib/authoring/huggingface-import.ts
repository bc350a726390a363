import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Day } from "../feed/dates.ts";
import { arxivPaperId } from "../content/arxiv-id.ts";
import { readCollectionIdentities } from "../content/check-collection.ts";
import { displayPath } from "../content/paper-files.ts";
import { formatProblem, InvalidContentError } from "../content/check-paper.ts";
import { HuggingFaceDayError, type HuggingFaceClient } from "./huggingface-api.ts";
import { DailyPaperError, dailyPapersToDrafts } from "./huggingface-draft.ts";
import { unlessInterrupted } from "./interrupts.ts";
import { refreshPaperSource } from "./paper-refresh.ts";
import {
  PaperWriteError,
  planPaperWrites,
  writePapers,
  type PaperDraft,
  type PaperFileSystem,
  type PaperUpdate,
} from "./paper-writer.ts";

/** What happened to one paper of a day: its file and, for an update, what changed. */
export interface ImportedPaper {
  status: "added" | "updated" | "unchanged" | "failed";
  /** The file, or the arXiv id when there is none. */
  subject: string;
  detail: string;
}

/** What importing one day did; `error` says why the whole day failed, when it did. */
export interface DayImport {
  day: Day;
  papers: ImportedPaper[];
  /** Things the contributor should know, such as a link left out. */
  notes: string[];
  error?: string;
}

/** Where the import writes and how it asks Hugging Face. */
export interface HuggingFaceImportOptions {
  client: HuggingFaceClient;
  papersDir: string;
  root: string;
  dryRun?: boolean;
  fileSystem?: Partial<PaperFileSystem>;
  /** Called before a day is asked for, with its place among all days, from 0. */
  onDayStart?: (day: Day, index: number) => void;
  /** Called once a day is written, or has failed. */
  onDay?: (result: DayImport, index: number) => void;
  /**
   * Stops the import (e.g. on SIGINT, see catchInterrupts): the day being written is put back as
   * it was, no further day starts, and the signal's reason (or the day's PaperWriteError) is thrown.
   */
  signal?: AbortSignal;
}

/**
 * Imports each day's Hugging Face Daily Papers in turn, one write per day, so that the days that
 * succeeded are written whichever fail. A paper already in the collection (the same arXiv id, in any
 * folder) is never written again: its file only has its upvotes refreshed and missing links filled,
 * in place. A paper that is not valid fails alone; a day whose answer cannot be read fails whole.
 * Days written before `signal` aborts stay written.
 */
export async function importHuggingFaceDays(
  days: readonly Day[],
  options: HuggingFaceImportOptions,
): Promise<DayImport[]> {
  const papersDir = path.resolve(options.papersDir);
  const root = path.resolve(options.root);
  const known = new Map<string, string>();
  for (const paper of await readCollectionIdentities({ papersDir, root })) {
    if (paper.arxiv) known.set(arxivPaperId(paper.arxiv), path.resolve(root, paper.file));
  }
  const results: DayImport[] = [];
  for (const [index, day] of days.entries()) {
    options.signal?.throwIfAborted();
    options.onDayStart?.(day, index);
    const result = await importDay(day, options, { papersDir, root, known });
    results.push(result);
    options.onDay?.(result, index);
  }
  return results;
}

async function importDay(
  day: Day,
  options: HuggingFaceImportOptions,
  collection: { papersDir: string; root: string; known: Map<string, string> },
): Promise<DayImport> {
  const { papersDir, root, known } = collection;
  const result: DayImport = { day, papers: [], notes: [] };
  let drafts;
  try {
    const answer = options.client.fetchDay(day);
    drafts = dailyPapersToDrafts(
      await (options.signal ? unlessInterrupted(answer, options.signal) : answer),
      day,
    );
  } catch (error) {
    if (!(error instanceof HuggingFaceDayError || error instanceof DailyPaperError)) throw error;
    return {
      ...result,
      error: error instanceof DailyPaperError ? `${day}: ${error.message}` : error.message,
    };
  }

  const write = { papersDir, root };
  const toAdd: PaperDraft[] = [];
  const updates: (PaperUpdate & { changes: string })[] = [];
  const seen = new Set<string>();
  for (const { arxivId, draft, refresh, notes } of drafts) {
    const id = arxivPaperId(arxivId);
    if (seen.has(id)) continue;
    seen.add(id);
    const existing = known.get(id);
    if (existing) {
      const current = await readFile(existing, "utf8");
      const refreshed = refreshPaperSource(current, refresh);
      const file = displayPath(root, existing);
      for (const reason of refreshed.skipped) result.notes.push(`${file}: ${reason}`);
      if (refreshed.changes.length === 0) {
        result.papers.push({ status: "unchanged", subject: file, detail: "" });
      } else {
        updates.push({
          absolutePath: existing,
          source: refreshed.source,
          origin: draft.origin ?? day,
          changes: refreshed.changes.join(", "),
        });
      }
      continue;
    }
    try {
      await planPaperWrites([draft], write);
      toAdd.push(draft);
      for (const note of notes) result.notes.push(`${arxivId}: ${note}`);
    } catch (error) {
      if (!(error instanceof InvalidContentError)) throw error;
      const problems = error.problems.map((problem) => `\n    ${formatProblem(problem)}`).join("");
      result.papers.push({
        status: "failed",
        subject: arxivId,
        detail: `not a valid paper:${problems}`,
      });
    }
  }

  try {
    const { papers } = await writePapers(toAdd, {
      ...write,
      updates,
      ...(options.dryRun ? { dryRun: true } : {}),
      ...(options.fileSystem ? { fileSystem: options.fileSystem } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    for (const [index, paper] of papers.entries()) {
      const added = toAdd[index];
      const update = updates.find((candidate) => candidate.absolutePath === paper.absolutePath);
      if (paper.status === "updated") {
        result.papers.push({
          status: "updated",
          subject: paper.file,
          detail: `(${update?.changes ?? ""})`,
        });
      } else if (paper.status === "added") {
        result.papers.push({ status: "added", subject: paper.file, detail: "" });
        if (!options.dryRun && added?.frontmatter.arxiv) {
          known.set(arxivPaperId(added.frontmatter.arxiv), paper.absolutePath);
        }
      } else if (paper.status === "conflict") {
        result.papers.push({
          status: "failed",
          subject: paper.file,
          detail: "a different file without this arXiv id is already there; rename or remove it",
        });
      } else {
        result.papers.push({ status: "unchanged", subject: paper.file, detail: "" });
      }
    }
  } catch (error) {
    if (!(error instanceof PaperWriteError || error instanceof InvalidContentError)) throw error;
    // Stopped, not failed: the caller says which days were written.
    if (options.signal?.aborted) throw error;
    const message =
      error instanceof InvalidContentError
        ? error.problems.map((problem) => `\n    ${formatProblem(problem)}`).join("")
        : ` ${error.message}`;
    return { ...result, papers: [], error: `${day}: not written:${message}` };
  }
  return result;
}

/** The counts of an import: `added 12, updated 30, unchanged 140, failed 0`, failed days named apart. */
export function formatImportSummary(results: readonly DayImport[], dryRun = false): string {
  const papers = results.flatMap((result) => result.papers);
  const count = (status: ImportedPaper["status"]) =>
    papers.filter((paper) => paper.status === status).length;
  const failedDays = results.filter((result) => result.error !== undefined).length;
  const failedPapers = count("failed");
  const failed = failedDays + failedPapers;
  const detail =
    failed === 0
      ? ""
      : ` (${[plural(failedDays, "day"), plural(failedPapers, "paper")].filter(Boolean).join(", ")})`;
  return (
    `${dryRun ? "dry run, nothing written; would have " : ""}` +
    `added ${count("added")}, updated ${count("updated")}, unchanged ${count("unchanged")}, failed ${failed}${detail}`
  );
}

function plural(count: number, word: string): string {
  return count === 0 ? "" : `${count} ${word}${count === 1 ? "" : "s"}`;
}
