import { constants, existsSync } from "node:fs";
import * as nodeFs from "node:fs/promises";
import path from "node:path";
import { Document, isSeq } from "yaml";
import type { Day } from "../feed/dates.ts";
import { displayPath, listPaperFiles, scanPapersFolder } from "../content/paper-files.ts";
import { sideFileName } from "../content/side-files.ts";
import { paperId } from "../content/paper-id.ts";
import { paperFieldNames, paperLinkNames, type PaperFrontmatter } from "../content/paper-schema.ts";
import {
  checkPaperFile,
  findDuplicates,
  InvalidContentError,
  type ContentProblem,
} from "../content/check-paper.ts";

/** A paper to write: its frontmatter, its abstract as MDX and the feed day whose folder it goes in. */
export interface PaperDraft {
  frontmatter: PaperFrontmatter;
  abstractMdx: string;
  day: Day;
  /** Where the paper came from, e.g. `seed.txt paragraph 7`, named in error messages. */
  origin?: string;
}

/**
 * What writing does to a paper's file: `added` (new), `unchanged` (identical file exists),
 * `conflict` (a different file exists and is kept), `replaced` (a different file is overwritten)
 * or `updated` (a file already in the collection gets the new text of a {@link PaperUpdate}).
 */
export type WriteStatus = "added" | "unchanged" | "conflict" | "replaced" | "updated";

/** A new text for a paper file already in the collection, such as refreshed upvotes. */
export interface PaperUpdate {
  absolutePath: string;
  source: string;
  origin?: string;
}

/** One paper's file as planned: where it goes, its full text and what writing does to it. */
export interface PlannedPaper {
  id: string;
  /** The file as shown in messages: a path from the project root. */
  file: string;
  absolutePath: string;
  /** The file's full text, frontmatter and abstract. */
  source: string;
  status: WriteStatus;
  origin?: string;
}

/** The file operations writing uses, replaceable so tests can make one fail halfway. */
export interface PaperFileSystem {
  /** Creates a folder and its parents; resolves to the first folder it created, if any. */
  mkdir: (folder: string, options: { recursive: true }) => Promise<string | undefined>;
  /** Creates a new file; fails if it exists. */
  writeFile: (file: string, data: string, options: { flag: "wx" }) => Promise<void>;
  copyFile: (from: string, to: string, mode: number) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  unlink: (file: string) => Promise<void>;
  rmdir: (folder: string) => Promise<void>;
}

/** Where papers go and how to treat files that already exist. */
export interface PaperWriteOptions {
  /** The papers folder, absolute or from the working directory. */
  papersDir: string;
  /** The folder that paths in messages are relative to; defaults to the working directory. */
  root?: string;
  /** Overwrite existing files whose content differs instead of skipping them. */
  force?: boolean;
}

/** The options of {@link writePapers}: those of planning, plus a dry run and replaceable file operations. */
export interface WritePapersOptions extends PaperWriteOptions {
  /** Plan and validate only; nothing is written. */
  dryRun?: boolean;
  /** Files already in the collection to rewrite in the same all-or-nothing step. */
  updates?: readonly PaperUpdate[];
  fileSystem?: Partial<PaperFileSystem>;
  /**
   * Stops the write (e.g. on SIGINT, see catchInterrupts): until the last paper is in place, the
   * papers folder is put back as it was and a {@link PaperWriteError} says so.
   */
  signal?: AbortSignal;
}

/** What {@link writePapers} did, or would do in a dry run. */
export interface WriteResult {
  papers: PlannedPaper[];
  /** Problems that did not stop the write, such as a leftover backup file. */
  warnings: string[];
}

/** Writing failed or was stopped partway; the message says whether the papers folder was restored. */
export class PaperWriteError extends Error {
  /** The papers of the batch, none of them written when {@link restored}. */
  readonly papers: readonly PlannedPaper[];
  /** Whether the papers folder is exactly as it was before the write. */
  readonly restored: boolean;

  constructor(
    message: string,
    cause: unknown,
    batch: { papers: readonly PlannedPaper[]; restored: boolean },
  ) {
    super(message, { cause });
    this.name = "PaperWriteError";
    this.papers = batch.papers;
    this.restored = batch.restored;
  }
}

