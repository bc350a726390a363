// Workaround, into V8's internals: two V8 flags, set once a build starts, so that the page buffers a
// build holds stop starting full garbage collections of its whole heap. No Astro issue covers it;
// Astro would need to write each page without turning it into bytes three times over (see below).
// Holds the budget: 50,000-paper cold build ≤ 1.65× plain Astro's; at 10,000 papers it gains
// nothing (docs/performance.md). Remove when Astro or V8 changes so that the 50,000-paper bench
// holds without it; tests/unit/integrations/build-garbage-collection.test.ts fails when V8 drops a
// flag or stops collecting as the flags ask.
import { setFlagsFromString } from "node:v8";
import type { AstroIntegration } from "astro";

/**
 * The V8 flags a build runs with. Astro turns each page into bytes three times over (the page's
 * string encoded, streamed, then gathered into one buffer), and by default V8 starts a full
 * collection of the whole heap each time 64 MiB more of such buffers are held, however little the
 * heap itself has grown. Each one marks every object the build keeps, on the second core the build
 * needs for writing files and the search index. Counted with the rest of the heap instead, the
 * buffers are collected when heap and buffers together have grown by half since the last full
 * collection.
 */
export const BUILD_V8_FLAGS = [
  "--external-memory-accounted-in-global-limit",
  "--heap-growing-percent=50",
] as const;

/**
 * Sets {@link BUILD_V8_FLAGS} when a build starts; V8 reads them as it sizes the heap after each
 * collection. The heap grows by half rather than by V8's own factor (up to four times), which with
 * the buffers counted would take the 10,000-paper build past its memory budget.
 */
export function buildGarbageCollection(): AstroIntegration {
  return {
    name: "daily-papers:build-garbage-collection",
    hooks: {
      "astro:build:start": () => {
        setFlagsFromString(BUILD_V8_FLAGS.join(" "));
      },
    },
  };
}
