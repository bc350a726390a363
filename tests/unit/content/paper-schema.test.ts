import { z } from "astro/zod";
import type { JSONSchema } from "zod/v4/core";
import { describe, expect, it } from "vitest";
import {
  paperDerivedSchema,
  paperFieldNames,
  paperFrontmatterSchema,
} from "../../../src/lib/content/paper-schema.ts";

const minimal = { title: "Geodesic Mixup", authors: ["Ada Lovelace"] };

function parse(fields: Record<string, unknown>) {
  return paperFrontmatterSchema.safeParse({ ...minimal, ...fields });
}

/** The issues of an invalid frontmatter as `path: message` lines. */
function issues(fields: Record<string, unknown>): string[] {
  const result = parse(fields);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

function accepts(field: string, value: unknown): void {
  const result = parse({ [field]: value });
  expect(result.error?.issues ?? []).toEqual([]);
  expect(result.success).toBe(true);
}

describe("a complete paper", () => {
  it("accepts every field at once", () => {
    const frontmatter = {
      title: "Geodesic Mixup",
      authors: ["Ada Lovelace", "Charles Babbage"],
      arxiv: "2307.03381v2",
      published: "2023-07-07",
      doi: "10.1145/3581783.3612345",
      journal: "Advances in Neural Information Processing Systems 36 (2023)",
      links: {
        pdf: "https://arxiv.org/pdf/2307.03381",
        code: "https://github.com/x/y",
        project: "https://example.org/project",
      },
      tags: ["computer-vision", "ml"],
      upvotes: 42,
      submitter: "octo-cat",
      thumbnail: "./figure.png",
    };
    expect(paperFrontmatterSchema.parse(frontmatter)).toEqual(frontmatter);
  });

  it("needs only a title and authors", () => {
    expect(paperFrontmatterSchema.parse(minimal)).toEqual(minimal);
  });
});

describe("title", () => {
  it("is required", () => {
    expect(paperFrontmatterSchema.safeParse({ authors: [] }).error?.issues[0]).toMatchObject({
      path: ["title"],
      message: "is required: the paper's title",
    });
  });

  it("is trimmed", () => {
    expect(parse({ title: "  Padded  " }).data?.title).toBe("Padded");
  });

  it.each([
    ["", "title: must not be empty: the paper's title"],
    ["   ", "title: must not be empty: the paper's title"],
    ["Two\nlines", "title: must be on one line"],
    ["Two\u2028lines", "title: must be on one line"],
    [42, "title: is required: the paper's title"],
    [null, "title: is required: the paper's title"],
    ["\u200B\u200D\u2060", "title: must not be empty: the paper's title"],
    ["NUL\u0000", "title: must not contain U+0000 (a control character)"],
    [
      "Invoice \u202Efdp.exe",
      "title: must not contain U+202E (a bidirectional formatting character, which reorders the text around it)",
    ],
    [
      "Half \uD83D",
      "title: must not contain U+D83D (an unpaired surrogate, which is not a character)",
    ],
    ["T".repeat(501), "title: is 501 characters long; at most 500 are allowed"],
  ])("rejects %j", (value, expected) => expect(issues({ title: value })).toEqual([expected]));

  it("accepts up to 500 characters of any script, emoji and zero-width joiners", () => {
    accepts("title", "T".repeat(500));
    accepts("title", "ترجمة آلية: 🚀 Rocket Science for 🧑🏽‍💻 Zero\u200BWidth");
  });
});

describe("authors", () => {
  it("accepts names and an empty list", () => {
    accepts("authors", ["Ada Lovelace", "Zoë Ørsted"]);
    accepts("authors", []);
  });

  it("accepts as many authors as a paper has, each name up to 200 characters", () => {
    accepts(
      "authors",
      Array.from({ length: 3000 }, (_, index) => `Author ${index}`),
    );
    accepts("authors", ["A".repeat(200), "张伟".repeat(100)]);
  });

  it.each([
    [undefined, "authors: is required: a list of author names"],
    ["Ada Lovelace", "authors: is required: a list of author names"],
    [[""], "authors.0: must not be empty: an author's name"],
    [["Ada", " "], "authors.1: must not be empty: an author's name"],
    [["Ada\nLovelace"], "authors.0: must be on one line"],
    [[42], "authors.0: is required: an author's name"],
    [["Ada", "\u200B"], "authors.1: must not be empty: an author's name"],
    [["Mallory \u001b[31m"], "authors.0: must not contain U+001B (a control character)"],
    [["A".repeat(201)], "authors.0: is 201 characters long; at most 200 are allowed"],
  ])("rejects %j", (value, expected) => {
    const [issue] = issues({ authors: value });
    expect(issue?.startsWith(expected)).toBe(true);
  });
});

describe("arxiv", () => {
  it.each(["2307.03381", "2307.03381v2", "0704.0001", "hep-th/9901001", "math.GT/0309136v1"])(
    "accepts %s",
    (value) => accepts("arxiv", value),
  );

  it("asks for quotes when YAML read the id as a number", () => {
    expect(issues({ arxiv: 2307.03381 })).toEqual([
      'arxiv: must be an arXiv id in quotes, e.g. "2307.03381"',
    ]);
  });

  it.each(["2307.0338", "arXiv:2307.03381", "https://arxiv.org/abs/2307.03381", ""])(
    "rejects %j",
    (value) =>
      expect(issues({ arxiv: value })).toEqual([
        "arxiv: must be an arXiv id such as 2307.03381, 2307.03381v2 or hep-th/9901001",
      ]),
  );
});

describe("published", () => {
  it("accepts a real day", () => {
    accepts("published", "2024-02-29");
  });

  it.each(["2025-02-30", "2025-2-3", "July 31, 2025"])("rejects %j", (value) =>
    expect(issues({ published: value })).toEqual([
      "published: must be a real date written YYYY-MM-DD",
    ]),
  );

  it("rejects a Date object", () => {
    expect(issues({ published: new Date("2025-07-31") })).toEqual([
      "published: must be a date written YYYY-MM-DD",
    ]);
  });
});

describe("doi", () => {
  it.each(["10.1145/3581783.3612345", "10.48550/arXiv.2307.03381", "10.4310/ATMP.1998.v2.n2.a1"])(
    "accepts %j",
    (value) => accepts("doi", value),
  );

  it.each(["https://doi.org/10.1145/3581783", "doi:10.1145/3581783", "10.1/x", "10.1145/a b"])(
    "rejects %j",
    (value) =>
      expect(issues({ doi: value })).toEqual([
        "doi: must be a DOI such as 10.1145/3581783.3612345, without https://doi.org/",
      ]),
  );

  it("rejects control characters, which a DOI's suffix could otherwise carry", () => {
    expect(issues({ doi: "10.1145/abc\u0000def" })).toEqual([
      "doi: must not contain U+0000 (a control character)",
    ]);
  });
});

describe("journal", () => {
  it("accepts a journal reference on one line, trimmed", () => {
    expect(parse({ journal: " Phys. Rev. D 58, 046004 (1998) " }).data?.journal).toBe(
      "Phys. Rev. D 58, 046004 (1998)",
    );
  });

  it("rejects an empty or multi-line reference", () => {
    expect(issues({ journal: " " })).toEqual(["journal: must not be empty: the journal reference"]);
    expect(issues({ journal: "A\nB" })).toEqual(["journal: must be on one line"]);
  });

  it("rejects control characters and more than 500 characters", () => {
    expect(issues({ journal: "Journal \u009b" })).toEqual([
      "journal: must not contain U+009B (a control character)",
    ]);
    expect(issues({ journal: "J".repeat(501) })).toEqual([
      "journal: is 501 characters long; at most 500 are allowed",
    ]);
  });
});

describe("links", () => {
  it("accepts https:// URLs for pdf, code and project", () => {
    accepts("links", { pdf: "https://a.org/p.pdf" });
    accepts("links", { code: "https://github.com/x/y", project: "https://x.org/#demo" });
    accepts("links", {});
  });

  it.each([
    ["http://github.com/x/y", "an http:// link"],
    ["javascript:alert(1)", "a javascript: link"],
    [" JaVaScRiPt:alert(1)", "a javascript: link in mixed case"],
    ["data:text/html,<script>alert(1)</script>", "a data: URL"],
    ["ftp://example.org/x", "another scheme"],
    ["github.com/x/y", "no scheme"],
    ["/relative", "a relative path"],
    ["https://", "no host"],
  ])("rejects %j (%s)", (value) =>
    expect(issues({ links: { code: value } })).toEqual(["links.code: must be an https:// URL"]),
  );

  it("rejects control characters, which the URL parser would quietly encode", () => {
    expect(issues({ links: { code: "https://example.org/\u0007" } })).toEqual([
      "links.code: must not contain U+0007 (a control character)",
    ]);
  });

  it("rejects a link that is not a string", () => {
    expect(issues({ links: { code: 42 } })).toEqual(["links.code: must be an https:// URL"]);
  });

  it("rejects an unknown link", () => {
    const result = parse({ links: { website: "https://x.org" } });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", path: ["links"], keys: ["website"] }),
    ]);
  });

  it("must be a map", () => {
    expect(issues({ links: "https://x.org" })).toEqual([
      "links: must be a map with pdf, code and/or project URLs",
    ]);
  });
});