const nodeFileSystem: PaperFileSystem = {
  mkdir: (folder, options) => nodeFs.mkdir(folder, options),
  writeFile: (file, data, options) =>
    nodeFs.writeFile(file, data, { encoding: "utf8", ...options }),
  copyFile: (from, to, mode) => nodeFs.copyFile(from, to, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (file) => nodeFs.unlink(file),
  rmdir: (folder) => nodeFs.rmdir(folder),
};

/**
 * The text of a paper file: YAML frontmatter in a fixed field order with every string double-quoted
 * (so `arxiv: "2307.03380"` stays a string), empty optional fields left out, then the abstract.
 */
export function serializePaper(paper: {
  frontmatter: PaperFrontmatter;
  abstractMdx: string;
}): string {
  const { frontmatter } = paper;
  const fields: Record<string, unknown> = {};
  for (const key of paperFieldNames) {
    const value = key === "links" ? orderLinks(frontmatter.links) : frontmatter[key];
    if (!isEmpty(value)) fields[key] = value;
    // An empty author list says "unknown" and is required, so it is the one empty field kept.
    else if (key === "authors") fields[key] = [];
  }
  const document = new Document(fields);
  const tags = document.get("tags", true);
  if (isSeq(tags)) tags.flow = true;
  const yaml = document.toString({
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "PLAIN",
    lineWidth: 0,
    flowCollectionPadding: false,
  });
  return `---\n${yaml}---\n${paper.abstractMdx.trim()}\n`;
}

/** The path of a paper's file inside the papers folder: `YYYY/MM/DD/<id>.mdx`. */
export function paperPathInCollection(day: Day, id: string): string {
  return `${day.replaceAll("-", "/")}/${id}.mdx`;
}

/**
 * Serializes and validates every paper and decides what writing would do to each file. Throws an
 * {@link InvalidContentError} listing every problem (invalid files, ids used twice in the batch or
 * by a paper already in another day's folder) so that nothing is written unless all are valid.
 */
export async function planPaperWrites(
  drafts: readonly PaperDraft[],
  options: PaperWriteOptions,
): Promise<PlannedPaper[]> {
  const papersDir = path.resolve(options.papersDir);
  const root = path.resolve(options.root ?? ".");
  const problems: ContentProblem[] = [];
  const identities: { id: string; file: string; arxiv?: string }[] = [];
  const planned: Omit<PlannedPaper, "status">[] = [];

  for (const draft of drafts) {
    const id = paperId(draft.frontmatter);
    const pathInCollection = paperPathInCollection(draft.day, id);
    const absolutePath = path.join(papersDir, pathInCollection);
    const file = displayPath(root, absolutePath);
    const label = draft.origin ? `${file} (from ${draft.origin})` : file;
    const source = serializePaper(draft);
    const check = checkPaperFile({
      file: label,
      pathInCollection,
      source,
      siblingExists: (name) => existsSync(path.join(path.dirname(absolutePath), name)),
    });
    problems.push(...check.problems);
    identities.push(check.identity);
    planned.push({
      id,
      file,
      absolutePath,
      source,
      ...(draft.origin ? { origin: draft.origin } : {}),
    });
  }
  if (problems.length > 0) throw new InvalidContentError(problems);

  const targets = new Set(planned.map((paper) => paper.absolutePath));
  const existing = (await listExistingPapers(papersDir))
    .map((pathInCollection) => path.join(papersDir, pathInCollection))
    .filter((absolutePath) => !targets.has(absolutePath))
    .map((absolutePath) => ({
      id: path.basename(absolutePath, ".mdx"),
      file: displayPath(root, absolutePath),
    }));
  // Existing papers come first, so each duplicate is reported on the paper being imported.
  const duplicates = findDuplicates([...existing, ...identities]);
  if (duplicates.length > 0) throw new InvalidContentError(duplicates);

  return Promise.all(
    planned.map(async (paper) => {
      const current = await readIfExists(paper.absolutePath);
      const status: WriteStatus =
        current === undefined
          ? "added"
          : current === paper.source
            ? "unchanged"
            : options.force
              ? "replaced"
              : "conflict";
      return { ...paper, status };
    }),
  );
}

/**
 * Validates and writes papers as one all-or-nothing step: each file goes to a temporary file in its
 * folder first and is then renamed into place; if anything fails, the files this run created are
 * removed and the ones it replaced restored, leaving the papers folder exactly as it was.
 */
export async function writePapers(
  drafts: readonly PaperDraft[],
  options: WritePapersOptions,
): Promise<WriteResult> {
  const papers = [
    ...(await planPaperWrites(drafts, options)),
    ...(await planPaperUpdates(options.updates ?? [], options)),
  ];
  if (options.dryRun) return { papers, warnings: [] };
  const fileSystem = { ...nodeFileSystem, ...options.fileSystem };
  const root = path.resolve(options.root ?? ".");
  const cleared = await clearLeftovers(path.resolve(options.papersDir), root, fileSystem);
  const warnings = await commit(
    papers.filter((paper) => WRITTEN.has(paper.status)),
    fileSystem,
    options.signal,
  );
  return { papers, warnings: [...cleared, ...warnings] };
}

/**
 * Removes the side files an earlier, killed write left in the papers folder, when they provably
 * changed nothing: a temporary file of a process that is gone, or a backup identical to its paper.
 * Throws, naming them, for those that might still matter; returns what it removed.
 */
async function clearLeftovers(
  papersDir: string,
  root: string,
  fileSystem: PaperFileSystem,
): Promise<string[]> {
  const { leftovers } = await scanPapersFolder(papersDir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { leftovers: [] };
    throw error;
  });
  const removed: string[] = [];
  const kept: string[] = [];
  for (const leftover of leftovers) {
    const absolutePath = path.join(papersDir, leftover.pathInCollection);
    const file = displayPath(root, absolutePath);
    const paper = path.join(path.dirname(absolutePath), leftover.paper);
    if (isRunning(leftover.pid)) {
      kept.push(
        `${file}: process ${leftover.pid} that wrote it is still running (another papers:add or papers:import?); wait for it to end`,
      );
      continue;
    }
    const current = await readIfExists(paper);
    const safe =
      leftover.kind === "tmp" ||
      (current !== undefined && current === (await readIfExists(absolutePath)));
    if (!safe) {
      kept.push(
        `${file}: a backup of ${displayPath(root, paper)} that an interrupted --force run replaced; if the paper is right, delete the backup, otherwise put it back with mv`,
      );
      continue;
    }
    await fileSystem.unlink(absolutePath);
    removed.push(`removed ${file}, left by an interrupted run (process ${leftover.pid})`);
  }
  if (kept.length > 0) {
    throw new Error(`the papers folder holds files an earlier write left:\n${kept.join("\n")}`);
  }
  return removed;
}

