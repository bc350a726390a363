// The page's side of the stored library: every change is made to what storage holds at that moment
// (another tab may have written since), and every change in another tab reaches this one through
// the `storage` event, so open tabs stay consistent.
import type { Library } from "./library-format.ts";
import { libraryKey } from "./library-key.ts";
import { readLibrary, type LibraryReading } from "./read-library.ts";

/** The library of one site in this browser's localStorage. */
export interface LibraryStore {
  /** The localStorage key it lives under. */
  key: string;
  /** The library as stored now, or why it cannot be used. */
  load(): LibraryReading;
  /** The stored text as it is, for the reader to keep when it cannot be read. */
  text(): string | null;
  /** Changes the stored library; false (and nothing written) when it is unreadable or storage refuses. */
  update(change: (library: Library) => Library): boolean;
  /** Calls `listener` after every change, in this tab or another. */
  subscribe(listener: () => void): void;
}

const UNAVAILABLE = "this browser does not let the site store anything";

/** Opens the library of the site at `basePath`. Unreadable data is reported once, on the console. */
export function openLibraryStore(basePath: string): LibraryStore {
  const key = libraryKey(basePath);
  const listeners = new Set<() => void>();
  let warned = false;
  const notify = () => listeners.forEach((listener) => listener());
  // Reading localStorage throws where the reader has blocked site data.
  const storage = (): Storage | undefined => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  };
  const text = () => {
    try {
      return storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  // Parsed again only when the stored text changed: every toggle on a page asks at each render.
  let last: { text: string | null; reading: LibraryReading } | undefined;
  const load = (): LibraryReading => {
    let reading: LibraryReading = { ok: false, problem: UNAVAILABLE };
    if (storage()) {
      const stored = text();
      if (last?.text !== stored) last = { text: stored, reading: readLibrary(stored) };
      reading = last.reading;
    }
    if (!reading.ok && !warned) {
      warned = true;
      console.warn(
        `Daily Papers: the reading list in this browser (localStorage "${key}") is not used and left as it is: ${reading.problem}.`,
      );
    }
    return reading;
  };
  window.addEventListener("storage", (event) => {
    if (event.key === key || event.key === null) notify();
  });
  return {
    key,
    load,
    text,
    update(change) {
      const reading = load();
      if (!reading.ok) return false;
      try {
        storage()?.setItem(key, JSON.stringify(change(reading.library)));
      } catch {
        return false;
      }
      notify();
      return true;
    },
    subscribe: (listener) => void listeners.add(listener),
  };
}
