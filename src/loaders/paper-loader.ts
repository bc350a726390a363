import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AstroError } from "astro/errors";
import type { Loader, LoaderContext } from "astro/loaders";
import { checkPaperCollection } from "../lib/content/check-collection.ts";
import { MATH_RENDERER } from "../lib/content/render-abstract.ts";
import { InvalidContentError } from "../lib/content/check-paper.ts";

// The store has this method at run time, but Astro's public `DataStore` type leaves it out.
type AssetRegisteringStore = LoaderContext["store"] & {
  addAssetImports(assets: string[], filePath?: string): void;
};

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
  const digests = new Map<string, string>();
  const { checked, identities, problems } = await checkPaperCollection({
    papersDir,
    root: fileURLToPath(config.root),
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
  if (problems.length > 0) {
    throw new AstroError(
      new InvalidContentError(problems).message,
      "Each line names the file, the line and column, the field and what is expected.",
    );
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
