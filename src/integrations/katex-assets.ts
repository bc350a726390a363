import { cp } from "node:fs/promises";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { KATEX_DIRECTORY } from "../lib/publish/katex-assets.ts";

const katexDist = path.dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"));
const FILES = ["katex.min.css", "fonts"];
const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

/**
 * Serves KaTeX's stylesheet and fonts as static files of the site, so that math is styled without
 * any script and only pages with math load them (a CSS import would put them on every page).
 */
export function katexAssets(): AstroIntegration {
  let prefix = `/${KATEX_DIRECTORY}`;
  return {
    name: "daily-papers:katex-assets",
    hooks: {
      "astro:config:done": ({ config }) => {
        prefix = `${config.base.replace(/\/?$/, "/")}${KATEX_DIRECTORY}`;
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const url = request.url?.split("?")[0] ?? "";
          if (!url.startsWith(prefix)) return next();
          const file = path.join(katexDist, decodeURIComponent(url.slice(prefix.length)));
          if (!file.startsWith(katexDist) || !existsSync(file) || !statSync(file).isFile()) {
            return next();
          }
          response.setHeader(
            "Content-Type",
            TYPES[path.extname(file)] ?? "application/octet-stream",
          );
          createReadStream(file).pipe(response);
        });
      },
      "astro:build:done": async ({ dir }) => {
        const target = new URL(KATEX_DIRECTORY, dir);
        for (const name of FILES) {
          await cp(path.join(katexDist, name), new URL(name, target), { recursive: true });
        }
      },
    },
  };
}
