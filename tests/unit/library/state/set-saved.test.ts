import { describe, expect, it } from "vitest";
import { setSaved } from "../../../../src/library/state/set-saved.ts";
import { emptyLibrary } from "../../../../src/library/storage/library-format.ts";

const paper = { id: "2401.00001", title: "A paper" };
const T1 = "2025-01-01T00:00:00.000Z";
const T2 = "2025-02-01T00:00:00.000Z";

describe("setSaved", () => {
  it("saves a paper with its title and the time", () => {
    expect(setSaved(emptyLibrary(), paper, true, T1).saved).toEqual({
      "2401.00001": { title: "A paper", savedAt: T1 },
    });
  });

  it("keeps the first save time when saved again", () => {
    const once = setSaved(emptyLibrary(), paper, true, T1);
    expect(setSaved(once, paper, true, T2).saved["2401.00001"]?.savedAt).toBe(T1);
  });

  it("removes a saved paper and leaves the others and the read marks", () => {
    const other = { id: "2401.00002", title: "B" };
    const library = {
      ...setSaved(setSaved(emptyLibrary(), paper, true, T1), other, true, T2),
      read: { [paper.id]: T1 },
    };
    const removed = setSaved(library, paper, false, T2);
    expect(Object.keys(removed.saved)).toEqual([other.id]);
    expect(removed.read).toEqual({ [paper.id]: T1 });
  });

  it("does not change the library it is given", () => {
    const library = emptyLibrary();
    setSaved(library, paper, true, T1);
    expect(library.saved).toEqual({});
  });

  it("saves an id such as __proto__ as an ordinary key", () => {
    const saved = setSaved(emptyLibrary(), { id: "__proto__", title: "P" }, true, T1).saved;
    expect(Object.keys(saved)).toEqual(["__proto__"]);
  });
});
