// Release gate: every page each site emits is valid HTML by the Nu HTML Checker (vnu.jar), the
// checker behind validator.w3.org. It reads the built files, so the test needs neither a browser nor
// a server, and uses Playwright's own `test` rather than the site watcher of ./support/site-test.ts.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { E2E_SITES } from "../../scripts/e2e-sites.ts";
import { outputFiles } from "../support/output-files.ts";

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
// Starting the checker costs more CPU than checking a small site, so one run checks every site.
// The JIT's first tier alone halves that run's CPU time; vnu asks for a thread stack of 512 KiB or more.
const JAVA_OPTIONS = ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];
const CHECK_TIMEOUT_MS = 300_000;

/** One message of vnu's `--format json` report. */
interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const pageCount = new Map<string, number>();
let messages: VnuMessage[] = [];

test.beforeAll(async () => {
  test.setTimeout(CHECK_TIMEOUT_MS);
  await requireJava();
  const pages: string[] = [];
  for (const site of E2E_SITES) {
    const outPath = path.join(projectRoot, site.outDir);
    const sitePages = (await outputFiles(outPath)).filter((file) => file.endsWith(".html"));
    pageCount.set(site.name, sitePages.length);
    pages.push(...sitePages.map((page) => path.join(outPath, page)));
  }
  messages = await validate(pages);
});

for (const site of E2E_SITES) {
  test(`every page of the ${site.name} site is valid HTML`, () => {
    expect(pageCount.get(site.name), `HTML pages in ${site.outDir}`).toBeGreaterThan(0);
    const outPath = path.join(projectRoot, site.outDir) + path.sep;
    // A message about no file at all is vnu's own trouble, and fails every site.
    const errors = messages
      .filter((message) => !message.url || fileURLToPath(message.url).startsWith(outPath))
      .map(formatMessage);
    expect(errors, `Nu HTML Checker errors in the ${site.name} site (${site.outDir})`).toEqual([]);
  });
}

async function requireJava(): Promise<void> {
  try {
    await run("java", ["-version"]);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The HTML validity gate runs the Nu HTML Checker (vnu.jar), which needs Java, and ` +
        `"java -version" failed (${why}). Install a Java runtime, e.g. Debian's ` +
        `default-jre-headless: apt-get install default-jre-headless (.ci/run does this itself).`,
    );
  }
}

/** Every error vnu reports for these files (warnings and info messages are left out). */
async function validate(files: string[]): Promise<VnuMessage[]> {
  const vnu = ["-jar", VNU_JAR, "--errors-only", "--format", "json", "--stdout"];
  // vnu exits 1 when it finds errors; the report on stdout says which, so only a missing or broken
  // report means vnu itself failed.
  const { stdout, stderr } = await run(
    "java",
    [...JAVA_OPTIONS, ...vnu, "--exit-zero-always", ...files],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  try {
    return (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu.jar gave no JSON report:\n${stdout}\n${stderr}`);
  }
}

/** "file:line: message", the file relative to the project; other kinds than errors named. */
function formatMessage(message: VnuMessage): string {
  const file = message.url ? path.relative(projectRoot, fileURLToPath(message.url)) : "(no file)";
  const line = message.lastLine === undefined ? "" : `:${message.lastLine}`;
  const kind = message.type === "error" ? "" : ` [${message.type}]`;
  return `${file}${line}:${kind} ${message.message}`;
}
