import type { Library } from "../storage/library-format.ts";

/** The library with the paper saved (at `now`, unless it already was) or removed. */
export function setSaved(
  library: Library,
  paper: { id: string; title: string },
  saved: boolean,
  now: string,
): Library {
  const { [paper.id]: existing, ...others } = library.saved;
  if (!saved) return { ...library, saved: others };
  return {
    ...library,
    saved: { ...others, [paper.id]: existing ?? { title: paper.title, savedAt: now } },
  };
}