/** Whether a process with this id exists (one of another user answers EPERM). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const STATUS_WORDS: Record<WriteStatus, string> = {
  added: "added",
  unchanged: "unchanged",
  conflict: "skipped",
  replaced: "replaced",
  updated: "updated",
};

const WRITTEN = new Set<WriteStatus>(["added", "replaced", "updated"]);

/** Validates the new text of files already in the collection; throws an {@link InvalidContentError}. */
async function planPaperUpdates(
  updates: readonly PaperUpdate[],
  options: PaperWriteOptions,
): Promise<PlannedPaper[]> {
  const papersDir = path.resolve(options.papersDir);
  const root = path.resolve(options.root ?? ".");
  const problems: ContentProblem[] = [];
  const planned: PlannedPaper[] = [];
  for (const update of updates) {
    const file = displayPath(root, update.absolutePath);
    const check = checkPaperFile({
      file: update.origin ? `${file} (from ${update.origin})` : file,
      pathInCollection: path.relative(papersDir, update.absolutePath).split(path.sep).join("/"),
      source: update.source,
      siblingExists: (name) => existsSync(path.join(path.dirname(update.absolutePath), name)),
    });
    problems.push(...check.problems);
    const current = await readIfExists(update.absolutePath);
    planned.push({
      id: check.identity.id,
      file,
      absolutePath: update.absolutePath,
      source: update.source,
      status: current === update.source ? "unchanged" : "updated",
      ...(update.origin ? { origin: update.origin } : {}),
    });
  }
  if (problems.length > 0) throw new InvalidContentError(problems);
  return planned;
}

/** One line per paper for a command's output: what happened to which file. */
export function formatWriteLine(paper: PlannedPaper): string {
  const note = paper.status === "conflict" ? "  (exists with different content; use --force)" : "";
  return `${STATUS_WORDS[paper.status].padEnd(9)} ${paper.file}${note}`;
}

/** The closing line of an import: how many papers were added, unchanged, skipped and replaced. */
export function formatWriteSummary(papers: readonly PlannedPaper[]): string {
  const count = (status: WriteStatus) => papers.filter((paper) => paper.status === status).length;
  const replaced = count("replaced");
  return (
    `added ${count("added")}, unchanged ${count("unchanged")}, ` +
    `skipped ${count("conflict")} (exists with different content; use --force)` +
    (replaced > 0 ? `, replaced ${replaced}` : "")
  );
}