describe("tags", () => {
  it("accepts kebab-case words", () => {
    accepts("tags", ["computer-vision", "nlp", "3d"]);
    accepts("tags", []);
  });

  it.each([["Vision"], ["computer vision"], ["a--b"], ["-a"], ["a_b"], [""]])("rejects %j", (tag) =>
    expect(issues({ tags: [tag] })).toEqual([
      'tags.0: must be a lowercase kebab-case word, e.g. "computer-vision"',
    ]),
  );

  it("accepts a tag of 50 characters and rejects a longer one, which would be too long a folder name", () => {
    accepts("tags", ["a".repeat(50)]);
    expect(issues({ tags: ["a".repeat(51)] })).toEqual([
      "tags.0: must be at most 50 characters long",
    ]);
  });

  it("rejects a tag listed twice", () => {
    expect(issues({ tags: ["ml", "ml"] })).toEqual(["tags: must not list a tag twice"]);
  });

  it("must be a list", () => {
    expect(issues({ tags: "ml" })).toEqual([
      'tags: must be a list of tags, e.g. ["vision", "robotics"]',
    ]);
  });
});

describe("upvotes", () => {
  it("accepts whole numbers of 0 or more", () => {
    accepts("upvotes", 0);
    accepts("upvotes", 1234);
  });

  it.each([-1, 1.5, "3", Number.NaN])("rejects %j", (value) =>
    expect(issues({ upvotes: value })).toEqual(["upvotes: must be a whole number of 0 or more"]),
  );
});

