import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startWorker, type WaitingWorker } from "../build/worker-result.ts";
import type { Day } from "../feed/dates.ts";
import { checkFeedDaysAhead } from "./feed-days-ahead.ts";
import { decodeUtf8 } from "./decode-utf8.ts";
import { displayPath, listPaperFiles, scanPapersFolder, type PapersFolder } from "./paper-files.ts";
import {
  checkPaperFile,
  findDuplicates,
  readPaperIdentity,
  sortProblems,
  type ContentProblem,
  type FileCheck,
  type PaperIdentity,
} from "./check-paper.ts";

/** A paper file of the collection as read from disk. */
export interface CollectionFile {
  /** The path inside the papers folder, with `/` separators. */
  pathInCollection: string;
  absolutePath: string;
  /** The file as shown in messages: a path from the root. */
  file: string;
  source: string;
}

/** What checking one file of a collection found, and which file it was. */
export type CollectionFileCheck = FileCheck & { pathInCollection: string; absolutePath: string };

/** How {@link checkPaperCollection} reads and checks a collection. */
export interface CollectionCheckOptions {
  /** The papers folder, absolute or from the working directory. */
  papersDir: string;
  /** The folder that paths in messages are relative to; defaults to the working directory. */
  root?: string;
  /**
   * Which files (by path inside the papers folder) to check and report on; the others count only for
   * duplicates, so a paper checked alone is still compared with the whole collection. All by default.
   */
  select?: (pathInCollection: string) => boolean;
  /**
   * The identity of a file known unchanged since it was last checked (the build's digest cache);
   * such a file is not checked again. Undefined means: check it.
   */
  reuse?: (file: CollectionFile) => PaperIdentity | undefined;
  /**
   * Today and how many days after it a feed day may be ({@link checkFeedDaysAhead}); feed days are
   * not compared with today without it.
   */
  feedDays?: { today: Day; maxDaysAhead: number };
  /** Render abstracts to HTML (the default, for the site) or only check them (for validation). */
  render?: boolean;
  /**
   * At most this many worker threads check files beside this one, one per thousand files; 0 (the
   * default) checks every file here.
   */
  workers?: number;
}

/** What checking a collection found. */
export interface CollectionCheck {
  /** Every selected file that was checked (not reused), with what was found, in path order. */
  checked: CollectionFileCheck[];
  /** The identity of every paper file in the collection, in path order. */
  identities: PaperIdentity[];
  /** How many entries were selected: paper files, and files that should not be in the folder. */
  selected: number;
  /** Every problem in the selected files, duplicates across the whole collection included, sorted. */
  problems: ContentProblem[];
  /** What is allowed but likely a mistake in the selected files (a feed day ahead of today), sorted. */
  warnings: ContentProblem[];
}

/** The papers folder does not exist (or is a file): what `papers:validate` and the build both say. */
export class MissingPapersFolderError extends Error {
  constructor(shownPapersDir: string) {
    super(
      `there is no papers folder ${shownPapersDir}: create it, or set papersDir in ` +
        "site.config.ts (or PAPERS_DIR) to the folder of paper files",
    );
    this.name = "MissingPapersFolderError";
  }
}

/** A chunk of files a worker thread is asked to check; it answers with their checks, in order. */
export interface CheckChunkJob {
  files: CollectionFile[];
  render: boolean;
}

// Small enough that the threads finish together, large enough that messages cost little.
const CHUNK_SIZE = 200;
// A worker imports the MDX and KaTeX stack afresh, which costs about as much as checking a thousand
// files: fewer files per worker would make checking slower, not faster.
const FILES_PER_WORKER = 1000;
const WORKER_URL = new URL("./check-collection-worker.ts", import.meta.url);

/**
 * Checks every paper file of a collection, or the selected ones against the whole collection: each
 * file's path, frontmatter and abstract, then ids and arXiv ids used twice. The one loop behind both
 * the build's content loader and `npm run papers:validate`, so both report exactly the same problems.
 */
