import { describe, expect, it } from "vitest";
import {
  checkPaperFile,
  findDuplicates,
  formatGithubAnnotation,
  formatProblem,
  InvalidContentError,
  readPaperIdentity,
  sortProblems,
  type ContentProblem,
} from "../../../src/lib/content/check-paper.ts";

const lines = (...text: string[]) => text.join("\n");

const validSource = lines(
  "---",
  'title: "Geodesic Multi-Modal Mixup"',
  'authors: ["Ada Lovelace"]',
  'arxiv: "2307.03381"',
  "---",
  "We study $x^2$ mixup.",
  "",
);

function check(
  pathInCollection: string,
  source: string,
  siblingExists: (name: string) => boolean = () => true,
) {
  return checkPaperFile({
    file: `content/papers/${pathInCollection}`,
    pathInCollection,
    source,
    siblingExists,
  });
}

/** The problems of a check, formatted as the build prints them. */
function report(
  pathInCollection: string,
  source: string,
  siblingExists?: (name: string) => boolean,
) {
  return check(pathInCollection, source, siblingExists).problems.map(formatProblem);
}

describe("checkPaperFile: a valid paper", () => {
  it("returns the checked paper and no problems", () => {
    const result = check("2025/07/31/2307.03381.mdx", validSource);
    expect(result.problems).toEqual([]);
    expect(result.identity).toEqual({
      id: "2307.03381",
      file: "content/papers/2025/07/31/2307.03381.mdx",
      arxiv: "2307.03381",
    });
    expect(result.paper).toMatchObject({
      id: "2307.03381",
      file: "content/papers/2025/07/31/2307.03381.mdx",
      day: "2025-07-31",
      frontmatter: {
        title: "Geodesic Multi-Modal Mixup",
        authors: ["Ada Lovelace"],
        arxiv: "2307.03381",
      },
      abstract: { text: "We study x^2 mixup.", hasMath: true, problems: [] },
    });
    expect(result.paper?.abstract.html).toContain("katex");
  });

  it("accepts a paper without arXiv named by its slug, and an unquoted arXiv id", () => {
    const slugPaper = lines("---", "title: A Workshop Paper", "authors: []", "---", "Abstract.");
    expect(check("2025/07/31/a-workshop-paper.mdx", slugPaper).problems).toEqual([]);
    const unquoted = lines(
      "---",
      "title: T",
      "authors: []",
      "arxiv: 2307.03380",
      "---",
      "Abstract.",
    );
    const result = check("2025/07/31/2307.03380.mdx", unquoted);
    expect(result.problems).toEqual([]);
    expect(result.paper?.frontmatter.arxiv).toBe("2307.03380");
  });

  it("accepts an old-style arXiv paper named after its id", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      'arxiv: "math.GT/0309136v2"',
      "---",
      "Abstract.",
    );
    expect(check("2003/09/10/math.GT-0309136.mdx", source).problems).toEqual([]);
    const hepTh = lines(
      "---",
      "title: T",
      "authors: []",
      'arxiv: "hep-th/9901001"',
      "---",
      "Abstract.",
    );
    expect(check("1999/01/05/hep-th-9901001.mdx", hepTh).problems).toEqual([]);
  });

  it("accepts a thumbnail that exists beside the file, asking for it by its name", () => {
    const asked: string[] = [];
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      "thumbnail: ./figure.png",
      "---",
      "Abstract.",
    );
    const result = check("2025/07/31/t.mdx", source, (name) => {
      asked.push(name);
      return true;
    });
    expect(result.problems).toEqual([]);
    expect(asked).toEqual(["./figure.png"]);
  });
});

