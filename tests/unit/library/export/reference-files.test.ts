import { readFileSync } from "node:fs";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { cslJsonFile, risFile } from "../../../../src/library/export/citation-js-files.ts";
import { referenceFile } from "../../../../src/library/export/reference-files.ts";
import { LIBRARY_PAPERS } from "../../../support/library-papers.ts";

describe("referenceFile", () => {
  it.each([
    { format: "bibtex", fileName: "daily-papers-library.bib", mediaType: "application/x-bibtex" },
    {
      format: "ris",
      fileName: "daily-papers-library.ris",
      mediaType: "application/x-research-info-systems",
    },
    {
      format: "csl-json",
      fileName: "daily-papers-library.json",
      mediaType: "application/vnd.citationstyles.csl+json",
    },
  ] as const)(
    "names a $format file and its media type",
    async ({ format, fileName, mediaType }) => {
      expect(await referenceFile(format, LIBRARY_PAPERS)).toMatchObject({ fileName, mediaType });
    },
  );

  it("writes RIS and CSL-JSON with Citation.js", async () => {
    expect((await referenceFile("ris", LIBRARY_PAPERS)).body).toBe(risFile(LIBRARY_PAPERS));
    expect((await referenceFile("csl-json", LIBRARY_PAPERS)).body).toBe(
      cslJsonFile(LIBRARY_PAPERS),
    );
  });

  it("writes the papers' own BibTeX entries, read back by Citation.js's BibTeX parser", async () => {
    const { body } = await referenceFile("bibtex", LIBRARY_PAPERS);
    // The entries as written (key, raw fields), and as a reference manager reads them (LaTeX decoded).
    const entries = plugins.input.chainLink(body) as {
      label: string;
      properties: Record<string, string>;
    }[];
    const items = new Cite(body).format("data", { format: "object" }) as unknown as {
      title: string;
      author: { family: string; given?: string; "non-dropping-particle"?: string }[];
    }[];
    expect(entries.map((entry) => entry.label)).toEqual([
      "nunez2024o",
      "hopper2025scheduling",
      "nunez2024o-2",
      "chatelet1999strings",
    ]);
    expect(items.map((item) => item.title)).toEqual(LIBRARY_PAPERS.map((paper) => paper.title));
    expect(
      items.map((item) =>
        item.author.map((name) => [
          [name["non-dropping-particle"], name.family].filter(Boolean).join(" "),
          name.given,
        ]),
      ),
    ).toEqual([
      [
        ["Ñúñez", "José"],
        ["Müller", "Zoë"],
        ["Kaiser", "Łukasz"],
        ["van Beethoven", "Ludwig"],
        ["Lovelace", "Ada"],
      ],
      [
        ["Hopper", "Grace"],
        ["de La Fontaine", "Jean"],
        ["DeepSeek-AI", undefined],
      ],
      [["Ñúñez", "Lucía"]],
      [
        ["du Châtelet", "Émilie"],
        ["Babbage", "Charles"],
      ],
    ]);
    const arxiv = (id: string, year: string) => ({
      year,
      eprint: id,
      archiveprefix: "arXiv",
      url: `https://arxiv.org/abs/${id}`,
    });
    // The other fields, as written; title and author are checked as read, above.
    const otherFields = ({ properties }: (typeof entries)[number]) =>
      Object.fromEntries(
        Object.entries(properties).filter(([name]) => name !== "title" && name !== "author"),
      );
    expect(entries.map(otherFields)).toEqual([
      arxiv("2411.20010", "2024"),
      {
        year: "2025",
        doi: "10.1145/3178876.3186154",
        url: "https://papers.example.org/papers/scheduling-kernels-without-a-preprint/",
      },
      arxiv("2412.00001", "2024"),
      arxiv("hep-th/9901001", "1999"),
    ]);
  });

  it.each(["bibtex", "ris"] as const)("writes an empty %s file for no papers", async (format) => {
    expect((await referenceFile(format, [])).body).toBe("");
  });
});

describe("the module the library page imports", () => {
  const source = (file: string) => readFileSync(new URL(file, SRC), "utf8");

  it("does not import Citation.js, even through the modules it imports", () => {
    const { packages, dynamic } = staticImports("library/export/reference-files.ts");
    expect(packages.filter((name) => name.startsWith("@citation-js/"))).toEqual([]);
    expect(dynamic).toEqual(["./citation-js-files.ts"]);
  });

  it("loads Citation.js through its one dynamic import", () => {
    expect(staticImports("library/export/citation-js-files.ts").packages).toEqual(
      expect.arrayContaining(["@citation-js/core", "@citation-js/plugin-ris", "@citation-js/name"]),
    );
    expect(source("library/export/reference-files.ts")).toContain(
      'import("./citation-js-files.ts")',
    );
  });
});

const SRC = new URL("../../../../src/", import.meta.url);

/**
 * The packages a module of src/ loads with it, following its static imports of other modules
 * (type-only imports load nothing), and the dynamic imports of the module itself.
 */
function staticImports(file: string): { packages: string[]; dynamic: string[] } {
  const packages = new Set<string>();
  const dynamic: string[] = [];
  const seen = new Set<string>();
  const visit = (url: URL, top: boolean) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const tree = ts.createSourceFile(
      url.pathname,
      readFileSync(url, "utf8"),
      ts.ScriptTarget.Latest,
    );
    const walk = (node: ts.Node): void => {
      if (
        ts.isImportDeclaration(node) &&
        node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword
      ) {
        const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
        if (specifier.startsWith(".")) visit(new URL(specifier, url), false);
        else packages.add(specifier);
      } else if (
        top &&
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword
      ) {
        dynamic.push((node.arguments[0] as ts.StringLiteral).text);
      }
      ts.forEachChild(node, walk);
    };
    walk(tree);
  };
  visit(new URL(file, SRC), true);
  return { packages: [...packages], dynamic };
}
