import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isScalar, parseDocument } from "yaml";
import { readSimpleYaml, splitFrontmatter } from "../../../src/lib/content/frontmatter.ts";
import { serializePaper } from "../../../src/lib/authoring/paper-writer.ts";

const lines = (...text: string[]) => text.join("\n");

const paper = lines(
  "---", //                                  line 1
  'title: "Geodesic Mixup"', //              line 2
  "authors:", //                             line 3
  "  - Ada Lovelace", //                     line 4
  "  - Charles Babbage", //                  line 5
  "links:", //                               line 6
  "  pdf: https://example.org/paper.pdf", // line 7
  "  code: http://github.com/x/y", //        line 8
  "autors: []", //                           line 9
  "---", //                                  line 10
  "The abstract, with $x^2$.", //            line 11
  "",
);

describe("splitFrontmatter: a file with frontmatter", () => {
  const split = splitFrontmatter(paper);

  it("parses the YAML into data", () => {
    expect(split.error).toBeUndefined();
    expect(split.data).toEqual({
      title: "Geodesic Mixup",
      authors: ["Ada Lovelace", "Charles Babbage"],
      links: { pdf: "https://example.org/paper.pdf", code: "http://github.com/x/y" },
      autors: [],
    });
  });

  it("returns the body after the closing line and the line it starts on", () => {
    expect(split.body).toBe("The abstract, with $x^2$.\n");
    expect(split.bodyLine).toBe(11);
  });

  it("locates top-level fields by file line and column", () => {
    expect(split.locate(["title"])).toEqual({ line: 2, column: 1 });
    expect(split.locate(["links"])).toEqual({ line: 6, column: 1 });
  });

  it("locates a nested field", () => {
    expect(split.locate(["links", "code"])).toEqual({ line: 8, column: 3 });
    expect(split.locate(["links", "pdf"])).toEqual({ line: 7, column: 3 });
  });

  it("locates an unknown key", () => {
    expect(split.locate(["autors"])).toEqual({ line: 9, column: 1 });
  });

  it("locates an item of a list", () => {
    expect(split.locate(["authors", 1])).toEqual({ line: 5, column: 5 });
  });

  it("points a missing nested field at its parent, and a missing top-level field at the start", () => {
    expect(split.locate(["links", "project"])).toEqual({ line: 6, column: 1 });
    expect(split.locate(["tags"])).toEqual({ line: 2, column: 1 });
    expect(split.locate([])).toEqual({ line: 2, column: 1 });
  });
});

describe("splitFrontmatter: values", () => {
  it("keeps an unquoted arXiv id as written, trailing zero included", () => {
    const split = splitFrontmatter(lines("---", "arxiv: 2307.03380", "---", "x"));
    expect(split.data?.["arxiv"]).toBe("2307.03380");
    expect(splitFrontmatter(lines("---", "arxiv: 0704.0010", "---", "x")).data?.["arxiv"]).toBe(
      "0704.0010",
    );
  });

  it("leaves other numbers numbers", () => {
    const split = splitFrontmatter(lines("---", "upvotes: 12", "ratio: 1.50", "---", "x"));
    expect(split.data).toEqual({ upvotes: 12, ratio: 1.5 });
  });

  it("keeps dates as strings", () => {
    expect(splitFrontmatter(lines("---", "published: 2025-07-31", "---", "x")).data).toEqual({
      published: "2025-07-31",
    });
  });
});

describe("splitFrontmatter: layout", () => {
  it("reads CRLF files", () => {
    const split = splitFrontmatter("---\r\ntitle: a\r\n---\r\nbody\r\n");
    expect(split.data).toEqual({ title: "a" });
    expect(split.body).toBe("body\r\n");
    expect(split.bodyLine).toBe(4);
  });

  it("accepts trailing spaces on the closing line", () => {
    const split = splitFrontmatter("---\ntitle: a\n---  \nbody");
    expect(split.data).toEqual({ title: "a" });
    expect(split.body).toBe("body");
  });

  it("gives an empty body when the file ends at the closing line", () => {
    const split = splitFrontmatter("---\ntitle: a\n---");
    expect(split.data).toEqual({ title: "a" });
    expect(split.body).toBe("");
  });

  it("keeps a later --- in the body", () => {
    const split = splitFrontmatter("---\ntitle: a\n---\none\n\n---\n\ntwo\n");
    expect(split.body).toBe("one\n\n---\n\ntwo\n");
    expect(split.bodyLine).toBe(4);
  });

  it("counts body lines after a blank line following the frontmatter", () => {
    expect(splitFrontmatter("---\ntitle: a\n---\n\n\nbody").bodyLine).toBe(4);
  });
});

