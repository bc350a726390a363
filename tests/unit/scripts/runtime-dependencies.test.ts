// The `papers:*` commands run where only `dependencies` may be installed (`npm ci --omit=dev`):
// every package their code imports at run time, through any module or worker thread, must be one.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

interface PackageJson {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
}

/** The packages a module imports at run time (type-only imports aside), and the project files it loads. */
function importsOf(file: string, source: string): { packages: string[]; files: string[] } {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    } else if (
      // A worker thread's module: new URL("./worker.ts", import.meta.url).
      ts.isNewExpression(node) &&
      node.expression.getText() === "URL" &&
      node.arguments?.[0] &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text.endsWith(".ts")
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  const packages: string[] = [];
  const files: string[] = [];
  for (const specifier of specifiers) {
    if (specifier.startsWith(".")) files.push(path.resolve(path.dirname(file), specifier));
    else if (!specifier.startsWith("node:")) {
      const parts = specifier.split("/");
      packages.push(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? ""));
    }
  }
  return { packages, files };
}

/** Every package that the modules reachable from `entries` import at run time, with a module that imports it. */
async function runtimePackages(entries: readonly string[]): Promise<Map<string, string>> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${file}: imported but not found`);
    const found = importsOf(file, await readFile(file, "utf8"));
    for (const name of found.packages) {
      if (!packages.has(name)) packages.set(name, path.relative(ROOT, file));
    }
    queue.push(...found.files);
  }
  return packages;
}

describe("the papers:* commands", async () => {
  const manifest = JSON.parse(
    await readFile(path.join(ROOT, "package.json"), "utf8"),
  ) as PackageJson;
  const entries = Object.entries(manifest.scripts)
    .filter(([name]) => name.startsWith("papers:"))
    .map(([name, command]) => {
      const script = /\bscripts\/[\w-]+\.ts\b/.exec(command)?.[0];
      if (!script) throw new Error(`package.json: ${name} does not run a file of scripts/`);
      return path.join(ROOT, script);
    });

  it("are found in package.json", () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
  });

  it("import at run time only packages listed in dependencies", async () => {
    const packages = await runtimePackages(entries);
    // The walk does reach the packages the commands are known to load.
    expect([...packages.keys()]).toEqual(expect.arrayContaining(["saxes", "yaml", "astro"]));
    const missing = [...packages]
      .filter(([name]) => !Object.hasOwn(manifest.dependencies, name))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });
});

describe("importsOf", () => {
  it("counts value imports, re-exports, dynamic imports and worker modules, not type-only imports", () => {
    const source = [
      'import { a } from "kept";',
      'import b from "@scope/kept/sub";',
      'import type { C } from "type-only";',
      'import { type D } from "type-only-too";',
      'export { e } from "./sibling.ts";',
      'const f = await import("dynamic");',
      'new Worker(new URL("./worker.ts", import.meta.url));',
      'import { readFile } from "node:fs/promises";',
    ].join("\n");
    expect(importsOf("/project/src/module.ts", source)).toEqual({
      packages: ["kept", "@scope/kept", "dynamic"],
      files: ["/project/src/sibling.ts", "/project/src/worker.ts"],
    });
  });
});
