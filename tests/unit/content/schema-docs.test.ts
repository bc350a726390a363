import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generateSchemaDocs, main, REFERENCE_FILE } from "../../../scripts/generate-schema-docs.ts";
import { paperFieldNames } from "../../../src/lib/content/paper-schema.ts";
import {
  exampleFile,
  frontmatterFields,
  frontmatterReference,
} from "../../../src/lib/content/schema-docs.ts";
import { checkPaperFile } from "../../../src/lib/content/check-paper.ts";

describe("frontmatterFields", () => {
  it("lists every field of the schema in order, nested links after their map", () => {
    expect(frontmatterFields().map((field) => field.name)).toEqual([
      "title",
      "authors",
      "arxiv",
      "published",
      "doi",
      "journal",
      "links",
      "links.pdf",
      "links.code",
      "links.project",
      "tags",
      "upvotes",
      "submitter",
      "thumbnail",
    ]);
    expect(paperFieldNames.every((name) => frontmatterFields().some((f) => f.name === name))).toBe(
      true,
    );
  });

  it("takes required, type, doc and example from the schema", () => {
    const byName = new Map(frontmatterFields().map((field) => [field.name, field]));
    expect(byName.get("title")).toEqual({
      name: "title",
      required: true,
      type: "text",
      description: "The paper's title, on one line, at most 500 characters.",
      example: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
    });
    expect(byName.get("authors")).toMatchObject({ required: true, type: "list of text" });
    expect(byName.get("upvotes")).toMatchObject({
      required: false,
      type: "whole number, 0 or more",
    });
    expect(byName.get("links")).toMatchObject({ type: "map", example: undefined });
  });
});

describe("exampleFile", () => {
  it("is a valid paper that uses every field", () => {
    const source = exampleFile();
    const check = checkPaperFile({
      file: "example.mdx",
      pathInCollection: "2025/07/31/2307.03381.mdx",
      source,
      siblingExists: (name) => name === "./figure.png",
    });
    expect(check.problems).toEqual([]);
    for (const name of paperFieldNames) expect(source).toContain(`\n${name}:`);
    expect(check.paper?.abstract.hasMath).toBe(true);
  });
});

describe("frontmatterReference", () => {
  it("has a row per field and names every allowed element of an abstract", () => {
    const reference = frontmatterReference();
    expect(reference).toContain(
      '| `links.code` | no | text | The code repository. | `"https://github.com/changdaeoh/multimodal-mixup"` |',
    );
    expect(reference).toContain("`<sub>`, `<sup>`, `<br>`, `<abbr title>`, `<kbd>`, `<mark>`");
  });

  it("states the abstract's length limit and the characters no text may hold", () => {
    const reference = frontmatterReference();
    expect(reference).toContain("at most 5,000 characters of text");
    expect(reference).toContain("It may not hold control characters (such as NUL or escape)");
  });
});

describe("docs/frontmatter.md", () => {
  it("is the reference generated from the schema: run `npm run docs:schema` when this fails", async () => {
    expect(await readFile(REFERENCE_FILE, "utf8")).toBe(await generateSchemaDocs());
    const log: string[] = [];
    expect(await main(["--check"], (line) => log.push(line))).toBe(0);
    expect(log).toEqual([]);
  });
});