describe("checkPaperFile: where the file lives", () => {
  const source = lines("---", "title: T", "authors: []", "---", "Abstract.");

  it("rejects a file outside YYYY/MM/DD folders", () => {
    for (const path of [
      "2025/07/foo.mdx",
      "foo.mdx",
      "2025/07/31/extra/foo.mdx",
      "25/07/31/foo.mdx",
    ]) {
      expect(report(path, source)).toEqual([
        `content/papers/${path}:1:1  path  must be papers/YYYY/MM/DD/<id>.mdx, under the folders of its feed day`,
      ]);
      expect(check(path, source).paper).toBeUndefined();
    }
  });

  it("rejects folders that are not a real day", () => {
    expect(report("2025/02/30/foo.mdx", source)).toEqual([
      "content/papers/2025/02/30/foo.mdx:1:1  path  folders 2025/02/30 are not a real day (YYYY/MM/DD)",
    ]);
    expect(report("2025/13/01/foo.mdx", source)).toHaveLength(1);
  });

  it("rejects a file name that is not a valid id", () => {
    for (const id of ["Foo", "foo_bar", "foo--bar", "x".repeat(81)]) {
      expect(report(`2025/07/31/${id}.mdx`, source)).toEqual([
        `content/papers/2025/07/31/${id}.mdx:1:1  path  file name "${id}" is not a valid id: lowercase letters, digits and -, at most 80 characters`,
      ]);
    }
  });

  it("rejects an arXiv paper whose file is not named after its id", () => {
    const arxivSource = lines(
      "---",
      "title: T",
      "authors: []",
      'arxiv: "2307.03381v2"',
      "---",
      "Abstract.",
    );
    expect(report("2025/07/31/geodesic-mixup.mdx", arxivSource)).toEqual([
      "content/papers/2025/07/31/geodesic-mixup.mdx:4:1  arxiv  the file of arXiv paper 2307.03381v2 must be named 2307.03381.mdx",
    ]);
    const oldStyle = lines(
      "---",
      "title: T",
      "authors: []",
      'arxiv: "hep-th/9901001"',
      "---",
      "Abstract.",
    );
    expect(report("1999/01/05/hep-th-9901002.mdx", oldStyle)).toEqual([
      "content/papers/1999/01/05/hep-th-9901002.mdx:4:1  arxiv  the file of arXiv paper hep-th/9901001 must be named hep-th-9901001.mdx",
    ]);
  });
});

describe("checkPaperFile: frontmatter", () => {
  it("reports a schema problem at the field, nested fields by their dotted name", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      "links:",
      "  pdf: https://example.org/p.pdf",
      "  code: http://github.com/x/y",
      "---",
      "Abstract.",
    );
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      "content/papers/2025/07/31/foo.mdx:6:3  links.code  must be an https:// URL",
    ]);
  });

  it("reports a missing required field at the start of the frontmatter", () => {
    const source = lines("---", "authors: []", "---", "Abstract.");
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      "content/papers/2025/07/31/foo.mdx:2:1  title  is required: the paper's title",
    ]);
  });

  it("names an unknown field and suggests the field it resembles", () => {
    const source = lines("---", "title: T", "authors: []", 'autors: ["Ada"]', "---", "Abstract.");
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      'content/papers/2025/07/31/foo.mdx:4:1  autors  is not a known field; did you mean "authors"? known fields: title, authors, arxiv, published, doi, journal, links, tags, upvotes, submitter, thumbnail',
    ]);
  });

  it("names an unknown field without a suggestion when none resembles it", () => {
    const source = lines("---", "title: T", "authors: []", "venue: NeurIPS", "---", "Abstract.");
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      "content/papers/2025/07/31/foo.mdx:4:1  venue  is not a known field; known fields: title, authors, arxiv, published, doi, journal, links, tags, upvotes, submitter, thumbnail",
    ]);
  });

  it("names an unknown link with the link fields", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      "links:",
      "  cod: https://x.org",
      "---",
      "Abstract.",
    );
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      'content/papers/2025/07/31/foo.mdx:5:3  links.cod  is not a known field; did you mean "code"? known fields: pdf, code, project',
    ]);
  });

  it("reports an item of a list at the item", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      "tags:",
      "  - ml",
      "  - Computer Vision",
      "---",
      "x",
    );
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      'content/papers/2025/07/31/foo.mdx:6:5  tags.1  must be a lowercase kebab-case word, e.g. "computer-vision"',
    ]);
  });

  it("reports a frontmatter that does not parse", () => {
    expect(report("2025/07/31/foo.mdx", "No frontmatter here.")).toEqual([
      "content/papers/2025/07/31/foo.mdx:1:1  frontmatter  must start with a frontmatter block between two --- lines",
    ]);
    expect(
      report("2025/07/31/foo.mdx", lines("---", "title: a", "authors: []", "title: b", "---", "x")),
    ).toEqual([
      "content/papers/2025/07/31/foo.mdx:4:1  frontmatter  frontmatter is not valid YAML: Map keys must be unique",
    ]);
  });

  it("reports a missing thumbnail file", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      "thumbnail: ./figure.png",
      "---",
      "Abstract.",
    );
    expect(report("2025/07/31/foo.mdx", source, () => false)).toEqual([
      "content/papers/2025/07/31/foo.mdx:4:1  thumbnail  no file ./figure.png beside the paper",
    ]);
  });
});

