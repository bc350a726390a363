import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AstroError } from "astro/errors";
import type { Loader, LoaderContext } from "astro/loaders";
import { listPaperFiles } from "../lib/paper-files.ts";
import {
  checkPaperFile,
  findDuplicates,
  InvalidContentError,
  type CheckedPaper,
  type ContentProblem,
} from "../lib/validate-papers.ts";

// The store has this method at run time, but Astro's public `DataStore` type leaves it out.
type AssetRegisteringStore = LoaderContext["store"] & {
  addAssetImports(assets: string[], filePath?: string): void;
};

interface KnownPaper {
  id: string;
  file: string;
  arxiv?: string | undefined;
}

/**
 * Loads `YYYY/MM/DD/<id>.mdx` papers from a folder, validating every file and rendering each abstract to
 * static HTML (KaTeX included) once: contributed MDX is never compiled into code, and a paper whose file
 * has not changed since the last build is neither re-read nor re-rendered.
 */
export function paperLoader(options: { base: string }): Loader {
  return {
    name: "daily-papers",
    load: async (context) => {
      const papersDir = path.resolve(fileURLToPath(context.config.root), options.base);
      await loadPapers(context, papersDir);
      context.watcher?.add(papersDir);
      context.watcher?.on("all", (_event, changed) => {
        if (!changed.startsWith(papersDir)) return;
        loadPapers(context, papersDir).catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

async function loadPapers(context: LoaderContext, papersDir: string): Promise<void> {
  const { store, config } = context;
  const root = fileURLToPath(config.root);
  const problems: ContentProblem[] = [];
  const known: KnownPaper[] = [];
  const changed: { paper: CheckedPaper; digest: string; absolutePath: string }[] = [];

  for (const pathInCollection of await listPaperFiles(papersDir)) {
    const absolutePath = path.join(papersDir, pathInCollection);
    const file = path.relative(root, absolutePath).split(path.sep).join("/");
    const source = await readFile(absolutePath, "utf8");
    // The path is part of the digest: moving a file to another day folder changes the paper.
    const digest = context.generateDigest(`${pathInCollection}\n${source}`);
    const id = path.posix.basename(pathInCollection, ".mdx");
    const stored = store.get<{ arxiv?: string }>(id);
    if (stored?.digest === digest && stored.filePath === file) {
      known.push({ id, file, arxiv: stored.data.arxiv });
      // Astro rewrites its project-wide map of image imports only from what loaders register in this
      // build, so an unchanged paper's thumbnail must be registered again (as Astro's glob loader does).
      if (stored.assetImports?.length) {
        (store as AssetRegisteringStore).addAssetImports(stored.assetImports, stored.filePath);
      }
      continue;
    }
    const check = checkPaperFile({
      file,
      pathInCollection,
      source,
      siblingExists: (name) => existsSync(path.join(path.dirname(absolutePath), name)),
    });
    problems.push(...check.problems);
    known.push(check.identity);
    if (check.paper) {
      changed.push({ paper: check.paper, digest, absolutePath });
    }
  }
  problems.push(...findDuplicates(known));
  if (problems.length > 0) {
    throw new AstroError(
      new InvalidContentError(problems).message,
      "Each line names the file, the line and column, the field and what is expected.",
    );
  }

  const current = new Set(known.map((paper) => paper.id));
  for (const id of store.keys()) if (!current.has(id)) store.delete(id);
  for (const { paper, digest, absolutePath } of changed) {
    const data = await context.parseData({
      id: paper.id,
      filePath: absolutePath,
      data: {
        ...paper.frontmatter,
        day: paper.day,
        text: paper.abstract.text,
        hasMath: paper.abstract.hasMath,
      },
    });
    store.set({
      id: paper.id,
      data,
      filePath: paper.file,
      digest,
      rendered: { html: paper.abstract.html },
    });
  }
  context.logger.info(
    `${known.length} papers (${changed.length} rendered, ${known.length - changed.length} unchanged)`,
  );
}
