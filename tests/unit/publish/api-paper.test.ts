import { describe, expect, it } from "vitest";
import { toApiPaper, type ApiPaperExtras } from "../../../src/lib/publish/api-paper.ts";
import { FULL_SOURCE } from "../../support/api-papers.ts";

const EXTRAS: ApiPaperExtras = {
  bibtex: "@misc{lovelace2024escaping,\n}",
  page: "https://papers.example.org/daily-papers/papers/2411.20010/",
  api: "https://papers.example.org/daily-papers/api/papers/2411.20010.json",
  thumbnail: "https://papers.example.org/daily-papers/_astro/figure.Ab12.png",
};

describe("toApiPaper", () => {
  it("gives every field of a paper that has them all", () => {
    expect(toApiPaper(FULL_SOURCE, EXTRAS)).toStrictEqual({
      version: 1,
      id: "2411.20010",
      title: FULL_SOURCE.title,
      authors: ["Émilie du Châtelet", "Lovelace, Ada"],
      day: "2024-11-29",
      published: "2024-11-28",
      arxiv: "2411.20010v2",
      doi: "10.1000/xyz",
      journal: "Proc. Fixtures 2025",
      tags: ["attention", "vision"],
      upvotes: 42,
      submitter: { site: "GitHub", username: "octocat", url: "https://github.com/octocat" },
      abstract: { text: FULL_SOURCE.text, html: FULL_SOURCE.html },
      bibtex: EXTRAS.bibtex,
      urls: {
        page: EXTRAS.page,
        api: EXTRAS.api,
        arxiv: "https://arxiv.org/abs/2411.20010v2",
        pdf: "https://arxiv.org/pdf/2411.20010v2",
        code: "https://github.com/example/code",
        project: "https://example.org/project",
        thumbnail: EXTRAS.thumbnail,
      },
    });
  });

  it("gives null, never leaves out, each value a paper does not have", () => {
    const paper = toApiPaper(
      {
        ...FULL_SOURCE,
        published: undefined,
        arxiv: undefined,
        doi: undefined,
        journal: undefined,
        upvotes: undefined,
        submitter: undefined,
        links: [],
      },
      { ...EXTRAS, thumbnail: undefined },
    );
    expect(paper).toMatchObject({
      published: null,
      arxiv: null,
      doi: null,
      journal: null,
      upvotes: null,
      submitter: null,
      urls: { arxiv: null, pdf: null, code: null, project: null, thumbnail: null },
    });
    expect(JSON.parse(JSON.stringify(paper))).toStrictEqual(paper);
  });

  it.each([
    [
      "a paper without an arXiv id, with its own PDF",
      [{ kind: "pdf", href: "https://x.org/a.pdf" }],
    ],
    ["code only", [{ kind: "code", href: "https://github.com/a/b" }]],
  ] as const)("takes each URL from the link of its kind: %s", (_, links) => {
    const { urls } = toApiPaper({ ...FULL_SOURCE, links }, EXTRAS);
    for (const kind of ["arxiv", "pdf", "code", "project"] as const) {
      expect(urls[kind]).toBe(links.find((link) => link.kind === kind)?.href ?? null);
    }
  });

  it("keeps an upvote count of zero, which is not a missing one", () => {
    expect(toApiPaper({ ...FULL_SOURCE, upvotes: 0 }, EXTRAS).upvotes).toBe(0);
  });

  it("copies the paper's lists, so that changing the file's does not change the paper", () => {
    const paper = toApiPaper(FULL_SOURCE, EXTRAS);
    expect(paper.authors).not.toBe(FULL_SOURCE.authors);
    expect(paper.tags).not.toBe(FULL_SOURCE.tags);
    expect(paper.submitter).not.toBe(FULL_SOURCE.submitter);
  });

  it("carries nothing of the paper beyond the API's fields", () => {
    const withMore = { ...FULL_SOURCE, entry: { body: "the whole file" }, excerpt: "short" };
    expect(Object.keys(toApiPaper(withMore, EXTRAS))).toEqual(
      Object.keys(toApiPaper(FULL_SOURCE, EXTRAS)),
    );
  });
});