describe("checkPaperFile: abstract", () => {
  it("reports an empty abstract at the line it should start on", () => {
    const source = lines("---", "title: T", "authors: []", "---", "", "");
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      "content/papers/2025/07/31/foo.mdx:5:1  body  the abstract is empty: write it below the frontmatter",
    ]);
  });

  it("reports unsafe MDX at its line in the file", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      "---",
      "First line.",
      "",
      "Then <script>x</script>.",
    );
    expect(report("2025/07/31/foo.mdx", source)).toEqual([
      "content/papers/2025/07/31/foo.mdx:7:6  body  <script> is not allowed; an abstract may use only <sub>, <sup>, <br>, <abbr>, <kbd>, <mark>",
    ]);
  });

  it("reports broken math at its line in the file", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      "---",
      "Intro.",
      "",
      "$$",
      "\\frac{1}{",
      "$$",
    );
    const [problem] = report("2025/07/31/foo.mdx", source);
    expect(problem).toMatch(
      /^content\/papers\/2025\/07\/31\/foo\.mdx:7:1 {2}body {2}math does not render: /,
    );
  });
});

describe("checkPaperFile: every problem at once", () => {
  it("reports problems in the path, fields, arXiv name, thumbnail and abstract together, in file order", () => {
    const source = lines(
      "---",
      "title: T",
      "authors: []",
      'arxiv: "2307.03381"',
      "links:",
      "  code: http://github.com/x/y",
      "autors: []",
      "thumbnail: ./figure.png",
      "---",
      "Text <div>x</div>",
    );
    const file = "content/papers/2025/02/30/wrong-name.mdx";
    expect(report("2025/02/30/wrong-name.mdx", source, () => false)).toEqual([
      `${file}:1:1  path  folders 2025/02/30 are not a real day (YYYY/MM/DD)`,
      `${file}:6:3  links.code  must be an https:// URL`,
      `${file}:7:1  autors  is not a known field; did you mean "authors"? known fields: title, authors, arxiv, published, doi, journal, links, tags, upvotes, submitter, thumbnail`,
      `${file}:4:1  arxiv  the file of arXiv paper 2307.03381 must be named 2307.03381.mdx`,
      `${file}:8:1  thumbnail  no file ./figure.png beside the paper`,
      `${file}:10:6  body  <div> is not allowed; an abstract may use only <sub>, <sup>, <br>, <abbr>, <kbd>, <mark>`,
    ]);
  });

  it("keeps the claimed identity of a broken file, so duplicates are still found", () => {
    const source = lines("---", "title: T", 'arxiv: "2307.03381v2"', "---", "x");
    const result = check("2025/07/31/2307.03381.mdx", source);
    expect(result.paper).toBeUndefined();
    expect(result.identity).toEqual({
      id: "2307.03381",
      file: "content/papers/2025/07/31/2307.03381.mdx",
      arxiv: "2307.03381v2",
    });
  });

  it("claims no arXiv id when the one written is invalid", () => {
    const source = lines("---", "title: T", "authors: []", 'arxiv: "2307.0338"', "---", "x");
    expect(check("2025/07/31/foo.mdx", source).identity).toEqual({
      id: "foo",
      file: "content/papers/2025/07/31/foo.mdx",
    });
  });
});

