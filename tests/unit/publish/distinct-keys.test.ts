import { describe, expect, it } from "vitest";
import { distinctKeys } from "../../../src/lib/publish/distinct-keys.ts";

describe("distinctKeys", () => {
  it.each([
    { keys: [], expected: [] },
    { keys: ["a", "b"], expected: ["a", "b"] },
    { keys: ["a", "a", "b", "a"], expected: ["a", "a-2", "b", "a-3"] },
    { keys: ["b", "a", "b"], expected: ["b", "a", "b-2"] },
  ])("numbers the repeats of $keys", ({ keys, expected }) => {
    expect(distinctKeys(keys)).toEqual(expected);
  });
});
