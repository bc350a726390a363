// Reads a stored (or imported) library. Anything it cannot vouch for comes back as a problem, never as
// a guess, so the caller can leave the stored text exactly as it found it.
import { emptyLibrary, LIBRARY_VERSION, type Library } from "./library-format.ts";
import { MIGRATIONS, migrateLibrary, type MigrationStep } from "./migrations.ts";

/** A library read from text, or what is wrong with that text. */
export type LibraryReading = { ok: true; library: Library } | { ok: false; problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isTime = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value));

/** Parses stored text (null: nothing stored yet, an empty library) and migrates it to this version. */
export function readLibrary(
  text: string | null,
  steps: readonly MigrationStep[] = MIGRATIONS,
): LibraryReading {
  if (text === null) return { ok: true, library: emptyLibrary() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: "it is not valid JSON" };
  }
  if (!isObject(value) || !Number.isInteger(value["version"])) {
    return { ok: false, problem: "it is not a Daily Papers library (no version number)" };
  }
  const version = value["version"] as number;
  if (version > LIBRARY_VERSION) {
    return {
      ok: false,
      problem: `it was written by a newer release (version ${version}; this one reads up to ${LIBRARY_VERSION})`,
    };
  }
  const current = migrateLibrary({ ...value, version }, LIBRARY_VERSION, steps);
  if (!current) return { ok: false, problem: `no release converts its version ${version}` };
  const problem = checkLibrary(current);
  return problem ? { ok: false, problem } : { ok: true, library: current as unknown as Library };
}

/** What is wrong with a library of the current version, naming the field; undefined if nothing. */
function checkLibrary(value: Record<string, unknown>): string | undefined {
  const { saved, read, settings } = value;
  if (!isObject(saved)) return "field saved: expected an object of papers by id";
  for (const [id, paper] of Object.entries(saved)) {
    if (!isObject(paper) || typeof paper["title"] !== "string" || !isTime(paper["savedAt"])) {
      return `field saved.${id}: expected {"title": text, "savedAt": a date and time}`;
    }
  }
  if (!isObject(read)) return "field read: expected an object of dates by paper id";
  for (const [id, at] of Object.entries(read)) {
    if (!isTime(at)) return `field read.${id}: expected a date and time`;
  }
  if (!isObject(settings) || typeof settings["hideRead"] !== "boolean") {
    return 'field settings: expected {"hideRead": true or false}';
  }
  return undefined;
}
