import { openLibraryStore, type LibraryStore } from "../storage/library-store.ts";

let store: LibraryStore | undefined;

/** This site's library store, one per page however many scripts ask for it. */
export function siteLibrary(): LibraryStore {
  store ??= openLibraryStore(import.meta.env.BASE_URL);
  return store;
}
