// Writes the frontmatter reference that contributors read, from the schema itself:
//   npm run docs:schema            (writes docs/frontmatter.md)
//   npm run docs:schema -- --check (fails if the committed file is stale)
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { frontmatterReference } from "../src/lib/content/schema-docs.ts";

/** Where the reference is written. */
export const REFERENCE_FILE = fileURLToPath(new URL("../docs/frontmatter.md", import.meta.url));

/** The reference as it must be committed: generated, then formatted as Prettier formats the repository. */
export async function generateSchemaDocs(): Promise<string> {
  const options = await resolveConfig(REFERENCE_FILE);
  return format(frontmatterReference(), { ...options, filepath: REFERENCE_FILE });
}

/** Writes the reference, or with `--check` only compares it; returns the exit code. */
export async function main(
  argv: readonly string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  const reference = await generateSchemaDocs();
  if (argv.includes("--check")) {
    const committed = await readFile(REFERENCE_FILE, "utf8").catch(() => "");
    if (committed === reference) return 0;
    log("docs/frontmatter.md is stale: run `npm run docs:schema` and commit it");
    return 1;
  }
  await writeFile(REFERENCE_FILE, reference);
  log("wrote docs/frontmatter.md");
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
