import { describe, expect, it } from "vitest";
import { refreshPaperSource } from "../../../src/lib/authoring/paper-refresh.ts";
import { serializePaper } from "../../../src/lib/authoring/paper-writer.ts";

const written = serializePaper({
  frontmatter: {
    title: "A Paper",
    authors: ["Ada Lovelace"],
    arxiv: "2405.15738",
    published: "2024-05-24",
    upvotes: 28,
    submitter: "huggingface:akhaliq",
  },
  abstractMdx: "An abstract with $x$ math.",
});

describe("refreshPaperSource", () => {
  it("replaces only the upvote count of a file the importer wrote", () => {
    const refreshed = refreshPaperSource(written, { upvotes: 31, links: {} });
    expect(refreshed.source).toBe(written.replace("upvotes: 28\n", "upvotes: 31\n"));
    expect(refreshed.changes).toEqual(["upvotes 28 → 31"]);
  });

  it("changes nothing when nothing is new", () => {
    expect(refreshPaperSource(written, { upvotes: 28, links: {} })).toEqual({
      source: written,
      changes: [],
      skipped: [],
    });
  });

  it("adds missing links in the schema's place, and what it adds is what the writer would write", () => {
    const links = { code: "https://github.com/a/b", project: "https://a.github.io/b/" };
    const refreshed = refreshPaperSource(written, { upvotes: 28, links });
    expect(refreshed.changes).toEqual(["links.code added", "links.project added"]);
    expect(refreshed.source).toBe(
      serializePaper({
        frontmatter: {
          title: "A Paper",
          authors: ["Ada Lovelace"],
          arxiv: "2405.15738",
          published: "2024-05-24",
          links,
          upvotes: 28,
          submitter: "huggingface:akhaliq",
        },
        abstractMdx: "An abstract with $x$ math.",
      }),
    );
  });

  it("fills only the link that is missing and keeps the one there, even when Hugging Face's differs", () => {
    const source = written.replace(
      "upvotes: 28\n",
      'links:\n    code: "https://gitlab.com/mine/fork"  # the maintained one\nupvotes: 28\n',
    );
    const refreshed = refreshPaperSource(source, {
      upvotes: 28,
      links: { code: "https://github.com/a/b", project: "https://a.github.io/b/" },
    });
    expect(refreshed.changes).toEqual(["links.project added"]);
    expect(refreshed.source).toBe(
      source.replace(
        "# the maintained one\n",
        '# the maintained one\n    project: "https://a.github.io/b/"\n',
      ),
    );
  });

  it("keeps every hand edit byte for byte: order, quoting, comments, spacing and the abstract", () => {
    const edited = [
      "---",
      "# checked by hand",
      "title:   'A Paper, Retitled'",
      "upvotes: 28   # from Hugging Face",
      "authors:",
      "  - Ada Lovelace",
      "arxiv: '2405.15738'",
      "tags: [llm, vision]",
      "---",
      "An abstract *rewritten* by hand.",
      "",
    ].join("\n");
    const refreshed = refreshPaperSource(edited, {
      upvotes: 40,
      links: { code: "https://github.com/a/b" },
    });
    expect(refreshed.source).toBe(
      edited.replace(
        "upvotes: 28   #",
        'links:\n  code: "https://github.com/a/b"\nupvotes: 40   #',
      ),
    );
  });

  it("adds an upvotes line to a paper that had none, before submitter and thumbnail", () => {
    const source = written.replace("upvotes: 28\n", "");
    expect(refreshPaperSource(source, { upvotes: 3, links: {} }).source).toBe(
      written.replace("28", "3"),
    );
    const atEnd = '---\ntitle: "A"\nauthors: []\n---\nText.\n';
    expect(refreshPaperSource(atEnd, { upvotes: 3 }).source).toBe(
      '---\ntitle: "A"\nauthors: []\nupvotes: 3\n---\nText.\n',
    );
  });

  it("keeps Windows line ends", () => {
    const crlf = written.replaceAll("\n", "\r\n").replace("upvotes: 28\r\n", "");
    const refreshed = refreshPaperSource(crlf, { upvotes: 5 });
    expect(refreshed.source).toBe(
      written.replaceAll("\n", "\r\n").replace("upvotes: 28", "upvotes: 5"),
    );
  });

  it.each([
    [
      "links written on one line",
      written.replace("upvotes:", 'links: {pdf: "https://x.org/p.pdf"}\nupvotes:'),
      { upvotes: 28, links: { code: "https://github.com/a/b" } },
      "links is not a map with one link a line; add missing links by hand",
    ],
    [
      "upvotes that are no number",
      written.replace("upvotes: 28", "upvotes:\n  - 28"),
      { upvotes: 30 },
      "upvotes is not a number on its line",
    ],
  ])("leaves %s as they are and says so", (_name, source, refresh, reason) => {
    const refreshed = refreshPaperSource(source, refresh);
    expect(refreshed.skipped).toEqual([reason]);
    expect(refreshed.changes).toEqual([]);
    expect(refreshed.source).toBe(source);
  });

  it.each([
    ["no frontmatter", "Just text.\n", "the file has no frontmatter"],
    ["no closing line", "---\ntitle: A\n", "the frontmatter has no closing --- line"],
    ["broken YAML", "---\ntitle: [A\n---\nText.\n", "the frontmatter is not valid YAML"],
  ])("returns a file with %s unchanged", (_name, source, reason) => {
    expect(refreshPaperSource(source, { upvotes: 1 })).toEqual({
      source,
      changes: [],
      skipped: [reason],
    });
  });
});
