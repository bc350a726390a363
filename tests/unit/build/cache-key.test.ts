import { describe, expect, it } from "vitest";
import { cacheKey } from "../../../src/lib/build/cache-key.ts";

describe("cacheKey", () => {
  it("is the same for equal values and differs when any part changes", () => {
    const page = { title: "Attention", papers: [{ id: "a", upvotes: 3 }], page: 2 };
    expect(cacheKey(page)).toBe(cacheKey(structuredClone(page)));
    expect(cacheKey(page)).not.toBe(cacheKey({ ...page, page: 3 }));
    expect(cacheKey(page)).not.toBe(cacheKey({ ...page, papers: [{ id: "a", upvotes: 4 }] }));
    expect(cacheKey(undefined)).not.toBe(cacheKey(null));
  });

  it("keys an object its stand-in names by that name alone", () => {
    const paper = { id: "a", digest: "1", html: "<p>long</p>" };
    const standIn = (object: object) =>
      "digest" in object && "id" in object
        ? `${String(object.id)}@${String(object.digest)}`
        : undefined;
    const key = cacheKey({ papers: [paper] }, standIn);
    expect(cacheKey({ papers: [{ ...paper, html: "<p>other</p>" }] }, standIn)).toBe(key);
    expect(cacheKey({ papers: [{ ...paper, digest: "2" }] }, standIn)).not.toBe(key);
    expect(cacheKey({ papers: ["a@1"] })).toBe(key);
  });
});
