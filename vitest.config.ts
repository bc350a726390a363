import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    // Generous: a shared 2-core machine can be slow, and a timeout is not what these tests check.
    testTimeout: 60_000,
  },
});
