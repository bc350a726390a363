import { describe, expect, it } from "vitest";
import {
  deltaDecode,
  deltaEncode,
  searchIndexPaths,
  vocabularyKey,
} from "../../../../src/search/core/index-format.ts";

describe("delta encoding", () => {
  it("stores differences and restores the numbers", () => {
    expect(deltaEncode([3, 4, 10, 200])).toEqual([3, 1, 6, 190]);
    expect(deltaDecode([3, 1, 6, 190])).toEqual([3, 4, 10, 200]);
    expect(deltaDecode(deltaEncode([]))).toEqual([]);
  });
});

describe("searchIndexPaths", () => {
  it("puts every file but the manifest in the folder of its version", () => {
    expect(searchIndexPaths.manifest).toBe("manifest.json");
    expect(searchIndexPaths.vocabulary("abc", 3)).toBe("abc/vocabulary/3.json");
    expect(searchIndexPaths.postings("abc", 2)).toBe("abc/postings/2.json");
    expect(searchIndexPaths.positions("abc", 2)).toBe("abc/positions/2.json");
    expect(searchIndexPaths.records("abc", 0)).toBe("abc/records/0.json");
    expect(searchIndexPaths.days("abc")).toBe("abc/days.json");
    expect(searchIndexPaths.tag("abc", 1)).toBe("abc/tags/1.json");
  });
});

describe("vocabularyKey", () => {
  it("parts terms by first letter, with digits before and other scripts after", () => {
    expect(vocabularyKey("attention")).toBe("a");
    expect(vocabularyKey("2307.03381")).toBe("0");
    expect(vocabularyKey("注意")).toBe("~");
  });
});
