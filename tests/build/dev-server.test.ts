import { spawn, type ChildProcess } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { searchIndexPaths, type SearchManifest } from "../../src/search/core/index-format.ts";
import { createUrls } from "../../src/lib/publish/urls.ts";
import { astroEnv, BUILD_TIMEOUT_MS, projectRoot, removeBuild } from "./support/build-site.ts";

// Its own cache folder (astro.config.mjs derives it from OUT_DIR), so no build's store is touched.
const outDir = "dist-test-dev";
let server: ChildProcess | undefined;

afterAll(async () => {
  server?.kill();
  await removeBuild(outDir);
});

/** Starts `astro dev` on the bundled papers and resolves with the URL it serves at. */
function startDevServer(): Promise<string> {
  const child = spawn(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "dev", "--port", "4391"],
    {
      cwd: projectRoot,
      env: astroEnv({ OUT_DIR: outDir }),
    },
  );
  server = child;
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // The port may differ when 4391 is taken: the server says where it listens.
      const url = /Local\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(output))?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

describe("npm run dev", () => {
  it(
    "serves the search index's files at the URLs the search worker asks for, as often as asked",
    async () => {
      const url = await startDevServer();
      const urls = createUrls("/");
      const get = (path: string) => fetch(new URL(urls.searchIndex(path), url));

      expect((await fetch(url)).status).toBe(200);
      const manifest = await get(searchIndexPaths.manifest);
      expect(manifest.status, await manifest.clone().text()).toBe(200);
      const { version, papers } = (await manifest.json()) as SearchManifest;
      expect(papers).toBeGreaterThan(0);
      for (let time = 0; time < 2; time++) {
        const records = await get(searchIndexPaths.records(version, 0));
        expect(records.status).toBe(200);
        expect(Array.isArray(await records.json())).toBe(true);
      }
    },
    BUILD_TIMEOUT_MS,
  );
});