describe("splitFrontmatter: errors", () => {
  it("reports a file that does not start with ---", () => {
    const split = splitFrontmatter("title: a\n---\nbody");
    expect(split.data).toBeNull();
    expect(split.error).toEqual({
      message: "must start with a frontmatter block between two --- lines",
      position: { line: 1, column: 1 },
    });
    expect(split.body).toBe("title: a\n---\nbody");
  });

  it("reports a missing closing ---", () => {
    const split = splitFrontmatter("---\ntitle: a\nauthors: []\n\nThe abstract.\n");
    expect(split.data).toBeNull();
    expect(split.error?.message).toBe("frontmatter has no closing --- line");
    expect(split.error?.position).toEqual({ line: 1, column: 1 });
  });

  it("reports invalid YAML at its line and column in the file, on one line", () => {
    const split = splitFrontmatter(lines("---", "title: a", 'authors: ["x', "---", "body"));
    expect(split.data).toBeNull();
    expect(split.error?.message).toMatch(/^frontmatter is not valid YAML: .*quote/);
    expect(split.error?.message).not.toContain("\n");
    // The parser notices the missing quote where the frontmatter ends: the closing --- line.
    expect(split.error?.position).toEqual({ line: 4, column: 1 });
    expect(split.body).toBe("body");
    expect(split.bodyLine).toBe(5);
  });

  it("reports badly indented YAML at the offending line", () => {
    const split = splitFrontmatter(
      lines("---", "title: a", "links:", "  code: x", " bad: y", "---"),
    );
    expect(split.data).toBeNull();
    expect(split.error?.message).toMatch(/same column/);
    expect(split.error?.position).toEqual({ line: 5, column: 1 });
  });

  it("reports a field written twice at the second one", () => {
    const split = splitFrontmatter(lines("---", "title: a", "authors: []", "title: b", "---", "x"));
    expect(split.data).toBeNull();
    expect(split.error).toEqual({
      message: "frontmatter is not valid YAML: Map keys must be unique",
      position: { line: 4, column: 1 },
    });
  });

  it("reports aliases that would expand into an enormous value, instead of throwing", () => {
    const yaml = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    const names = ["b", "c", "d", "e", "f", "g", "h", "i"];
    names.forEach((name, index) => {
      const previous = `*${index === 0 ? "a" : names[index - 1]}`;
      yaml.push(`${name}: &${name} [${Array<string>(9).fill(previous).join(", ")}]`);
    });
    const split = splitFrontmatter(lines("---", ...yaml, "title: *i", "---", "body"));
    expect(split.data).toBeNull();
    expect(split.error).toEqual({
      message:
        "frontmatter is not valid YAML: Excessive alias count indicates a resource exhaustion attack",
      position: { line: 1, column: 1 },
    });
    expect(split.body).toBe("body");
  });

  it("reports YAML that is not a map of fields", () => {
    for (const yaml of ["- a\n- b\n", "just text\n", ""]) {
      const split = splitFrontmatter(`---\n${yaml}---\nbody`);
      expect(split.data).toBeNull();
      expect(split.error?.message).toBe("frontmatter must be a map of fields (field: value)");
    }
  });
});

