import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CONTENT_LAYER_MODULE,
  contentStoreFromDisk,
} from "../../../src/integrations/content-store-from-disk.ts";

type Setup = NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>;
type BuildStart = NonNullable<AstroIntegration["hooks"]["astro:build:start"]>;
interface LoadHook {
  order: string;
  filter: { id: RegExp };
  handler: () => string | null;
}

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "content-store-"));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** Runs the integration's setup hook for a command; returns the Vite plugins it added, if any. */
async function pluginsFor(command: string): Promise<{ load: LoadHook }[] | undefined> {
  let plugins: { load: LoadHook }[] | undefined;
  const setup = contentStoreFromDisk().hooks["astro:config:setup"] as Setup;
  await setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    updateConfig: (update: { vite: { plugins: { load: LoadHook }[] } }) => {
      plugins = update.vite.plugins;
    },
  } as unknown as Parameters<Setup>[0]);
  return plugins;
}

describe("contentStoreFromDisk", () => {
  it("loads Astro's content store module, before Astro's own plugin does, only in a build", async () => {
    const load = (await pluginsFor("build"))?.[0]?.load;
    expect(load?.order).toBe("pre");
    expect(load?.filter.id.test("\0astro:data-layer-content")).toBe(true);
    expect(load?.filter.id.test("astro:data-layer-content")).toBe(false);
    expect(load?.filter.id.test("\0astro:data-layer-content-chunk:0123456789abcdef.txt")).toBe(
      false,
    );
    expect(await pluginsFor("dev")).toBeUndefined();
    expect(await pluginsFor("sync")).toBeUndefined();
  });

  it("leaves the module to Astro when the build wrote no store", async () => {
    const load = (await pluginsFor("build"))?.[0]?.load;
    expect(load?.handler()).toBeNull();
  });

  it("makes the module read the store file when pages render, with the value Astro would inline", async () => {
    const store = [["Map", 1, 2], "papers", ["Map"], { title: 'Quotes " and \\ and </script>' }];
    await writeFile(path.join(cacheDir, "data-store.json"), JSON.stringify(store));
    const code = (await pluginsFor("build"))?.[0]?.load.handler();
    expect(code).not.toContain("Quotes");
    const moduleFile = path.join(cacheDir, "store-module.mjs");
    await writeFile(moduleFile, code ?? "");
    const module = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(module.default).toEqual(store);
  });

  it("lets go of the content layer that Astro's sync kept, once the build starts", async () => {
    const { globalContentLayer } = (await import(CONTENT_LAYER_MODULE)) as {
      globalContentLayer: { init(options: object): unknown; get(): unknown };
    };
    globalContentLayer.init({ settings: {}, logger: {}, store: new Map() });
    expect(globalContentLayer.get()).not.toBeNull();
    const warnings: string[] = [];
    const start = contentStoreFromDisk().hooks["astro:build:start"] as BuildStart;
    await start({ logger: { warn: (message: string) => warnings.push(message) } } as never);
    expect(globalContentLayer.get()).toBeNull();
    expect(warnings).toEqual([]);
  });
});

// The Astro internals the workaround relies on, read from the installed Astro: when one of these
// fails, Astro has moved them, and the workaround must follow or go.
describe("the Astro internals contentStoreFromDisk relies on", () => {
  const astroFile = (file: string) => new URL(file, import.meta.resolve("astro/package.json"));

  it("name the content store's module and file as the workaround does", async () => {
    const consts = (await import(astroFile("dist/content/consts.js").href)) as {
      RESOLVED_DATA_STORE_VIRTUAL_ID: string;
      DATA_STORE_FILE: string;
    };
    const load = (await pluginsFor("build"))?.[0]?.load;
    expect(load?.filter.id.test(consts.RESOLVED_DATA_STORE_VIRTUAL_ID)).toBe(true);
    const { getDataStoreFile } = (await import(astroFile("dist/content/paths.js").href)) as {
      getDataStoreFile: (settings: object, isDev: boolean) => URL;
    };
    const storeFile = getDataStoreFile(
      { config: { cacheDir: pathToFileURL(`${cacheDir}/`) } },
      false,
    );
    expect(storeFile.href).toBe(pathToFileURL(path.join(cacheDir, "data-store.json")).href);
  });

  it("still inline the whole store into the bundle, which is what the workaround avoids", async () => {
    const plugin = await readFile(
      astroFile("dist/content/vite-plugin-content-virtual-mod.js"),
      "utf8",
    );
    expect(plugin).toContain("code: `export default JSON.parse(${JSON.stringify(jsonData)})`");
  });
});
