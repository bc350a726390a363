// Builds the end-to-end fixture site twice, at the domain root and under a base path, so the browser
// tests can check that every link works both ways. One build at a time: a 2-core machine has no room
// for two Astro builds at once.
import { spawnSync } from "node:child_process";

const ASTRO = "node_modules/astro/bin/astro.mjs";
const PAPERS_DIR = "tests/fixtures/site/papers";

const builds: { name: string; env: Record<string, string> }[] = [
  { name: "root", env: { PAPERS_DIR, OUT_DIR: "dist-e2e" } },
  {
    name: "subpath",
    env: { PAPERS_DIR, OUT_DIR: "dist-e2e-subpath", BASE_PATH: "/daily-papers/" },
  },
];

for (const { name, env } of builds) {
  const settings = Object.entries(env)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
  console.log(`build-e2e: building the ${name} site: ${settings} astro build`);
  const result = spawnSync(process.execPath, [ASTRO, "build"], {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    console.error(`build-e2e: the ${name} site (${settings}) failed to build (${why})`);
    process.exit(1);
  }
}
console.log("build-e2e: built dist-e2e and dist-e2e-subpath");
