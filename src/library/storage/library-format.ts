// The reading list as this browser stores it (docs/library.md): one JSON object under one
// localStorage key per site. A change that is not an addition raises LIBRARY_VERSION and adds a step
// to storage/migrations.ts.

/** The version of the stored format this release writes. */
export const LIBRARY_VERSION = 1;

/** One saved paper: enough to list it at once, before its API file is fetched. */
export interface SavedPaper {
  title: string;
  /** When the reader saved it (ISO 8601, UTC). */
  savedAt: string;
}

/** The reader's library in this browser. */
export interface Library {
  version: typeof LIBRARY_VERSION;
  /** Saved papers by id. */
  saved: Record<string, SavedPaper>;
  /** When each paper was first read (ISO 8601, UTC), by id. */
  read: Record<string, string>;
  settings: {
    /** Whether listing pages hide the papers the reader has read. */
    hideRead: boolean;
  };
}

/** A library with nothing in it. */
export function emptyLibrary(): Library {
  return { version: LIBRARY_VERSION, saved: {}, read: {}, settings: { hideRead: false } };
}
