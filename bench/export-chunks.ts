// `npx node bench/export-chunks.ts`: builds the reading list's export module
// (src/library/export/reference-files.ts) for the browser with the site's Vite and prints the size of
// each chunk, raw and gzipped; then runs every export in headless Chromium, on a page whose Content
// Security Policy is as strict as the site's (scripts from the site only, no eval), and checks that
// Citation.js is in a chunk of its own that the page does not fetch until an export asks for it, that
// the browser writes the same files as Node, and that the policy refused nothing. Exits 1 when a
// check fails.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { build, type Rolldown } from "vite";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.ts";
import { referenceFile, type ReferenceFormat } from "../src/library/export/reference-files.ts";
import { LIBRARY_PAPERS } from "../tests/support/library-papers.ts";
import { gzipSize } from "./gzip-size.ts";
import { grid } from "./report.ts";
import { serveStatic } from "./static-server.ts";

const ENTRY = "src/library/export/reference-files.ts";
const FORMATS: readonly ReferenceFormat[] = ["bibtex", "ris", "csl-json"];
const POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'";

const folder = await mkdtemp(path.join(tmpdir(), "export-chunks-"));
const failures: string[] = [];
try {
  const chunks = await buildChunks(folder);
  const withPage = loadedWithPage(chunks);
  console.log(
    grid([
      ["chunk", "loads", "bytes", "gzip bytes"],
      ...chunks.map((chunk) => [
        chunk.fileName,
        withPage.has(chunk.fileName) ? "with the page" : "on the first RIS or CSL-JSON export",
        String(chunk.code.length),
        String(gzipSize(Buffer.from(chunk.code))),
      ]),
    ]),
  );
  for (const chunk of chunks.filter(({ fileName }) => withPage.has(fileName))) {
    const eager = Object.keys(chunk.modules).filter((id) => id.includes("/@citation-js/"));
    if (eager.length > 0)
      failures.push(`loaded with the page: ${chunk.fileName} holds ${eager.join(", ")}`);
  }
  const lazy = chunks.map(({ fileName }) => fileName).filter((name) => !withPage.has(name));
  await writeCheckPage(folder);
  const browser = await runInBrowser(folder, lazy);
  for (const format of FORMATS) {
    const expected = (await referenceFile(format, LIBRARY_PAPERS)).body;
    if (browser.bodies[format] !== expected)
      failures.push(`${format}: the browser wrote another file`);
  }
  if (browser.withPage.length > 0)
    failures.push(`fetched with the page: ${browser.withPage.join(", ")}`);
  failures.push(...browser.violations.map((violation) => `refused by the policy: ${violation}`));
  failures.push(...browser.errors);
} finally {
  await rm(folder, { recursive: true, force: true });
}
for (const failure of failures) console.log(`FAIL ${failure}`);
if (failures.length === 0) console.log("PASS every export ran in Chromium under the policy");
process.exitCode = failures.length > 0 ? 1 : 0;

/** The chunks of the export module as the site's Vite builds them for the browser, written to `folder`. */
async function buildChunks(out: string): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: "error",
    build: {
      outDir: out,
      rolldownOptions: {
        input: ENTRY,
        preserveEntrySignatures: "exports-only",
        output: { entryFileNames: "[name].js", chunkFileNames: "[name].js" },
      },
    },
  });
  const outputs = [result].flat() as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) =>
    output.output.filter((item): item is Rolldown.OutputChunk => item.type === "chunk"),
  );
}

/** The chunks a page that imports the entry loads with it: the entry and its static imports, in turn. */
function loadedWithPage(chunks: readonly Rolldown.OutputChunk[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set<string>();
  const load = (name: string): void => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of byName.get(name)?.imports ?? []) load(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) load(chunk.fileName);
  return loaded;
}

/** A page that imports the export module and, when asked, exports the fixture papers in every format. */
async function writeCheckPage(out: string): Promise<void> {
  await writeFile(
    path.join(out, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
      `<meta http-equiv="content-security-policy" content="${POLICY}"><title>export</title>` +
      `<script type="module" src="./check.js"></script></head><body></body></html>`,
  );
  await writeFile(
    path.join(out, "check.js"),
    `import { referenceFile } from "./reference-files.js";
const violations = [];
document.addEventListener("securitypolicyviolation", (event) =>
  violations.push(\`\${event.violatedDirective} \${event.blockedURI}\`));
const papers = ${JSON.stringify(LIBRARY_PAPERS)};
window.runExports = async () => {
  const bodies = {};
  for (const format of ${JSON.stringify(FORMATS)}) bodies[format] = (await referenceFile(format, papers)).body;
  return { bodies, violations };
};
`,
  );
}

/** What the check page found in Chromium. */
interface BrowserCheck {
  bodies: Partial<Record<ReferenceFormat, string>>;
  /** Lazy chunks fetched with the page, before any export. */
  withPage: string[];
  violations: string[];
  errors: string[];
}

async function runInBrowser(out: string, lazy: readonly string[]): Promise<BrowserCheck> {
  const server = await serveStatic(out);
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: [...CHROMIUM_ARGS],
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requested: string[] = [];
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    page.on("request", (request) => requested.push(request.url()));
    // The page's module and everything it imports statically have loaded once the page has.
    await page.goto(server.url);
    const withPage = lazy.filter((name) => requested.some((url) => url.endsWith(`/${name}`)));
    const found = (await page.evaluate(() =>
      (Reflect.get(window, "runExports") as () => Promise<unknown>)(),
    )) as Pick<BrowserCheck, "bodies" | "violations">;
    return { ...found, withPage, errors };
  } finally {
    await browser.close();
    await server.close();
  }
}
