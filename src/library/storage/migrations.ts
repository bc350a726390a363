// Brings a stored library of an older version up to the current one, one version at a time, so a
// later release can change the format without losing anyone's list.

/** Turns a library of version `from` into one of version `from + 1`. */
export interface MigrationStep {
  from: number;
  migrate(old: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The steps this release knows, in order. Version 1 is the first stored format, so there is none yet;
 * the step from 1 to 2 goes here with the release that writes version 2.
 */
export const MIGRATIONS: readonly MigrationStep[] = [];

/**
 * Runs every step from the value's version up to `target`; undefined when a step is missing, so the
 * caller treats the value as unreadable and leaves it alone.
 */
export function migrateLibrary(
  value: Record<string, unknown> & { version: number },
  target: number,
  steps: readonly MigrationStep[] = MIGRATIONS,
): Record<string, unknown> | undefined {
  let current: Record<string, unknown> = value;
  for (let version = value.version; version < target; version++) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) return undefined;
    current = { ...step.migrate(current), version: version + 1 };
  }
  return current;
}
