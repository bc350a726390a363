import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AstroError } from "astro/errors";
import type { Loader, LoaderContext } from "astro/loaders";
import {
  checkPaperCollection,
  MissingPapersFolderError,
  type CollectionCheck,
} from "../lib/content/check-collection.ts";
import { MATH_RENDERER } from "../lib/content/render-abstract.ts";
import { formatProblem, InvalidContentError } from "../lib/content/check-paper.ts";
import { todayUtc } from "../lib/feed/dates.ts";
import { recordContentProblems } from "./content-problems.ts";

// The store has this method at run time, but Astro's public `DataStore` type leaves it out.
type AssetRegisteringStore = LoaderContext["store"] & {
  addAssetImports(assets: string[], filePath?: string): void;
};

/**
 * Loads `YYYY/MM/DD/<id>.mdx` papers from a folder, validating every file and rendering each abstract to
 * static HTML (KaTeX included) once: contributed MDX is never compiled into code, and a paper whose file
 * has not changed since the last build is neither re-read nor re-rendered.
 */
export function paperLoader(options: { base: string; maxDaysAhead: number }): Loader {
  return {
    name: "daily-papers",
    load: async (context) => {
      const papersDir = path.resolve(fileURLToPath(context.config.root), options.base);
      const load = () => loadPapers(context, papersDir, options.maxDaysAhead);
      await load();
      context.watcher?.add(papersDir);
      context.watcher?.on("all", (_event, changed) => {
        if (!changed.startsWith(papersDir)) return;
        load().then(
          () => {
            // The store may hold what it held before the papers broke: reload the pages all the same.
            if (context.meta.has(BROKEN)) context.meta.delete(BROKEN);
          },
          (error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            context.logger.error(message);
            // A change to the store, written to disk, makes the browser reload the page, which
            // now shows the problem.
            context.meta.set(BROKEN, message);
          },
        );
      });
    },
  };
}

// The content store's note that the papers failed to load while `astro dev` runs.
const BROKEN = "broken";
const HINT = "Each line names the file, the line and column, the field and what is expected.";

/** Loads the papers into the store, or records and throws why they cannot be. */
async function loadPapers(
  context: LoaderContext,
  papersDir: string,
  maxDaysAhead: number,
): Promise<void> {
  try {
    await storePapers(context, papersDir, maxDaysAhead);
    recordContentProblems(undefined);
  } catch (error) {
    if (error instanceof AstroError) {
      recordContentProblems({ message: error.message, hint: error.hint ?? HINT });
    }
    throw error;
  }
}

async function storePapers(
  context: LoaderContext,
  papersDir: string,
  maxDaysAhead: number,
): Promise<void> {
  const { store } = context;
  const digests = new Map<string, string>();
  let result: CollectionCheck;
  try {
    result = await checkCollection(context, papersDir, maxDaysAhead, digests);
  } catch (error) {
    if (!(error instanceof MissingPapersFolderError)) throw error;
    throw new AstroError(error.message, "The build reads every paper file from this folder.");
  }
  const { checked, identities, problems, warnings } = result;
  for (const warning of warnings) context.logger.warn(formatProblem(warning));
  if (problems.length > 0) {
    throw new AstroError(new InvalidContentError(problems).message, HINT);
  }

  const current = new Set(identities.map((paper) => paper.id));
  for (const id of store.keys()) if (!current.has(id)) store.delete(id);
  for (const { paper, pathInCollection, absolutePath } of checked) {
    if (!paper) continue;
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
      digest: digests.get(pathInCollection) ?? "",
      rendered: { html: paper.abstract.html },
    });
  }
  context.logger.info(
    `${identities.length} papers (${checked.length} rendered, ${identities.length - checked.length} unchanged)`,
  );
}

/** Checks the collection as it is now, reusing what the store holds of unchanged files. */
function checkCollection(
  context: LoaderContext,
  papersDir: string,
  maxDaysAhead: number,
  digests: Map<string, string>,
): Promise<CollectionCheck> {
  const { store, config } = context;
  return checkPaperCollection({
    papersDir,
    root: fileURLToPath(config.root),
    feedDays: { today: todayUtc(), maxDaysAhead },
    // Rendering is most of a cold build's content step; every core shares it. (Checking alone, in
    // papers:validate, leaves a core to V8's own threads; rendering still gains from that core.)
    workers: availableParallelism() - 1,
    reuse: (file) => {
      // The path is part of the digest: moving a file to another day folder changes the paper; so
      // is KaTeX's version, whose upgrade changes the rendered math of an unchanged file.
      const digest = context.generateDigest(
        `${MATH_RENDERER}\n${file.pathInCollection}\n${file.source}`,
      );
      digests.set(file.pathInCollection, digest);
      const id = path.posix.basename(file.pathInCollection, ".mdx");
      const stored = store.get<{ arxiv?: string }>(id);
      if (stored?.digest !== digest || stored.filePath !== file.file) return undefined;
      // Astro rewrites its project-wide map of image imports only from what loaders register in this
      // build, so an unchanged paper's thumbnail must be registered again (as Astro's glob loader does).
      if (stored.assetImports?.length) {
        (store as AssetRegisteringStore).addAssetImports(stored.assetImports, stored.filePath);
      }
      return stored.data.arxiv
        ? { id, file: file.file, arxiv: stored.data.arxiv }
        : { id, file: file.file };
    },
  });
}
