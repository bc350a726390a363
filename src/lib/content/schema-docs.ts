import { z } from "astro/zod";
import type { JSONSchema } from "zod/v4/core";
import { serializePaper } from "../authoring/paper-writer.ts";
import { paperFrontmatterSchema, type PaperFrontmatter } from "./paper-schema.ts";
import { ALLOWED_ELEMENTS, MAX_ABSTRACT_LENGTH } from "./render-abstract.ts";

/** One row of the reference: a field, nested ones written `links.code`. */
export interface FieldDoc {
  name: string;
  required: boolean;
  type: string;
  description: string;
  example: unknown;
}

/** The abstract of the reference's example paper: a little of everything an abstract may use. */
export const EXAMPLE_ABSTRACT = [
  "The abstract, in Markdown: _emphasis_, **strong**, [links](https://example.org), inline math",
  '$\\|u\\| = 1$, <abbr title="Contrastive Language-Image Pre-training">CLIP</abbr> and',
  "H<sub>2</sub>O. Display math:",
  "",
  "$$",
  "\\mathcal{L} = -\\log \\frac{e^{u^\\top v / \\tau}}{\\sum_j e^{u^\\top v_j / \\tau}}",
  "$$",
].join("\n");

/** Every frontmatter field with what the schema says of it: required or not, type, doc and example. */
export function frontmatterFields(): FieldDoc[] {
  const schema = z.toJSONSchema(paperFrontmatterSchema, { io: "input", unrepresentable: "any" });
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const doc = asSchema(field);
    const row = fieldDoc(name, doc, schema.required?.includes(name) ?? false);
    const nested = Object.entries(doc.properties ?? {}).map(([key, value]) =>
      fieldDoc(`${name}.${key}`, asSchema(value), asSchema(value).required?.includes(key) ?? false),
    );
    return [row, ...nested];
  });
}

/** A complete paper file using every field, built from the fields' examples. */
export function exampleFile(): string {
  const fields = frontmatterFields();
  const frontmatter: Record<string, unknown> = {};
  for (const field of fields) {
    const [parent, child] = field.name.split(".") as [string, string | undefined];
    if (!child) {
      if (field.example !== undefined) frontmatter[parent] = field.example;
      continue;
    }
    frontmatter[parent] = { ...(frontmatter[parent] as object), [child]: field.example };
  }
  return serializePaper({
    frontmatter: frontmatter as PaperFrontmatter,
    abstractMdx: EXAMPLE_ABSTRACT,
  });
}

/**
 * The frontmatter reference for contributors, in Markdown: where a paper file goes, an example, a
 * table of every field from the schema's own docs, and what an abstract may contain.
 */
export function frontmatterReference(): string {
  const rows = frontmatterFields().map((field) =>
    [
      `\`${field.name}\``,
      field.required ? "yes" : "no",
      field.type,
      field.description,
      field.example === undefined ? "" : `\`${yamlValue(field.example)}\``,
    ]
      .map((cell) => cell.replaceAll("|", "\\|"))
      .join(" | "),
  );
  const elements = Object.entries(ALLOWED_ELEMENTS)
    .map(([name, attributes]) => `\`<${[name, ...attributes].join(" ")}>\``)
    .join(", ");
  return `<!-- Generated from src/lib/content/paper-schema.ts by \`npm run docs:schema\`: edit the schema, not this file. -->

# Paper frontmatter reference

Each paper is one file, \`content/papers/YYYY/MM/DD/<id>.mdx\`. The folders are the day the paper
appears in the feed. \`<id>\` is its permanent id and URL: the arXiv id when there is one
(\`2307.03381\`; an old-style id such as \`hep-th/9711200\` becomes \`hep-th-9711200\`), otherwise a
slug of the title (lowercase letters, digits and \`-\`, at most 80 characters). The file starts with
YAML frontmatter between two \`---\` lines; the abstract follows.

## Example

\`\`\`mdx
${exampleFile().trimEnd()}
\`\`\`

## Fields

| Field | Required | Type | What it holds | Example |
| --- | --- | --- | --- | --- |
${rows.map((row) => `| ${row} |`).join("\n")}

Any other field is an error, so that a typo such as \`autors\` cannot pass unnoticed. Put text in
double quotes: \`arxiv: "2307.03380"\` stays an id, where YAML would read \`2307.03380\` as a number.

Text may be in any script, right-to-left ones included, and may hold emoji and zero-width joiners.
It may not hold control characters (such as NUL or escape), bidirectional embeddings, overrides or
isolates (U+202A to U+202E, U+2066 to U+2069), which reorder the text around them, unpaired
surrogates or noncharacters: pages, feeds and citations show a paper's text exactly as written,
and these characters cannot be shown as text.

## The abstract

Markdown with math: \`$...$\` inline and \`$$...$$\` on lines of their own, rendered by KaTeX when
the site is built, at most ${MAX_ABSTRACT_LENGTH.toLocaleString("en")} characters of text (arXiv allows 1,920).
The only HTML elements allowed are ${elements}. Not allowed: \`import\` and
\`export\`, \`{expressions}\`, any other element or component (\`<script>\`, \`<iframe>\`, \`<style>\`,
\`<a>\`...), event-handler attributes such as \`onclick\`, headings, images (use \`thumbnail\`), and
links other than \`https://\`, \`http://\` and \`mailto:\`. Papers are rendered to static HTML, never
run as code. Write \`\\{\`, \`\\}\`, \`\\<\` and \`\\$\` for the literal characters.

\`npm run papers:validate\` checks all of this, and the build checks it again.
`;
}

function fieldDoc(name: string, field: JSONSchema.BaseSchema, required: boolean): FieldDoc {
  return {
    name,
    required,
    type: typeName(field),
    description: field.description ?? "",
    example: field.examples?.[0],
  };
}

function typeName(field: JSONSchema.BaseSchema): string {
  switch (field.type) {
    case "array":
      return `list of ${typeName(asSchema(field.items))}`;
    case "integer":
      return field.minimum === 0 ? "whole number, 0 or more" : "whole number";
    case "object":
      return "map";
    case "string":
      return "text";
    default:
      return String(field.type);
  }
}

/** A value as a paper file writes it: double-quoted strings, lists in brackets. */
function yamlValue(value: unknown): string {
  return Array.isArray(value)
    ? `[${value.map((item) => JSON.stringify(item)).join(", ")}]`
    : JSON.stringify(value);
}

function asSchema(value: unknown): JSONSchema.BaseSchema {
  return (value ?? {}) as JSONSchema.BaseSchema;
}
