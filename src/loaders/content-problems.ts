import { AstroError } from "astro/errors";

// Astro runs the content loader and the pages of `astro dev` as separate instances of each module,
// in one process: what the loader found reaches the pages through a registered global.
const PROBLEMS = Symbol.for("daily-papers:content-problems");
const registry = globalThis as { [PROBLEMS]?: { message: string; hint: string } | undefined };

/** Records why the papers last failed to load (`undefined` once they load again), for the pages. */
export function recordContentProblems(problems: { message: string; hint: string } | undefined) {
  registry[PROBLEMS] = problems;
}

/**
 * Throws, as Astro's error overlay shows it, why the papers last failed to load, so that `astro dev`
 * shows the problem in the browser rather than the last papers that loaded.
 */
export function throwContentProblems(): void {
  const problems = registry[PROBLEMS];
  if (problems) throw new AstroError(problems.message, problems.hint);
}
