// Import merges, never duplicates: a paper is one entry however many files name it, and merging the
// same file twice changes nothing.
import type { Library } from "../storage/library-format.ts";

const earlier = (a: string, b: string) => (Date.parse(b) < Date.parse(a) ? b : a);

// Maps, not objects: an id such as "__proto__" stays an ordinary key.
function mergeBy<T>(
  mine: Record<string, T>,
  theirs: Record<string, T>,
  at: (value: T) => string,
): Record<string, T> {
  const merged = new Map(Object.entries(mine));
  for (const [id, value] of Object.entries(theirs)) {
    const kept = merged.get(id);
    if (kept === undefined || earlier(at(kept), at(value)) !== at(kept)) merged.set(id, value);
  }
  return Object.fromEntries(merged);
}

/**
 * Merges an imported library into the current one: every paper saved or read in either stays so, with
 * the earliest date either gives (when the reader first saved or read it). The current settings stay,
 * unless the current library is empty (a fresh browser), which takes the imported ones.
 */
export function mergeLibraries(current: Library, imported: Library): Library {
  const fresh = Object.keys(current.saved).length === 0 && Object.keys(current.read).length === 0;
  return {
    ...current,
    saved: mergeBy(current.saved, imported.saved, (paper) => paper.savedAt),
    read: mergeBy(current.read, imported.read, (at) => at),
    settings: { ...(fresh ? imported.settings : current.settings) },
  };
}
