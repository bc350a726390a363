// Workaround, into Astro's internals: Astro's build inlines the whole content store
// (node_modules/.astro/data-store.json) into the server bundle as one string literal, which V8 is slow
// to compile; this build reads the file instead, and frees the copy of the store that `astro sync`
// leaves in memory. Astro issue: https://github.com/withastro/astro/issues/13360 (a large store
// breaks the build); Astro would need its build to read the store from its cache folder rather than
// bundle it (`experimental.collectionStorage: "chunked"` still bundles it, in parts).
// Holds the budgets: 10,000-paper cold build peak ≤ 1,536 MiB, and its time (docs/performance.md).
// Remove when Astro stops inlining the store: tests/unit/integrations/content-store-from-disk.test.ts
// fails when the module, file or content layer it relies on moves.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

// Astro's module holding the content store; NUL marks a virtual module.
const CONTENT_STORE_MODULE = /^\0astro:data-layer-content$/;
/**
 * Where Astro keeps the content layer of its last sync. Not part of Astro's public API: a unit test
 * checks that it is still there, and the build only warns if it is not.
 */
export const CONTENT_LAYER_MODULE = new URL(
  "dist/content/instance.js",
  import.meta.resolve("astro/package.json"),
).href;

/**
 * Makes the built site read the content store from Astro's cache folder when it renders pages,
 * instead of carrying the store inside its JavaScript as one string literal, which V8 compiles in
 * time that grows faster than its length. Once the build starts, it also lets go of the content
 * layer that Astro's sync leaves behind: a second copy of every paper, which the pages never read.
 */
export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: "daily-papers:content-store-from-disk",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        // The dev server keeps the store in memory and reloads it on change: nothing to do there.
        if (command !== "build") return;
        const storeFile = fileURLToPath(new URL("data-store.json", config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "daily-papers:content-store-from-disk",
                enforce: "pre",
                load: {
                  // Before Astro's own plugin, which would inline the file; a string filter would
                  // be read as a glob, which the NUL in the id defeats.
                  order: "pre",
                  filter: { id: CONTENT_STORE_MODULE },
                  handler() {
                    // Without a store file (no collection has entries), Astro's empty store stands.
                    if (!existsSync(storeFile)) return null;
                    return [
                      `import { readFileSync } from "node:fs";`,
                      `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, "utf8"));`,
                    ].join("\n");
                  },
                },
              },
            ],
          },
        });
      },
      "astro:build:start": async ({ logger }) => {
        try {
          const { globalContentLayer } = (await import(CONTENT_LAYER_MODULE)) as {
            globalContentLayer: { dispose(): void };
          };
          globalContentLayer.dispose();
        } catch (error) {
          logger.warn(`Astro's synced content stays in memory for the build: ${String(error)}`);
        }
      },
    },
  };
}