interface Staged {
  paper: PlannedPaper;
  temporary?: string;
  backup?: string;
  renamed: boolean;
}

async function commit(
  papers: readonly PlannedPaper[],
  fileSystem: PaperFileSystem,
  signal: AbortSignal | undefined,
): Promise<string[]> {
  const createdFolders: string[] = [];
  const staged: Staged[] = papers.map((paper) => ({ paper, renamed: false }));
  try {
    for (const entry of staged) {
      signal?.throwIfAborted();
      const folder = path.dirname(entry.paper.absolutePath);
      const firstCreated = await fileSystem.mkdir(folder, { recursive: true });
      if (firstCreated) createdFolders.push(...foldersBetween(path.resolve(firstCreated), folder));
      entry.temporary = sideFile(entry.paper.absolutePath, "tmp");
      await fileSystem.writeFile(entry.temporary, entry.paper.source, { flag: "wx" });
      if (entry.paper.status === "replaced" || entry.paper.status === "updated") {
        entry.backup = sideFile(entry.paper.absolutePath, "bak");
        await fileSystem.copyFile(entry.paper.absolutePath, entry.backup, constants.COPYFILE_EXCL);
      }
    }
    for (const entry of staged) {
      signal?.throwIfAborted();
      await fileSystem.rename(entry.temporary ?? "", entry.paper.absolutePath);
      entry.renamed = true;
    }
    // A signal during the last rename still undoes the batch: all of it, or none.
    signal?.throwIfAborted();
  } catch (error) {
    const failures = await rollBack(staged, createdFolders, fileSystem);
    const reason = error instanceof Error ? error.message : String(error);
    const what = signal?.aborted
      ? `${reason} while writing the papers`
      : `could not write the papers (${reason})`;
    throw new PaperWriteError(
      failures.length === 0
        ? `${what}; nothing was changed`
        : `${what}, and restoring failed too; check by hand:\n${failures.join("\n")}`,
      error,
      { papers, restored: failures.length === 0 },
    );
  }
  const warnings: string[] = [];
  for (const entry of staged) {
    if (!entry.backup) continue;
    await fileSystem.unlink(entry.backup).catch((error: unknown) => {
      warnings.push(`could not remove the backup ${entry.backup}: ${String(error)}`);
    });
  }
  return warnings;
}

/** Undoes a partial write in reverse order; returns what could not be undone. */
async function rollBack(
  staged: readonly Staged[],
  createdFolders: readonly string[],
  fileSystem: PaperFileSystem,
): Promise<string[]> {
  const failures: string[] = [];
  const attempt = async (what: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT")
        failures.push(`${what}: ${String(error)}`);
    }
  };
  for (const entry of [...staged].reverse()) {
    const { paper, temporary, backup, renamed } = entry;
    if (renamed && backup) {
      await attempt(`restore ${paper.file} from ${backup}`, () =>
        fileSystem.rename(backup, paper.absolutePath),
      );
    } else if (renamed) {
      await attempt(`remove ${paper.file}`, () => fileSystem.unlink(paper.absolutePath));
    }
    if (!renamed && temporary)
      await attempt(`remove ${temporary}`, () => fileSystem.unlink(temporary));
    if (!renamed && backup) await attempt(`remove ${backup}`, () => fileSystem.unlink(backup));
  }
  // Deepest first, so each folder is empty when its turn comes.
  for (const folder of [...createdFolders].reverse()) {
    await attempt(`remove the folder ${folder}`, () => fileSystem.rmdir(folder));
  }
  return failures;
}

/** `from` and each folder below it down to `to`, outermost first. */
function foldersBetween(from: string, to: string): string[] {
  const folders = [to];
  for (let folder = to; folder !== from && path.dirname(folder) !== folder;) {
    folder = path.dirname(folder);
    folders.unshift(folder);
  }
  return folders;
}

/** A hidden file beside `file` that neither the site nor the importer mistakes for a paper. */
function sideFile(file: string, extension: "tmp" | "bak"): string {
  return path.join(path.dirname(file), sideFileName(path.basename(file), extension));
}

async function listExistingPapers(papersDir: string): Promise<string[]> {
  try {
    return await listPaperFiles(papersDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await nodeFs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function orderLinks(links: PaperFrontmatter["links"]): Record<string, string> | undefined {
  if (!links) return undefined;
  const ordered: Record<string, string> = {};
  for (const key of paperLinkNames) {
    const value = links[key];
    if (value) ordered[key] = value;
  }
  return ordered;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}
