// Runs every search off the main thread: it fetches the index files it needs, once each, and sends
// back results whose text is already split into highlighted segments.
import { excerptSegments, highlight } from "../core/highlight.ts";
import {
  SEARCH_FORMAT,
  searchIndexPaths,
  type SearchManifest,
  type SearchRecord,
  type VocabularyPart,
} from "../core/index-format.ts";
import { onceEach } from "./promise-cache.ts";
import { createSearchEngine, type SearchEngine, type SearchHit } from "./query.ts";
import { createUrls } from "../../lib/publish/urls.ts";
import type {
  ManifestMessage,
  PrepareMessage,
  ResultItem,
  ResultMessage,
  SearchMessage,
} from "./protocol.ts";

const SHOWN_AUTHORS = 4;
const EXCERPT_LENGTH = 220;

const scope = self as unknown as {
  postMessage(message: ResultMessage): void;
  onmessage:
    ((event: MessageEvent<ManifestMessage | SearchMessage | PrepareMessage>) => void) | null;
};
const urls = createUrls(import.meta.env.BASE_URL);

const loadFile = onceEach(async (path: string): Promise<unknown> => {
  const url = new URL(urls.searchIndex(path), self.location.href).href;
  // The manifest names the folder of this build's index: the browser's cache must not answer for it.
  const init: RequestInit | undefined =
    path === searchIndexPaths.manifest ? { cache: "no-cache" } : undefined;
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as unknown;
});

function load<T>(path: string): Promise<T> {
  return loadFile(path) as Promise<T>;
}

// The page fetches the manifest while this worker starts; it is used once, and fetched anew if the
// index has to be opened again.
let receiveManifest: (manifest: string | null) => void = () => undefined;
let handedManifest: Promise<string | null> | undefined = new Promise((resolve) => {
  receiveManifest = resolve;
});

async function openIndex(): Promise<SearchEngine> {
  const handed = await handedManifest;
  handedManifest = undefined;
  const manifest =
    typeof handed === "string"
      ? (JSON.parse(handed) as SearchManifest)
      : await load<SearchManifest>(searchIndexPaths.manifest);
  // A page cached from an older build may meet an index written in a newer layout.
  const format: unknown = manifest.format;
  if (format !== SEARCH_FORMAT) {
    throw new Error(
      `search-index/manifest.json: format is ${String(format)}; expected ${SEARCH_FORMAT}`,
    );
  }
  const { version } = manifest;
  return createSearchEngine({
    manifest,
    vocabulary: (part) => load<VocabularyPart>(searchIndexPaths.vocabulary(version, part)),
    postings: (shard) => load(searchIndexPaths.postings(version, shard)),
    positions: (shard) => load(searchIndexPaths.positions(version, shard)),
    records: (shard) => load<SearchRecord[]>(searchIndexPaths.records(version, shard)),
    days: () => load(searchIndexPaths.days(version)),
    tag: (tag) => load(searchIndexPaths.tag(version, tag)),
  });
}

let engine: Promise<SearchEngine> | undefined;
function getEngine(): Promise<SearchEngine> {
  engine ??= openIndex();
  // After a failure the next search tries again, so a reader who gets back online can search.
  engine.catch(() => (engine = undefined));
  return engine;
}

function toItem(hit: SearchHit, terms: ReadonlySet<string>): ResultItem {
  const [id, title, authors, day, tags, , text, date] = hit.record;
  return {
    url: urls.paper(id),
    title: highlight(title, terms),
    authors: authors.slice(0, SHOWN_AUTHORS).map((author) => highlight(author, terms)),
    moreAuthors: Math.max(0, authors.length - SHOWN_AUTHORS),
    day,
    date,
    tags,
    excerpt: excerptSegments(text, terms, EXCERPT_LENGTH),
  };
}

let running: AbortController | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  if ("manifest" in request) {
    receiveManifest(request.manifest);
    return;
  }
  if ("prepare" in request) {
    // Only a head start: the search that follows reports any failure.
    getEngine()
      .then((ready) => ready.prepare(request.prepare))
      .catch(() => undefined);
    return;
  }
  // A newer search has come in: the older one stops before fetching anything more.
  running?.abort();
  const controller = new AbortController();
  running = controller;
  getEngine()
    .then(async (ready) => {
      if (controller.signal.aborted) return;
      const response = await ready.search({ ...request, signal: controller.signal });
      if (controller.signal.aborted) return;
      const terms = new Set(response.terms);
      scope.postMessage({
        id: request.id,
        ok: true,
        total: response.total,
        items: response.hits.map((hit) => toItem(hit, terms)),
      });
    })
    .catch((error: unknown) => {
      if (controller.signal.aborted) return;
      scope.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    });
};

// The index starts loading as soon as the worker exists, before the first word is typed.
getEngine().catch(() => undefined);
