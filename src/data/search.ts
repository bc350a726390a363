// The search index, built once per build from the same papers the pages show.
import { outDir, srcDir } from "astro:config/server";
import { fileURLToPath } from "node:url";
import { SEARCH_INDEX_DIR, type SearchManifest } from "../search/core/index-format.ts";
import type { SearchDocument } from "../search/build/index-builder.ts";
import { siteSearchIndex, writeSearchIndexInWorker } from "../search/build/index-files.ts";
import { getPapers } from "./papers.ts";
import { site, urls } from "./site.ts";

/** The search page. */
export const searchUrl = urls.asset("search/");

async function searchDocuments(): Promise<SearchDocument[]> {
  return (await getPapers()).map((paper) => ({
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
 * Builds the index into the build's output folder, in a worker thread, and returns its manifest.
 * Astro renders pages on one thread: the index (3.5 s at 10,000 papers, 15 s at 50,000) is built on
 * the other core while pages render, and its files never pass through Astro's rendering.
 */
function writeSearchIndexFiles(): Promise<SearchManifest> {
  written ??= searchDocuments().then((documents) =>
    writeSearchIndexInWorker(new URL("search/build/index-worker.ts", srcDir), {
      documents,
      locale: site.locale,
      dir: fileURLToPath(new URL(SEARCH_INDEX_DIR, outDir)),
    }),
  );
  return written;
}

interface SearchIndexInMemory {
  manifest: SearchManifest;
  /** Each file's content by its path from the index folder. */
  bodies: Map<string, string>;
}

let inMemory: Promise<SearchIndexInMemory> | undefined;

// The dev server builds no output folder: it serves the index's files from memory.
function searchIndexInMemory(): Promise<SearchIndexInMemory> {
  inMemory ??= searchDocuments().then((documents) => {
    const { manifest, files } = siteSearchIndex(documents, site.locale);
    return { manifest, bodies: new Map(files.map(({ path, body }) => [path, body])) };
  });
  return inMemory;
}

/**
 * The index's manifest: its tags and days are the search page's filters. In a build, the index is
 * written from the moment the papers are loaded (see `getPapers`), and the search page waits for it,
 * so a build cannot end before the index is written. At 50,000 papers the worker thread's memory
 * does not raise the build's peak (3.3 GB either way), which comes earlier, while the content store
 * is saved.
 */
export async function getSearchManifest(): Promise<SearchManifest> {
  if (import.meta.env.PROD) return writeSearchIndexFiles();
  return (await searchIndexInMemory()).manifest;
}

/**
 * The path of each index file the search index route renders, from the index folder. A build
 * renders none: the search page writes them (see {@link getSearchManifest}).
 */
export async function getSearchIndexPaths(): Promise<string[]> {
  return import.meta.env.PROD ? [] : [...(await searchIndexInMemory()).bodies.keys()];
}

/** One file of the index, by its path from the index folder, as the dev server serves it. */
export async function getSearchIndexFile(path: string): Promise<string | undefined> {
  return (await searchIndexInMemory()).bodies.get(path);
}
