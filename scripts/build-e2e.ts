// Builds every site the browser tests run against (scripts/e2e-sites.ts): the fixture collection at
// the domain root and under a base path, the bundled seed papers, and the hostile fixtures. One build
// at a time: a 2-core machine has no room for two Astro builds at once.
import { spawnSync } from "node:child_process";
import { E2E_SITES } from "./e2e-sites.ts";

const ASTRO = "node_modules/astro/bin/astro.mjs";

for (const site of E2E_SITES) {
  const env = { PAPERS_DIR: site.papersDir, OUT_DIR: site.outDir, BASE_PATH: site.basePath };
  const settings = Object.entries(env)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
  console.log(`build-e2e: building the ${site.name} site: ${settings} astro build`);
  const result = spawnSync(process.execPath, [ASTRO, "build"], {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    console.error(`build-e2e: the ${site.name} site (${settings}) failed to build (${why})`);
    process.exit(1);
  }
}
console.log(`build-e2e: built ${E2E_SITES.map((site) => site.outDir).join(", ")}`);
