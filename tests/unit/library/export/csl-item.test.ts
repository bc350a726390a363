import { describe, expect, it } from "vitest";
import { cslItem } from "../../../../src/library/export/csl-item.ts";
import { LIBRARY_PAPERS } from "../../../support/library-papers.ts";

const [arxivPaper] = LIBRARY_PAPERS;
if (!arxivPaper) throw new Error("the library fixtures are missing");

describe("cslItem", () => {
  it("gives an arXiv paper arXiv's DOI, its archive ID and arXiv as repository", () => {
    expect(cslItem(arxivPaper)).toMatchObject({
      type: "article",
      DOI: "10.48550/arXiv.2411.20010",
      number: "arXiv:2411.20010",
      publisher: "arXiv",
    });
  });

  it("keeps a paper's own DOI over arXiv's", () => {
    expect(cslItem({ ...arxivPaper, doi: "10.1000/own" }).DOI).toBe("10.1000/own");
  });

  it("dates a paper by its publication day, else by its feed day", () => {
    expect(cslItem(arxivPaper).issued).toEqual({ "date-parts": [[2024, 11, 28]] });
    expect(cslItem({ ...arxivPaper, published: null }).issued).toEqual({
      "date-parts": [[2024, 12, 2]],
    });
  });

  it.each([
    { change: { arxiv: null, doi: null }, absent: ["DOI", "number", "publisher"] },
    { change: { arxiv: "not an id", doi: null }, absent: ["DOI", "number", "publisher"] },
    { change: { authors: [] }, absent: ["author"] },
    { change: { authors: ["", "  "] }, absent: ["author"] },
    { change: { abstract: { text: "", html: "" } }, absent: ["abstract"] },
    { change: { tags: [] }, absent: ["keyword"] },
  ])("leaves out what a paper does not have: $absent", ({ change, absent }) => {
    const item = cslItem({ ...arxivPaper, ...change });
    for (const variable of absent) expect(item).not.toHaveProperty(variable);
  });
});