describe("readSimpleYaml, the YAML parser's shortcut", () => {
  /** What the YAML parser itself reads, arXiv ids kept as written: the reference. */
  function parsedByYaml(yamlText: string): unknown {
    const document = parseDocument(yamlText, { uniqueKeys: true });
    if (document.errors.length > 0) return "error";
    const data = document.toJS() as Record<string, unknown> | null;
    const arxiv = document.get("arxiv", true);
    if (data && isScalar(arxiv) && typeof arxiv.value === "number") data["arxiv"] = arxiv.source;
    return data;
  }

  const yamlOf = (source: string) => /^---\r?\n([\s\S]*?)^---[ \t]*$/m.exec(source)?.[1] ?? "";

  it("reads every frontmatter the paper writer produces", () => {
    const written = serializePaper({
      frontmatter: {
        title: 'Attention: "Is" All #1 You {Need} & More \\ é',
        authors: ["Ada Lovelace", "Émilie du Châtelet"],
        arxiv: "2307.03380",
        published: "2023-07-07",
        doi: "10.1023/A:1026654312961",
        journal: "Adv.Theor.Math.Phys.2:231-252,1998",
        links: { pdf: "https://example.org/p.pdf", code: "https://github.com/x/y" },
        tags: ["vision", "cs-cv"],
        upvotes: 12,
        submitter: "octocat",
        thumbnail: "./figure.png",
      },
      abstractMdx: "x",
    });
    const yaml = yamlOf(written);
    expect(readSimpleYaml(yaml)).toBeDefined();
    expect(readSimpleYaml(yaml)).toEqual(parsedByYaml(yaml));
  });

  it.each([
    'title: "Plain"\nauthors: []',
    'title:   "Spaced"\nauthors: [ ]\ntags: [ "a" , "b" ]',
    'title: "Escapes \\" \\\\ \\/ \\n \\t \\u00e9"\nauthors:\n- "At the margin"',
    'authors:\n    - "Deep"\n    - "Indent"\nupvotes: 123456789012345',
    'links:\n  code: "https://github.com/x/y"\nupvotes: 0',
  ])("reads %j exactly as the YAML parser does", (yaml) => {
    expect(readSimpleYaml(yaml)).toBeDefined();
    expect(readSimpleYaml(yaml)).toEqual(parsedByYaml(yaml));
  });

  it.each([
    ["a comment", 'title: "a" # note'],
    ["single quotes", "title: 'single'"],
    ["a plain scalar", "title: Plain words"],
    ["a number in a verbatim field", "arxiv: 2307.03380"],
    ["a number with a leading zero", "upvotes: 012"],
    ["a decimal", "upvotes: 1.5"],
    ["a trailing comma", 'tags: ["a", "b",]'],
    ["plain list items", "tags: [a, b]"],
    ["uneven indentation", 'authors:\n  - "a"\n    - "b"'],
    ["a list and a map mixed", 'links:\n  - "a"\n  code: "b"'],
    ["a key twice", 'title: "x"\ntitle: "y"'],
    ["a nested key twice", 'links:\n  code: "x"\n  code: "y"'],
    ["a key YAML reads as null", 'null: "x"'],
    ["a __proto__ key, which assignment would make the prototype", '__proto__:\n  title: "x"'],
    ["a nested __proto__ key", 'links:\n  __proto__: "x"'],
    ["an empty value", 'links:\ntitle: "x"'],
    ["a blank line", 'title: "x"\n\nauthors: []'],
    ["a raw tab", 'title: "tab\there"'],
    ["an escape only YAML knows", 'title: "\\x41"'],
    ["a character outside the BMP", 'title: "rocket 🚀"'],
    ["a line separator", 'title: "a\u2028b"'],
    ["CRLF line ends", 'title: "x"\r\nauthors: []'],
    ["nothing at all", ""],
  ])("leaves %s to the YAML parser", (_name, yaml) => {
    expect(readSimpleYaml(yaml)).toBeUndefined();
  });

  it("leaves a __proto__ key a field of its own, so no field passes the schema as an inherited one", () => {
    const { data } = splitFrontmatter(
      lines("---", "__proto__:", '  title: "x"', "authors: []", "---"),
    );
    expect(Object.keys(data ?? {})).toEqual(["__proto__", "authors"]);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data ?? {}, "title")).toBe(false);
  });

  it("gives splitFrontmatter the data and the positions the YAML parser gives", () => {
    const source = lines(
      "---",
      'title: "T"',
      "authors: []",
      "links:",
      '  code: "http://github.com/x/y"',
      "---",
      "Body.",
    );
    expect(readSimpleYaml(yamlOf(source))).toBeDefined();
    const split = splitFrontmatter(source);
    expect(split.data).toEqual({
      title: "T",
      authors: [],
      links: { code: "http://github.com/x/y" },
    });
    expect(split.locate(["links", "code"])).toEqual({ line: 5, column: 3 });
    expect(split.locate(["authors"])).toEqual({ line: 3, column: 1 });
  });

  describe("on random and hostile frontmatter", () => {
    // Characters that mean something to YAML, JSON or JavaScript, and some that no file should hold.
    const tricky = fc.constantFrom(
      ..."\"\\'#:-[]{},&*!|>%@`? \t\n\r\u0000\u0007\u007f\u0085\u00a0\u2028\u2029\ufeff\ud800\udc00é中🚀x0".split(
        "",
      ),
      "\\n",
      "\\u00e9",
      "\\ud83d\\ude80",
      "\\x41",
      "\\/",
      "\\ ",
      " #",
      ": ",
      "- ",
    );
    const text = fc.string({ unit: fc.oneof(tricky, fc.string({ maxLength: 3 })), maxLength: 12 });
    const quoted = fc.oneof(
      text.map((value) => JSON.stringify(value)),
      text.map((value) => `"${value}"`),
      text.map((value) => `'${value}'`),
    );
    const scalar = fc.oneof(
      quoted,
      fc.constantFrom(
        "0",
        "012",
        "1.5",
        "-1",
        "1e3",
        "0x1F",
        "123456789012345",
        "9007199254740993",
      ),
      fc.constantFrom("null", "~", "true", "yes", "2023-07-07", "", "plain words", "a: b"),
      fc
        .tuple(fc.array(quoted, { maxLength: 3 }), fc.constantFrom(", ", " , ", ",", ",  "))
        .map(([items, separator]) => `[${items.join(separator)}]`),
      fc.array(quoted, { maxLength: 2 }).map((items) => `[${items.join(", ")},]`),
    );
    const key = fc.constantFrom(
      "title",
      "authors",
      "arxiv",
      "tags",
      "upvotes",
      "links",
      "code",
      "null",
      "True",
      "__proto__",
      "constructor",
      "_x1",
      "1x",
      "ké",
    );
    const indent = fc.constantFrom("", " ", "  ", "    ", "\t");
    const entry = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(key, fc.constantFrom(" ", "  ", ""), scalar)
          .map(([k, gap, v]) => [`${k}:${gap}${v}`]),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(key, indent, fc.array(quoted, { minLength: 1, maxLength: 3 }))
          .map(([k, space, items]) => [`${k}:`, ...items.map((item) => `${space}- ${item}`)]),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(key, indent, fc.array(fc.tuple(key, quoted), { minLength: 1, maxLength: 3 }))
          .map(([k, space, pairs]) => [
            `${k}:`,
            ...pairs.map(([inner, v]) => `${space}${inner}: ${v}`),
          ]),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(["# a comment"], [""], ["  "], ["---"], ["key: 'x' # note"]),
      },
    );
    const hostile = fc
      .tuple(fc.array(entry, { maxLength: 6 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
      .map(
        ([entries, newline, endsWithNewline]) =>
          entries.flat().join(newline) + (endsWithNewline ? newline : ""),
      );
    // Frontmatter as the paper writer and most people write it, which the shortcut should take.
    const plainText = fc.string({
      unit: fc.constantFrom(..."abcXYZ 09.,:;!?()-_/\\\"'#&<>é中"),
      maxLength: 20,
    });
    const plainQuoted = plainText.map((value) => JSON.stringify(value));
    const plainValue = fc.oneof(
      plainQuoted,
      fc.array(plainQuoted, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
      fc.nat({ max: 100_000 }).map(String),
    );
    const plainKey = fc.stringMatching(/^[a-z_][a-z0-9_]{0,7}$/);
    const plainEntry = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(plainKey, plainValue).map(([k, v]) => [`${k}: ${v}`]) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(plainKey, fc.array(plainQuoted, { minLength: 1, maxLength: 3 }))
          .map(([k, items]) => [`${k}:`, ...items.map((item) => `  - ${item}`)]),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            plainKey,
            fc.uniqueArray(fc.tuple(plainKey, plainQuoted), {
              minLength: 1,
              maxLength: 3,
              selector: ([inner]) => inner,
            }),
          )
          .map(([k, pairs]) => [`${k}:`, ...pairs.map(([inner, v]) => `  ${inner}: ${v}`)]),
      },
    );
    const plain = fc
      .uniqueArray(plainEntry, {
        minLength: 1,
        maxLength: 8,
        selector: ([line]) => line?.split(":")[0],
      })
      .map((entries) => `${entries.flat().join("\n")}\n`);
    const frontmatter = fc.oneof(plain, hostile);

    it("reads whatever it accepts exactly as the YAML parser does, fields in the same order", () => {
      let accepted = 0;
      fc.assert(
        fc.property(frontmatter, (yaml) => {
          const simple = readSimpleYaml(yaml);
          if (simple === undefined) return;
          accepted++;
          const reference = parsedByYaml(yaml);
          expect(simple).toEqual(reference);
          expect(Object.keys(simple)).toEqual(Object.keys(reference as object));
        }),
        { numRuns: 3000 },
      );
      // The shortcut must have been put to the test, not only refused everything.
      expect(accepted).toBeGreaterThan(1000);
    });
  });

  it("reads every paper file of the repository exactly as the YAML parser does", () => {
    const folders = ["content/papers", "tests/fixtures"];
    let shortcut = 0;
    for (const folder of folders) {
      for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith(".mdx")) continue;
        const yaml = yamlOf(readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
        const simple = readSimpleYaml(yaml);
        if (simple === undefined) continue;
        shortcut++;
        expect(simple, entry.name).toEqual(parsedByYaml(yaml));
      }
    }
    expect(shortcut).toBeGreaterThan(67);
  });
});
