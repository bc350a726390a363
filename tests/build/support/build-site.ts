import { spawnSync } from "node:child_process";
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** How long one build of a small collection may take, with room for a slow shared machine. */
export const BUILD_TIMEOUT_MS = 120_000;

// Vitest puts Vite's import.meta.env (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child build
// would take BASE_URL=/ for its own and link every page at the domain root, whatever BASE_PATH says.
// Under Vitest's own variables (VITEST..., NODE_ENV=test, TEST) Astro's dev server serves no page.
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|VITEST\w*|VITE_\w*|NODE_ENV|TEST)$/;

/** This process's environment without what Vitest added, for an Astro process started from a test. */
export function astroEnv(env: Record<string, string>): Record<string, string | undefined> {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name))),
    ...env,
  };
}

/** Runs `astro build` on a collection into its own output folder; returns its exit status and output. */
export function buildSite(options: {
  papersDir: string;
  outDir: string;
  env?: Record<string, string>;
}): {
  status: number | null;
  output: string;
  outPath: string;
} {
  const build = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
    cwd: projectRoot,
    env: astroEnv({ ...options.env, PAPERS_DIR: options.papersDir, OUT_DIR: options.outDir }),
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS - 10_000,
  });
  if (build.error) throw build.error;
  return {
    status: build.status,
    output: stripVTControlCharacters(`${build.stdout}\n${build.stderr}`),
    outPath: path.join(projectRoot, options.outDir),
  };
}

/** Removes a build's output folder and the content cache astro.config.mjs gives it. */
export async function removeBuild(outDir: string): Promise<void> {
  await rm(path.join(projectRoot, outDir), { recursive: true, force: true });
  await rm(path.join(projectRoot, "node_modules", `.astro-${outDir}`), {
    recursive: true,
    force: true,
  });
}

/**
 * Copies the fixture site's papers into `folder` (from the project root, where Astro wants a
 * collection; dist-* folders are ignored by git and the linters), for a test that changes them.
 */
export async function copyFixturePapers(folder: string): Promise<void> {
  await rm(path.join(projectRoot, folder), { recursive: true, force: true });
  await cp(path.join(projectRoot, "tests/fixtures/site/papers"), path.join(projectRoot, folder), {
    recursive: true,
  });
}
