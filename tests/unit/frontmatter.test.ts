import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../src/lib/frontmatter.ts";

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

  it("reports YAML that is not a map of fields", () => {
    for (const yaml of ["- a\n- b\n", "just text\n", ""]) {
      const split = splitFrontmatter(`---\n${yaml}---\nbody`);
      expect(split.data).toBeNull();
      expect(split.error?.message).toBe("frontmatter must be a map of fields (field: value)");
    }
  });
});