describe("findDuplicates", () => {
  it("finds nothing among distinct papers", () => {
    expect(
      findDuplicates([
        { id: "a", file: "x/a.mdx" },
        { id: "2307.03381", file: "x/2307.03381.mdx", arxiv: "2307.03381" },
        { id: "b", file: "x/b.mdx", arxiv: undefined },
      ]),
    ).toEqual([]);
  });

  it("names both files of a duplicate id", () => {
    const [problem, ...rest] = findDuplicates([
      { id: "foo", file: "content/papers/2025/07/30/foo.mdx" },
      { id: "foo", file: "content/papers/2025/07/31/foo.mdx" },
    ]);
    expect(rest).toEqual([]);
    expect(problem && formatProblem(problem)).toBe(
      'content/papers/2025/07/31/foo.mdx:1:1  path  id "foo" is already used by content/papers/2025/07/30/foo.mdx',
    );
  });

  it("names both files of a duplicate arXiv id, whatever the versions", () => {
    const problems = findDuplicates([
      { id: "2307.03381", file: "p/2307.03381.mdx", arxiv: "2307.03381" },
      { id: "mixup", file: "p/mixup.mdx", arxiv: "2307.03381v2" },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      "p/mixup.mdx:1:1  arxiv  arXiv 2307.03381 is already in p/2307.03381.mdx",
    ]);
  });

  it("reports a file that repeats both the id and the arXiv id of one other file once", () => {
    const problems = findDuplicates([
      { id: "2307.03381", file: "a/2307.03381.mdx", arxiv: "2307.03381" },
      { id: "2307.03381", file: "b/2307.03381.mdx", arxiv: "2307.03381" },
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(["path"]);
  });

  it("reports each later copy against the first", () => {
    const problems = findDuplicates([
      { id: "x", file: "1/x.mdx" },
      { id: "x", file: "2/x.mdx" },
      { id: "x", file: "3/x.mdx" },
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'id "x" is already used by 1/x.mdx',
      'id "x" is already used by 1/x.mdx',
    ]);
  });
});

describe("formatProblem", () => {
  it("writes file:line:column, the field and the message separated by two spaces", () => {
    expect(
      formatProblem({
        file: "content/papers/2025/07/31/foo.mdx",
        position: { line: 3, column: 1 },
        field: "links.code",
        message: "must be an https:// URL",
      }),
    ).toBe("content/papers/2025/07/31/foo.mdx:3:1  links.code  must be an https:// URL");
  });
});

describe("sortProblems and InvalidContentError", () => {
  const problem = (file: string, line: number, column: number, field: string): ContentProblem => ({
    file,
    position: { line, column },
    field,
    message: `bad ${field}`,
  });
  const unsorted = [
    problem("b.mdx", 3, 1, "title"),
    problem("a.mdx", 10, 1, "body"),
    problem("a.mdx", 2, 5, "tags"),
    problem("a.mdx", 2, 1, "authors"),
  ];

  it("sorts by file, line and column without changing its input", () => {
    const copy = [...unsorted];
    expect(sortProblems(unsorted).map((p) => p.field)).toEqual([
      "authors",
      "tags",
      "body",
      "title",
    ]);
    expect(unsorted).toEqual(copy);
  });

  it("lists every problem sorted, one per line, after a count", () => {
    const error = new InvalidContentError(unsorted);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InvalidContentError");
    expect(error.message).toBe(
      [
        "4 problems in 2 paper files:",
        "a.mdx:2:1  authors  bad authors",
        "a.mdx:2:5  tags  bad tags",
        "a.mdx:10:1  body  bad body",
        "b.mdx:3:1  title  bad title",
      ].join("\n"),
    );
    expect(error.problems.map((p) => p.field)).toEqual(["authors", "tags", "body", "title"]);
  });

  it("speaks in the singular for one problem", () => {
    expect(new InvalidContentError([problem("a.mdx", 1, 1, "title")]).message).toBe(
      "1 problem in 1 paper file:\na.mdx:1:1  title  bad title",
    );
  });
});

describe("checkPaperFile without rendering", () => {
  it("finds the same problems and leaves the HTML empty", () => {
    const broken = lines(
      "---",
      "title: T",
      "authors: []",
      "---",
      "Broken $\\frac{$ and <div>x</div>",
    );
    const rendered = checkPaperFile({
      file: "a.mdx",
      pathInCollection: "2025/07/31/t.mdx",
      source: broken,
      siblingExists: () => true,
    });
    const checked = checkPaperFile({
      file: "a.mdx",
      pathInCollection: "2025/07/31/t.mdx",
      source: broken,
      siblingExists: () => true,
      render: false,
    });
    expect(checked.problems).toEqual(rendered.problems);
    expect(checked.problems).toHaveLength(1);
    const valid = checkPaperFile({
      file: "a.mdx",
      pathInCollection: "2025/07/31/2307.03381.mdx",
      source: validSource,
      siblingExists: () => true,
      render: false,
    });
    expect(valid.paper?.abstract).toEqual({
      html: "",
      text: "We study x^2 mixup.",
      hasMath: true,
      problems: [],
    });
  });
});

describe("readPaperIdentity", () => {
  it("reads the id from the file name and the arXiv id from the frontmatter", () => {
    expect(
      readPaperIdentity({
        file: "f.mdx",
        pathInCollection: "2025/07/31/2307.03381.mdx",
        source: validSource,
      }),
    ).toEqual({ id: "2307.03381", file: "f.mdx", arxiv: "2307.03381" });
  });

  it("claims no arXiv id for a broken frontmatter or an invalid id, as checkPaperFile does", () => {
    const invalid = lines("---", "title: T", 'arxiv: "nope"', "---", "x");
    for (const source of ["no frontmatter", invalid]) {
      const identity = readPaperIdentity({ file: "f.mdx", pathInCollection: "misc/x.mdx", source });
      expect(identity).toEqual({ id: "x", file: "f.mdx" });
      expect(check("misc/x.mdx", source).identity).toEqual({
        ...identity,
        file: "content/papers/misc/x.mdx",
      });
    }
  });
});

describe("formatGithubAnnotation", () => {
  it("writes a workflow command that GitHub shows at the file's line", () => {
    const problem: ContentProblem = {
      file: "content/papers/2025/07/31/a,b.mdx",
      position: { line: 5, column: 3 },
      field: "links.code",
      message: "must be an https:// URL\n100% sure",
    };
    expect(formatGithubAnnotation(problem)).toBe(
      "::error file=content/papers/2025/07/31/a%2Cb.mdx,line=5,col=3,title=links.code::must be an https:// URL%0A100%25 sure",
    );
  });
});
