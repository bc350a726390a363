import { describe, expect, it } from "vitest";
import { describePaperChanges } from "../../../src/lib/authoring/paper-changes.ts";

const DIR = "content/papers";
const paper = (fields: readonly string[], abstract = "An abstract.") =>
  `---\n${fields.join("\n")}\n---\n${abstract}\n`;
const base = ['title: "A Paper"', 'authors: ["Ada"]', 'arxiv: "2507.00001"'];

describe("describePaperChanges", () => {
  it("lists added papers newest day first with their upvotes, and updated papers with what changed", () => {
    const summary = describePaperChanges(
      [
        {
          file: `${DIR}/2025/07/30/2507.00002.mdx`,
          after: paper([
            'title: "Older Day"',
            'authors: ["Bo"]',
            'arxiv: "2507.00002"',
            "upvotes: 1",
          ]),
        },
        {
          file: `${DIR}/2025/07/31/2507.00001.mdx`,
          after: paper([...base, "upvotes: 42"]),
        },
        {
          file: `${DIR}/2025/07/29/2507.00003.mdx`,
          before: paper(['title: "Grew"', 'arxiv: "2507.00003"', "upvotes: 10"]),
          after: paper([
            'title: "Grew"',
            'arxiv: "2507.00003"',
            "upvotes: 25",
            "links:",
            '  code: "https://github.com/a/b"',
          ]),
        },
        {
          file: `${DIR}/2025/07/29/2507.00004.mdx`,
          before: paper(['title: "Same"', "links:", '  project: "https://a.example"']),
          after: paper(['title: "Same"', "links:", '  project: "https://b.example"'], "New text."),
        },
      ],
      { intro: "Written by a run." },
    );
    expect(summary).toEqual({
      added: 2,
      updated: 2,
      removed: 0,
      markdown: [
        "Written by a run.",
        "",
        "**Papers: 2 added, 2 updated.**",
        "",
        "### Added (2)",
        "",
        "- 2025-07-31: [A Paper](https://arxiv.org/abs/2507.00001), 42 upvotes",
        "- 2025-07-30: [Older Day](https://arxiv.org/abs/2507.00002), 1 upvote",
        "",
        "### Updated (2)",
        "",
        "- 2025-07-29: [Grew](https://arxiv.org/abs/2507.00003): upvotes 10 → 25, links.code added",
        "- 2025-07-29: Same: links.project changed, abstract changed",
        "",
      ].join("\n"),
    });
  });

  it("names a link added to links that existed, and lists removed files", () => {
    const summary = describePaperChanges([
      {
        file: `${DIR}/2025/07/29/2507.00003.mdx`,
        before: paper([...base, "links:", '  project: "https://a.example"']),
        after: paper([
          ...base,
          "links:",
          '  project: "https://a.example"',
          '  code: "https://github.com/a/b"',
        ]),
      },
      { file: `${DIR}/2025/07/28/gone.mdx`, before: paper(base) },
    ]);
    expect(summary.markdown).toBe(
      [
        "**Papers: 0 added, 1 updated, 1 removed.**",
        "",
        "### Updated (1)",
        "",
        "- 2025-07-29: [A Paper](https://arxiv.org/abs/2507.00001): links.code added",
        "",
        "### Removed (1)",
        "",
        `- \`${DIR}/2025/07/28/gone.mdx\``,
        "",
      ].join("\n"),
    );
  });

  it("does not count a file whose papers read the same", () => {
    const summary = describePaperChanges([
      {
        file: `${DIR}/2025/07/29/a.mdx`,
        before: paper(base),
        after: paper(base).replace("---\n", "---\n\n"),
      },
    ]);
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(summary.markdown).toBe("**Papers: 0 added, 0 updated.**\n");
  });

  it("shows a hostile title as text: no link, no mention, no HTML", () => {
    const summary = describePaperChanges([
      {
        file: `${DIR}/2025/07/31/2507.00001.mdx`,
        after: paper([
          'title: "[x](https://evil.example) <script> @octocat #1"',
          'arxiv: "2507.00001"',
        ]),
      },
    ]);
    expect(summary.markdown).toContain(
      "- 2025-07-31: [\\[x\\]\\(https\\://evil\\.example\\) \\<script\\> @\u200boctocat \\#\u200b1](https://arxiv.org/abs/2507.00001)\n",
    );
  });

  it("names a file whose frontmatter does not parse by its path", () => {
    const summary = describePaperChanges([
      { file: `${DIR}/2025/07/31/x.mdx`, after: "no frontmatter" },
    ]);
    expect(summary.markdown).toContain(`- 2025-07-31: content/papers/2025/07/31/x\\.mdx\n`);
  });

  it("stops listing before the description grows past its length, saying how many are left", () => {
    const changes = Array.from({ length: 100 }, (_, index) => ({
      file: `${DIR}/2025/07/31/p${String(index).padStart(3, "0")}.mdx`,
      after: paper([`title: "Paper number ${index}"`]),
    }));
    const summary = describePaperChanges(changes, { maxLength: 1_000 });
    expect(summary.added).toBe(100);
    expect(summary.markdown.length).toBeLessThanOrEqual(1_000);
    const listed = summary.markdown.split("\n").filter((line) => line.startsWith("- 2025"));
    expect(listed.length).toBeGreaterThan(10);
    expect(summary.markdown.trimEnd().endsWith(`- …and ${100 - listed.length} more`)).toBe(true);
  });
});
