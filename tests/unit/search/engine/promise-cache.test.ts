import { describe, expect, it } from "vitest";
import { onceEach } from "../../../../src/search/engine/promise-cache.ts";

describe("onceEach", () => {
  it("loads each key once and shares its promise", async () => {
    const asked: number[] = [];
    const load = onceEach((key: number) => {
      asked.push(key);
      return Promise.resolve(key * 2);
    });
    expect(await Promise.all([load(1), load(1), load(2)])).toEqual([2, 2, 4]);
    expect(await load(1)).toBe(2);
    expect(asked).toEqual([1, 2]);
  });

  it("loads a key again after its load failed", async () => {
    let attempts = 0;
    const load = onceEach((key: string) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error(`${key} failed`)) : Promise.resolve(key);
    });
    await expect(load("a")).rejects.toThrow("a failed");
    expect(await load("a")).toBe("a");
    expect(await load("a")).toBe("a");
    expect(attempts).toBe(2);
  });
});
