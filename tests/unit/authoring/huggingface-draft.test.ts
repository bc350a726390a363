import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DailyPaperError,
  dailyPapersToDrafts,
} from "../../../src/lib/authoring/huggingface-draft.ts";
import { renderAbstract } from "../../../src/lib/content/render-abstract.ts";
import { dailyPapers, MATH_DAY } from "../../support/fake-huggingface-server.ts";

const RECORDED = JSON.parse(
  readFileSync(
    new URL("../../fixtures/huggingface/hf-daily-papers-2024-05-27.json", import.meta.url),
    "utf8",
  ),
) as { paper: Record<string, unknown> }[];

/** The first recorded item with some of its paper's fields replaced. */
function item(paper: Record<string, unknown>, outside: Record<string, unknown> = {}) {
  const recorded = structuredClone(RECORDED[0]) as { paper: Record<string, unknown> };
  return { ...recorded, ...outside, paper: { ...recorded.paper, ...paper } };
}

describe("dailyPapersToDrafts", () => {
  it("makes a paper of the recorded answer's first item, every field from the paper", () => {
    const [first] = dailyPapersToDrafts(RECORDED, "2024-05-27");
    expect(first?.arxivId).toBe("2405.15738");
    expect(first?.draft.day).toBe("2024-05-27");
    expect(first?.draft.frontmatter).toEqual({
      title: "ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models",
      authors: [
        "Chunjiang Ge",
        "Sijie Cheng",
        "Ziming Wang",
        "Jiale Yuan",
        "Yuan Gao",
        "Jun Song",
        "Shiji Song",
        "Gao Huang",
        "Bo Zheng",
      ],
      arxiv: "2405.15738",
      published: "2024-05-24",
      upvotes: 32,
    });
    const abstract = renderAbstract(first?.draft.abstractMdx ?? "");
    expect(abstract.problems).toEqual([]);
    expect(abstract.text).toMatch(/^High-resolution Large Multimodal Models \(LMMs\) encounter/);
    expect(abstract.text).toMatch(
      /publicly available at https:\/\/github\.com\/alibaba\/conv-llava\.$/,
    );
    expect(first?.refresh).toEqual({ upvotes: 32, links: {} });
  });

  it("makes a paper of every recorded item, in order, each abstract rendering as written", () => {
    const drafts = dailyPapersToDrafts(RECORDED, "2024-05-27");
    expect(drafts.map((draft) => draft.arxivId)).toEqual(
      RECORDED.map((entry) => entry.paper["id"]),
    );
    for (const [index, { draft }] of drafts.entries()) {
      const rendered = renderAbstract(draft.abstractMdx);
      expect(rendered.problems).toEqual([]);
      expect(rendered.text).toBe(
        String(RECORDED[index]?.paper["summary"]).replace(/\s+/g, " ").trim(),
      );
    }
  });

  it("keeps arXiv's ranges and signs as math: 1$-$2% and $\\sim$5", () => {
    const [first] = dailyPapersToDrafts(dailyPapers(MATH_DAY), MATH_DAY);
    expect(first?.draft.abstractMdx).toMatch(/falls by 1\$-\$2% within \$\\sim\$5 steps\.$/);
    const rendered = renderAbstract(first?.draft.abstractMdx ?? "");
    expect(rendered.problems).toEqual([]);
    expect(rendered.hasMath).toBe(true);
    expect(rendered.html).not.toContain("$");
  });

  it.each([
    [
      "today's form",
      item({ submittedOnDailyBy: { user: "akhaliq", fullname: "AK" } }),
      "huggingface:akhaliq",
    ],
    [
      "the older form",
      item({}, { submittedBy: { name: "akhaliq", fullname: "AK" } }),
      "huggingface:akhaliq",
    ],
    [
      "both, today's first",
      item({ submittedOnDailyBy: { user: "new-user" } }, { submittedBy: { name: "old_user" } }),
      "huggingface:new-user",
    ],
    ["neither", item({}), undefined],
  ])("takes the submitter in %s", (_name, entry, submitter) => {
    const [draft] = dailyPapersToDrafts([entry], "2025-07-31");
    expect(draft?.draft.frontmatter.submitter).toBe(submitter);
  });

  it("keeps the code and project links that are https:// URLs, and says why it leaves out others", () => {
    const [kept] = dailyPapersToDrafts(
      [item({ githubRepo: "https://github.com/a/b", projectPage: "https://a.github.io/b/" })],
      "2025-07-31",
    );
    expect(kept?.draft.frontmatter.links).toEqual({
      code: "https://github.com/a/b",
      project: "https://a.github.io/b/",
    });
    expect(kept?.refresh.links).toEqual(kept?.draft.frontmatter.links);

    const [left] = dailyPapersToDrafts(
      [item({ githubRepo: "http://github.com/a/b", projectPage: "javascript:alert(1)" })],
      "2025-07-31",
    );
    expect(left?.draft.frontmatter.links).toBeUndefined();
    expect(left?.notes).toEqual([
      'links.code left out: "http://github.com/a/b" is not an https:// URL',
      'links.project left out: "javascript:alert(1)" is not an https:// URL',
    ]);

    const [none] = dailyPapersToDrafts([item({ githubRepo: null, projectPage: "" })], "2025-07-31");
    expect(none?.draft.frontmatter.links).toBeUndefined();
    expect(none?.notes).toEqual([]);
  });

  it("leaves out the machine-written summary and keywords", () => {
    const [draft] = dailyPapersToDrafts(
      [item({ ai_summary: "A model that does things.", ai_keywords: ["things"] })],
      "2025-07-31",
    );
    expect(JSON.stringify(draft)).not.toContain("does things");
    expect(draft?.draft.frontmatter.tags).toBeUndefined();
  });

  it("leaves out a submitter that is no Hugging Face username, and says so", () => {
    const [draft] = dailyPapersToDrafts(
      [item({ submittedOnDailyBy: { user: "a b" } })],
      "2025-07-31",
    );
    expect(draft?.draft.frontmatter.submitter).toBeUndefined();
    expect(draft?.notes).toEqual(['submitter left out: "a b" is not a Hugging Face username']);
  });

  it.each([
    ["a paper without an id", [item({ id: undefined })], "paper 1: paper.id "],
    [
      "upvotes as text",
      [RECORDED[0], item({ upvotes: "12" })],
      "paper 2 (2405.15738): paper.upvotes ",
    ],
    ["negative upvotes", [item({ upvotes: -1 })], "paper 1 (2405.15738): paper.upvotes "],
    [
      "an author without a name",
      [item({ authors: [{ _id: "x" }] })],
      "paper 1 (2405.15738): paper.authors.0.name ",
    ],
    ["no paper at all", [{ title: "x" }], "paper 1: paper "],
    ["null", [null], "paper 1: the item "],
  ])("refuses %s, naming the item and the field", (_name, answer, message) => {
    expect(() => dailyPapersToDrafts(answer, "2025-07-31")).toThrow(DailyPaperError);
    expect(() => dailyPapersToDrafts(answer, "2025-07-31")).toThrow(message);
  });
});
