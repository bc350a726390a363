// The page's side of the search worker: one worker per page, started on first use, and only the
// answer to the latest search is delivered.
import { searchIndexPaths } from "../core/index-format.ts";
import type { SearchFilters } from "../engine/filters.ts";
import { createUrls } from "../../lib/publish/urls.ts";
import type {
  ManifestMessage,
  PrepareMessage,
  ResultMessage,
  SearchMessage,
} from "../engine/protocol.ts";

/** What a search comes back with: results, an error, or nothing because a newer search replaced it. */
export type SearchOutcome = ResultMessage | { id: number; superseded: true };

let worker: Worker | undefined;
let nextId = 1;
let waiting: { id: number; resolve: (outcome: SearchOutcome) => void } | undefined;

function startWorker(): Worker {
  const started = new Worker(new URL("../engine/worker.ts", import.meta.url), { type: "module" });
  started.addEventListener("message", (event: MessageEvent<ResultMessage>) => {
    if (waiting?.id !== event.data.id) return;
    waiting.resolve(event.data);
    waiting = undefined;
  });
  started.addEventListener("error", (event) => {
    event.preventDefault();
    if (!waiting) return;
    waiting.resolve({ id: waiting.id, ok: false, error: "the search worker failed to start" });
    waiting = undefined;
    worker = undefined;
  });
  // The worker's own fetch would wait for its code to load and run; the page's starts now.
  const manifestUrl = createUrls(import.meta.env.BASE_URL).searchIndex(searchIndexPaths.manifest);
  fetch(manifestUrl, { cache: "no-cache" })
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null)
    .then((manifest) => started.postMessage({ manifest } satisfies ManifestMessage))
    .catch(() => undefined);
  return started;
}

/** Starts the worker, which starts loading the index; searching later is then faster. */
export function warmUp(): void {
  worker ??= startWorker();
}

/**
 * Tells the worker what is typed while it is still too short to search for (one letter), so the
 * index part that the next keystroke's search needs is already on its way.
 */
export function prepare(text: string): void {
  warmUp();
  worker?.postMessage({ prepare: text } satisfies PrepareMessage);
}

/** Searches in the worker; an earlier search still running resolves as superseded. */
export function search(
  query: string,
  filters: SearchFilters,
  offset: number,
  limit: number,
): Promise<SearchOutcome> {
  warmUp();
  if (waiting) waiting.resolve({ id: waiting.id, superseded: true });
  const message: SearchMessage = { id: nextId++, query, filters, offset, limit };
  return new Promise((resolve) => {
    waiting = { id: message.id, resolve };
    worker?.postMessage(message);
  });
}
