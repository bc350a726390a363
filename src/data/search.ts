// The search index, built from the papers the pages show: written into the output folder by a
// build, served from memory by the dev server.
import { outDir, srcDir } from "astro:config/server";
import { fileURLToPath } from "node:url";
import { SEARCH_INDEX_DIR, type SearchManifest } from "../search/core/index-format.ts";
import type { SearchDocument } from "../search/build/index-builder.ts";
import { siteSearchIndex, writeSearchIndexInWorker } from "../search/build/index-files.ts";
import type { Paper } from "./papers.ts";
import { site, urls } from "./site.ts";

/** The search page. */
export const searchUrl = urls.asset("search/");

function searchDocuments(papers: readonly Paper[]): SearchDocument[] {
  return papers.map((paper) => ({
    id: paper.id,
    title: paper.title,
    authors: paper.authors,
    day: paper.day,
    tags: paper.tags,
    arxiv: paper.arxiv,
    text: paper.text,
  }));
}

let written: Promise<SearchManifest> | undefined;

/**
 * Writes the index into the build's output folder from a worker thread, once per build, and gives
 * its manifest; later calls share the first one's. Astro renders pages on one thread: the index is
 * built on the other core while pages render, and its files never pass through Astro's rendering.
 */
export function writeSearchIndex(papers: readonly Paper[]): Promise<SearchManifest> {
  written ??= writeSearchIndexInWorker(new URL("search/build/index-worker.ts", srcDir), {
    documents: searchDocuments(papers),
    locale: site.locale,
    dir: fileURLToPath(new URL(SEARCH_INDEX_DIR, outDir)),
  });
  return written;
}

/** The index held in memory, as the dev server serves it. */
export interface SearchIndexInMemory {
  manifest: SearchManifest;
  /** Each file's content by its path from the index folder. */
  bodies: Map<string, string>;
}

let inMemory: SearchIndexInMemory | undefined;

/** The index built in memory, once: the dev server builds no output folder. */
export function searchIndexInMemory(papers: readonly Paper[]): SearchIndexInMemory {
  if (!inMemory) {
    const { manifest, files } = siteSearchIndex(searchDocuments(papers), site.locale);
    inMemory = { manifest, bodies: new Map(files.map(({ path, body }) => [path, body])) };
  }
  return inMemory;
}