describe("submitter", () => {
  it.each([
    "octocat",
    "Octo-Cat1",
    "a",
    "a".repeat(39),
    "huggingface:akhaliq",
    "huggingface:Jane_Doe.42",
  ])("accepts %s", (value) => accepts("submitter", value));

  it.each([
    "-octo",
    "octo-",
    "oc--to",
    "octo_cat",
    "@octocat",
    "a".repeat(40),
    "",
    "huggingface:",
    "huggingface:_x",
    "huggingface:a/b",
    "hf:akhaliq",
  ])("rejects %j", (value) =>
    expect(issues({ submitter: value })).toEqual([
      "submitter: must be a GitHub username (letters, digits and single hyphens), or huggingface: and a Hugging Face username",
    ]),
  );
});

describe("thumbnail", () => {
  it.each(["./figure.png", "./a.jpg", "./a.jpeg", "./a.webp", "./a.avif", "./a.gif", "./A.PNG"])(
    "accepts %s",
    (value) => accepts("thumbnail", value),
  );

  it.each([
    "figure.png",
    "./images/figure.png",
    "../figure.png",
    "./figure.svg",
    "https://x.org/figure.png",
    "/figure.png",
  ])("rejects %j", (value) =>
    expect(issues({ thumbnail: value })).toEqual([
      "thumbnail: must be the path of an image beside the file, e.g. ./figure.png",
    ]),
  );
});

describe("unknown fields", () => {
  it("rejects a field the contract does not list, naming it", () => {
    const result = paperFrontmatterSchema.safeParse({ title: "T", autors: ["Ada"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ code: "unrecognized_keys", path: [], keys: ["autors"] }),
    );
  });
});

describe("paperFieldNames", () => {
  it("lists every field of the contract", () => {
    expect([...paperFieldNames].sort()).toEqual(
      [
        "arxiv",
        "authors",
        "doi",
        "journal",
        "links",
        "published",
        "submitter",
        "tags",
        "thumbnail",
        "title",
        "upvotes",
      ].sort(),
    );
  });
});

describe("field docs", () => {
  const jsonSchema = z.toJSONSchema(paperFrontmatterSchema, {
    io: "input",
    unrepresentable: "any",
  });
  const fields = Object.entries(jsonSchema.properties ?? {}).flatMap(([name, field]) => {
    const nested = Object.entries((field as JSONSchema.BaseSchema).properties ?? {});
    return [[name, field], ...nested.map(([key, value]) => [`${name}.${key}`, value])] as [
      string,
      JSONSchema.BaseSchema,
    ][];
  });

  it("describes every field, nested ones included, in one line", () => {
    expect(fields.map(([name]) => name)).toContain("links.code");
    for (const [name, field] of fields) {
      expect(field.description, name).toMatch(/^[A-Z`].*\.$/);
      expect(field.description, name).not.toContain("\n");
    }
  });

  it("gives each field an example that the field accepts", () => {
    const shape = paperFrontmatterSchema.shape as Record<string, z.ZodType>;
    for (const [name, field] of Object.entries(shape)) {
      const [example] = (jsonSchema.properties?.[name] as JSONSchema.BaseSchema).examples ?? [];
      if (name === "links") continue;
      expect(field.safeParse(example).success, name).toBe(true);
    }
  });
});

describe("paperDerivedSchema", () => {
  it("accepts a real feed day, the text and whether there is math", () => {
    expect(
      paperDerivedSchema.safeParse({ day: "2025-07-31", text: "x", hasMath: true }).success,
    ).toBe(true);
  });

  it("rejects a day that does not exist and unknown fields", () => {
    expect(
      paperDerivedSchema.safeParse({ day: "2025-02-30", text: "", hasMath: false }).success,
    ).toBe(false);
    expect(
      paperDerivedSchema.safeParse({ day: "2025-07-31", text: "", hasMath: false, html: "" })
        .success,
    ).toBe(false);
  });
});
