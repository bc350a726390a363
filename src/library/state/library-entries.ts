import type { Library } from "../storage/library-format.ts";

/** Which saved papers the library page lists. */
export type ReadFilter = "all" | "unread" | "read";

/** One saved paper as the library page lists it. */
export interface LibraryEntry {
  id: string;
  title: string;
  savedAt: string;
  read: boolean;
}

/** The saved papers the filter keeps, most recently saved first (then by id, so the order is stable). */
export function libraryEntries(library: Library, filter: ReadFilter): LibraryEntry[] {
  const found: { entry: LibraryEntry; time: number }[] = [];
  for (const [id, { title, savedAt }] of Object.entries(library.saved)) {
    const read = Object.hasOwn(library.read, id);
    if (filter !== "all" && read !== (filter === "read")) continue;
    found.push({ entry: { id, title, savedAt, read }, time: Date.parse(savedAt) });
  }
  // Each date parsed once, not at every comparison: a library may hold tens of thousands.
  found.sort((a, b) => b.time - a.time || (a.entry.id < b.entry.id ? -1 : 1));
  return found.map(({ entry }) => entry);
}
