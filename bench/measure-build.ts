// Builds the site the way `npm run build` does, into a folder of the bench's choosing, and measures
// wall time and the peak memory of the build (GNU time's maximum resident set size).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSize } from "./gzip-size.ts";

const ASTRO = "node_modules/astro/bin/astro.mjs";
const GNU_TIME = "/usr/bin/time";

/** How long a build took and how much memory it needed at most. */
export interface BuildMeasurement {
  seconds: number;
  /** Peak resident memory in MiB, or undefined where GNU time is not installed. */
  peakMiB: number | undefined;
}

/** Where Astro keeps its cache for a build into `outDir` (see astro.config.mjs), to clean it up. */
export function astroCacheDir(outDir: string): string {
  return `node_modules/.astro-${outDir.replace(/[^\w-]+/g, "_")}`;
}

/** Removes a bench's work folder and the Astro cache of its build, unless asked to keep them. */
export async function removeBenchWork(work: string, outDir: string, keep = false): Promise<void> {
  if (keep) {
    console.log(`kept ${work}`);
    return;
  }
  await rm(work, { recursive: true, force: true });
  await rm(astroCacheDir(outDir), { recursive: true, force: true });
}

/** Runs a command, timing it and reading its peak memory through GNU time when there is one. */
export async function measureCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<BuildMeasurement & { output: string }> {
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const child = spawn(timed ? GNU_TIME : command, timed ? ["-v", command, ...args] : [...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (exit code ${code}):\n${output.slice(-4000)}`,
    );
  }
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : undefined, output };
}

/** Builds the site from `papersDir` into `outDir` (both absolute), under `base`. */
export function buildSite(options: {
  papersDir: string;
  outDir: string;
  base?: string;
}): Promise<BuildMeasurement & { output: string }> {
  return measureCommand(process.execPath, [ASTRO, "build"], {
    PAPERS_DIR: options.papersDir,
    OUT_DIR: options.outDir,
    BASE_PATH: options.base ?? "/",
  });
}

/**
 * The size of a folder's files: how many, their bytes, and their bytes gzipped one by one (0 with
 * `gzip: false`, for a whole site's hundreds of megabytes).
 */
export async function folderSize(
  dir: string,
  options: { gzip: boolean } = { gzip: true },
): Promise<{ files: number; bytes: number; gzipBytes: number }> {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files += 1;
    bytes += (await stat(file)).size;
    if (options.gzip) gzipBytes += gzipSize(await readFile(file));
  }
  return { files, bytes, gzipBytes };
}
