// A static file server for a built site, as a host would serve it: the site under its base path,
// `index.html` for folders, `404.html` for anything missing. Compression is optional: the search
// bench computes gzip sizes itself, the same way for every file, while Lighthouse times what a
// compressing host would send.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { constants, gzipSync } from "node:zlib";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

// What hosts compress: text; fonts and images are compressed already.
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

/** A running server: its origin and how to stop it. */
export interface StaticServer {
  /** The site's URL, base path included, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` under `base` on a free port of 127.0.0.1, gzipping text when `compress` is set. */
export async function serveStatic(
  root: string,
  base = "/",
  { compress = false } = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      const inside = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
      let file = inside === undefined ? undefined : path.join(root, inside);
      if (file && !file.startsWith(root)) file = undefined;
      let info = file ? await stat(file).catch(() => undefined) : undefined;
      if (file && info?.isDirectory()) {
        file = path.join(file, "index.html");
        info = await stat(file).catch(() => undefined);
      }
      if (!file || !info?.isFile()) {
        response.writeHead(404, { "Content-Type": TYPES[".html"] });
        createReadStream(path.join(root, "404.html"))
          .on("error", () => response.end("Not found"))
          .pipe(response);
        return;
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      const headers = { "Content-Type": type, "Cache-Control": "no-cache" };
      if (
        compress &&
        COMPRESSED.test(type) &&
        /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")
      ) {
        const body = gzipSync(await readFile(file), { level: constants.Z_BEST_COMPRESSION });
        response.writeHead(200, {
          ...headers,
          "Content-Encoding": "gzip",
          "Content-Length": body.length,
          Vary: "Accept-Encoding",
        });
        response.end(body);
        return;
      }
      response.writeHead(200, { ...headers, "Content-Length": info.size });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
