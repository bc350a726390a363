import type { Library } from "../storage/library-format.ts";

/** The library with the paper marked read (first read kept if it already was) or unread. */
export function setRead(library: Library, id: string, read: boolean, now: string): Library {
  const { [id]: readAt, ...others } = library.read;
  return { ...library, read: read ? { ...others, [id]: readAt ?? now } : others };
}
