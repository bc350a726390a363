// Reads where a build's time went from what `astro build` prints, for the bench's breakdown.
import { stripVTControlCharacters } from "node:util";

/** Seconds spent in each phase of an Astro build, as its log reports them. */
export interface BuildPhases {
  /** Loading, checking and rendering the content collections (and generating their types). */
  content: number | undefined;
  /** Bundling the site's code with Vite, server and client builds together. */
  bundle: number | undefined;
  /** Rendering every page and endpoint to files (the site's data queries run in here). */
  pages: number | undefined;
  /** The whole build, as Astro counts it. */
  total: number | undefined;
  /** How many pages the build wrote. */
  pageCount: number | undefined;
}

/** Reads a duration as Astro prints it: "633ms", "2.82s", "1m 42s". */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)(ms|s))?$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return undefined;
  const minutes = Number(match[1] ?? 0);
  const amount = Number(match[2] ?? 0);
  return minutes * 60 + (match[3] === "ms" ? amount / 1000 : amount);
}

/** Splits an `astro build` log into the time of each phase. */
export function buildPhases(log: string): BuildPhases {
  const lines = stripVTControlCharacters(log).split("\n");
  const after = (marker: RegExp, pattern: RegExp): number | undefined => {
    const start = lines.findIndex((line) => marker.test(line));
    if (start < 0) return undefined;
    for (const line of lines.slice(start + 1)) {
      const match = pattern.exec(line);
      if (match?.[1]) return parseDuration(match[1]);
    }
    return undefined;
  };
  let bundle: number | undefined;
  for (const line of lines) {
    const match = /\[vite\] ✓ built in (.+)$/.exec(line);
    const seconds = match?.[1] ? parseDuration(match[1]) : undefined;
    if (seconds !== undefined) bundle = (bundle ?? 0) + seconds;
  }
  const total = /\[build\] (\d+) page\(s\) built in (.+)$/m.exec(lines.join("\n"));
  return {
    content: after(/\[build\] Collecting build info/, /\[build\] ✓ Completed in (.+?)\.?$/),
    bundle,
    pages: after(/generating static routes/, /✓ Completed in (.+?)\.?$/),
    total: total?.[2] ? parseDuration(total[2]) : undefined,
    pageCount: total?.[1] ? Number(total[1]) : undefined,
  };
}
