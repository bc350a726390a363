import { describe, expect, it } from "vitest";
import {
  MIGRATIONS,
  migrateLibrary,
  type MigrationStep,
} from "../../../../src/library/storage/migrations.ts";

// An older layout, as a release before version 1 might have stored it: saved papers as a list.
const V0_STEP: MigrationStep = {
  from: 0,
  migrate: (old) => ({
    saved: Object.fromEntries(
      (old["papers"] as { id: string; title: string; at: string }[]).map((paper) => [
        paper.id,
        { title: paper.title, savedAt: paper.at },
      ]),
    ),
    read: {},
    settings: { hideRead: false },
  }),
};

describe("migrateLibrary", () => {
  it("runs each step from the stored version up to the target", () => {
    const v0 = {
      version: 0,
      papers: [{ id: "2401.00001", title: "A", at: "2025-01-02T03:04:05.000Z" }],
    };
    expect(migrateLibrary(v0, 1, [V0_STEP])).toEqual({
      version: 1,
      saved: { "2401.00001": { title: "A", savedAt: "2025-01-02T03:04:05.000Z" } },
      read: {},
      settings: { hideRead: false },
    });
  });

  it("chains steps in order, whatever order they are listed in", () => {
    const step1: MigrationStep = { from: 1, migrate: (old) => ({ ...old, extra: true }) };
    const v0 = { version: 0, papers: [] };
    expect(migrateLibrary(v0, 2, [step1, V0_STEP])).toMatchObject({
      version: 2,
      extra: true,
      saved: {},
    });
  });

  it("leaves a library of the target version as it is", () => {
    const v1 = { version: 1, saved: {} };
    expect(migrateLibrary(v1, 1, [])).toEqual(v1);
  });

  it("gives up when a step is missing", () => {
    expect(migrateLibrary({ version: 0, papers: [] }, 1, [])).toBeUndefined();
  });

  it("has no step yet: version 1 is the first stored format", () => {
    expect(MIGRATIONS).toEqual([]);
  });
});
