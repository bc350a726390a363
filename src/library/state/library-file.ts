import type { Library } from "../storage/library-format.ts";

/** The whole library as a JSON file to move to another browser; import reads it back as stored. */
export function libraryFile(
  library: Library,
  now: Date,
): { body: string; fileName: string; mediaType: string } {
  const exportedAt = now.toISOString();
  return {
    body: `${JSON.stringify({ format: "daily-papers-library", exportedAt, ...library }, null, 2)}\n`,
    fileName: `library-${exportedAt.slice(0, 10)}.json`,
    mediaType: "application/json",
  };
}
