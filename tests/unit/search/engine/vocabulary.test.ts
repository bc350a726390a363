import { describe, expect, it } from "vitest";
import { searchIndexPaths } from "../../../../src/search/core/index-format.ts";
import { createVocabulary } from "../../../../src/search/engine/vocabulary.ts";
import { memorySource } from "../../../fixtures/search/memory-source.ts";
import { SEARCH_FIXTURE } from "../../../fixtures/search/papers.ts";

const partPath = (
  manifest: { version: string; vocabulary: [string, number, number][] },
  key: string,
) =>
  searchIndexPaths.vocabulary(
    manifest.version,
    manifest.vocabulary.findIndex(([partKey]) => partKey === key),
  );

describe("createVocabulary", () => {
  it("finds a term's index in the whole vocabulary, loading only its first letter's part", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    const vocabulary = createVocabulary(source);
    const index = await vocabulary.find("lovelace");
    expect(vocabulary.termAt(index)).toBe("lovelace");
    expect(vocabulary.dfAt(index)).toBe(2);
    expect(vocabulary.topAt(index)).toHaveLength(4);
    expect(vocabulary.partAt(index)?.terms).toContain("lovelace");
    expect(await vocabulary.find("lovelacy")).toBe(-1);
    expect(await vocabulary.find("\u00e9t\u00e9")).toBe(-1);
    expect(loaded).toEqual([partPath(source.manifest, "l")]);
  });

  it("knows nothing of a part before it is loaded, and counts its terms in one paper", () => {
    const { source } = memorySource(SEARCH_FIXTURE);
    const vocabulary = createVocabulary(source);
    const [, start] = source.manifest.vocabulary.find(([key]) => key === "q") ?? [];
    expect(vocabulary.termAt(start as number)).toBeUndefined();
    expect(vocabulary.dfAt(start as number)).toBe(1);
    expect(vocabulary.partAt(start as number)).toBeUndefined();
  });

  it("asks for a part again after it failed to load, and once only after it loaded", async () => {
    const built = memorySource(SEARCH_FIXTURE);
    let failures = 1;
    const asked: number[] = [];
    const vocabulary = createVocabulary({
      ...built.source,
      vocabulary: (part) => {
        asked.push(part);
        return failures-- > 0
          ? Promise.reject(new Error("offline"))
          : built.source.vocabulary(part);
      },
    });
    await expect(vocabulary.find("sparse")).rejects.toThrow("offline");
    expect(await vocabulary.find("sparse")).toBeGreaterThanOrEqual(0);
    await vocabulary.find("surface");
    expect(asked).toHaveLength(2);
  });

  it("prepares the parts of every word of a text, one letter included", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    await createVocabulary(source).prepare("Sparse q");
    expect(loaded.sort()).toEqual(
      [partPath(source.manifest, "s"), partPath(source.manifest, "q")].sort(),
    );
  });

  it("starts loading a query's last word only when it is a single letter", async () => {
    const { source, loaded } = memorySource(SEARCH_FIXTURE);
    const vocabulary = createVocabulary(source);
    vocabulary.prepareBegunWord("sparse");
    vocabulary.prepareBegunWord("sparse q ");
    expect(loaded).toEqual([]);
    vocabulary.prepareBegunWord("sparse q");
    await vocabulary.partOf("q");
    expect(loaded).toEqual([partPath(source.manifest, "q")]);
  });
});