export async function checkPaperCollection(
  options: CollectionCheckOptions,
): Promise<CollectionCheck> {
  const papersDir = path.resolve(options.papersDir);
  const folder = await scanPapersFolder(papersDir).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    throw new MissingPapersFolderError(displayPath(path.resolve(options.root ?? "."), papersDir));
  });
  const select = options.select ?? (() => true);
  // A worker takes longer to import the checks than this thread takes to read every file, so the
  // workers start first; unless the build may find every file unchanged and need none.
  const workers = options.reuse
    ? []
    : startWorkers(folder.papers.filter(select).length, options.workers);
  try {
    return await checkListedFiles(papersDir, folder, select, workers, options);
  } finally {
    // Whatever happened, no worker may keep the process alive.
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

async function checkListedFiles(
  papersDir: string,
  folder: PapersFolder,
  select: (pathInCollection: string) => boolean,
  workers: CheckWorker[],
  options: CollectionCheckOptions,
): Promise<CollectionCheck> {
  const root = path.resolve(options.root ?? ".");
  const { files, unreadable } = readAll(papersDir, root, folder.papers);
  const selected = files.filter((file) => select(file.pathInCollection));
  const selectedPaths = new Set(selected.map((file) => file.pathInCollection));
  const identityByPath = new Map<string, PaperIdentity>();
  for (const file of files) {
    if (!selectedPaths.has(file.pathInCollection) || unreadable.has(file.pathInCollection)) {
      identityByPath.set(file.pathInCollection, readPaperIdentity(file));
    }
  }
  const toCheck: CollectionFile[] = [];
  for (const file of selected) {
    if (unreadable.has(file.pathInCollection)) continue;
    const identity = options.reuse?.(file);
    if (identity) identityByPath.set(file.pathInCollection, identity);
    else toCheck.push(file);
  }
  // Into the caller's list, which stops every worker in it when done.
  if (options.reuse) workers.push(...startWorkers(toCheck.length, options.workers));
  const checked = await checkFiles(toCheck, options.render ?? true, workers);
  for (const check of checked) identityByPath.set(check.pathInCollection, check.identity);

  const identities: PaperIdentity[] = [];
  const selectedIdentities: PaperIdentity[] = [];
  const others: PaperIdentity[] = [];
  for (const file of files) {
    const identity = identityByPath.get(file.pathInCollection) as PaperIdentity;
    identities.push(identity);
    (selectedPaths.has(file.pathInCollection) ? selectedIdentities : others).push(identity);
  }
  // Files that are not selected come first, so each duplicate is reported on a selected file.
  const selectedFiles = new Set(selectedIdentities.map((identity) => identity.file));
  const duplicates = findDuplicates([...others, ...selectedIdentities]);
  const strays = [...folder.strays, ...unusedImages(folder.images, files)].filter((stray) =>
    select(stray.pathInCollection),
  );
  const top = { line: 1, column: 1 };
  // Every selected file, unchanged ones included: today moves on while a file stays the same.
  const ahead = options.feedDays
    ? checkFeedDaysAhead(selected, options.feedDays)
    : { problems: [], warnings: [] };
  return {
    checked,
    identities,
    selected: selected.length + strays.length,
    problems: sortProblems([
      ...checked.flatMap((check) => check.problems),
      ...duplicates.filter((problem) => selectedFiles.has(problem.file)),
      ...[...unreadable.values()].filter((problem) => selectedFiles.has(problem.file)),
      ...strays.map(({ pathInCollection, message }) => ({
        file: displayPath(root, path.join(papersDir, pathInCollection)),
        position: top,
        field: "path",
        message,
      })),
      ...ahead.problems,
    ]),
    warnings: sortProblems(ahead.warnings),
  };
}

/** Images that no paper beside them names (as its thumbnail): they would never be published. */
function unusedImages(
  images: readonly string[],
  files: readonly CollectionFile[],
): { pathInCollection: string; message: string }[] {
  if (images.length === 0) return [];
  const papersByFolder = Map.groupBy(files, (file) => path.posix.dirname(file.pathInCollection));
  return images.flatMap((image) => {
    const reference = `./${path.posix.basename(image)}`;
    const siblings = papersByFolder.get(path.posix.dirname(image)) ?? [];
    return siblings.some((file) => file.source.includes(reference))
      ? []
      : [
          {
            pathInCollection: image,
            message: `is an image no paper beside it uses: name it in a paper's frontmatter (thumbnail: "${reference}") or remove it`,
          },
        ];
  });
}

/**
 * The identity (id, file and arXiv id) of every paper file of a collection, without checking the
 * files: what adding a paper needs to know about the papers already there. None when the folder is
 * missing.
 */
export async function readCollectionIdentities(options: {
  papersDir: string;
  root?: string;
}): Promise<PaperIdentity[]> {
  const papersDir = path.resolve(options.papersDir);
  let paths: string[];
  try {
    paths = await listPaperFiles(papersDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const { files } = readAll(papersDir, path.resolve(options.root ?? "."), paths);
  return files.map((file) => readPaperIdentity(file));
}

/** Checks one file of a collection; what every thread, this one or a worker, runs per file. */
export function checkCollectionFile(file: CollectionFile, render: boolean): CollectionFileCheck {
  const check = checkPaperFile({
    file: file.file,
    pathInCollection: file.pathInCollection,
    source: file.source,
    siblingExists: (name) => existsSync(path.join(path.dirname(file.absolutePath), name)),
    render,
  });
  return { ...check, pathInCollection: file.pathInCollection, absolutePath: file.absolutePath };
}

/** Consecutive files checked by one thread, and where they go in the results. */
interface Chunk {
  index: number;
  files: CollectionFile[];
}

/** A worker thread of {@link checkFiles}, answering each chunk with its checks. */
type CheckWorker = WaitingWorker<CheckChunkJob, CollectionFileCheck[]>;

/** Starts the worker threads for checking `fileCount` files: one per thousand, at most `limit`. */
function startWorkers(fileCount: number, limit = 0): CheckWorker[] {
  const count = Math.min(limit, Math.floor(fileCount / FILES_PER_WORKER));
  return Array.from({ length: count }, (_, index) =>
    startWorker(WORKER_URL, `the paper check worker ${String(index + 1)} of ${String(count)}`),
  );
}

/** Checks files in chunks, here and in the workers, each thread taking the next chunk when done. */
async function checkFiles(
  files: readonly CollectionFile[],
  render: boolean,
  workers: readonly CheckWorker[],
): Promise<CollectionFileCheck[]> {
  const results: CollectionFileCheck[][] = [];
  let next = 0;
  const take = (): Chunk | undefined => {
    if (next >= files.length) return undefined;
    const index = next / CHUNK_SIZE;
    const chunk = files.slice(next, next + CHUNK_SIZE);
    next += CHUNK_SIZE;
    return { index, files: chunk };
  };
  const checkHere = async () => {
    for (let chunk = take(); chunk; chunk = take()) {
      results[chunk.index] = chunk.files.map((file) => checkCollectionFile(file, render));
      // Let the workers' messages in between chunks, so they are handed their next chunk at once.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  // Each worker's first chunk is set aside for it, so that every worker shares the work.
  const checkInWorker = async (worker: CheckWorker, reserved: Chunk) => {
    for (let chunk: Chunk | undefined = reserved; chunk; chunk = take()) {
      results[chunk.index] = await worker.run({ files: chunk.files, render });
    }
  };
  const inWorkers = workers.flatMap((worker) => {
    const chunk = take();
    return chunk ? [checkInWorker(worker, chunk)] : [];
  });
  await Promise.all([checkHere(), ...inWorkers]);
  return results.flat();
}

/** Reads every file as strict UTF-8; one that is not keeps a lossy text for its identity only. */
function readAll(
  papersDir: string,
  root: string,
  paths: readonly string[],
): { files: CollectionFile[]; unreadable: Map<string, ContentProblem> } {
  const unreadable = new Map<string, ContentProblem>();
  // Synchronous reads: a paper file is a few kilobytes, and reading ten thousand of them one by one
  // takes a third of the time that the promise-based reads took.
  const files = paths.map((pathInCollection) => {
    const absolutePath = path.join(papersDir, pathInCollection);
    const file = displayPath(root, absolutePath);
    const bytes = readFileSync(absolutePath);
    const decoded = decodeUtf8(bytes);
    if (decoded.invalid) {
      const { position, message } = decoded.invalid;
      unreadable.set(pathInCollection, { file, position, field: "encoding", message });
    }
    const source = decoded.text ?? new TextDecoder().decode(bytes);
    return { pathInCollection, absolutePath, file, source };
  });
  return { files, unreadable };
}
