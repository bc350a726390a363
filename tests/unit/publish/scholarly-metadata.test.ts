import { describe, expect, it } from "vitest";
import {
  highwireTags,
  openGraphTags,
  paperDescription,
  preprintDoi,
  scholarlyArticle,
  serializeJsonLd,
  twitterTags,
  zoteroPreprintTags,
  type ScholarlyPaper,
} from "../../../src/lib/publish/scholarly-metadata.ts";

const PAPER: ScholarlyPaper = {
  title: 'Escaping </script> & "Quotes"',
  authors: ["Émilie du Châtelet", "Ada Lovelace"],
  day: "2024-11-29",
  published: "2024-11-28",
  arxiv: "2411.20010v2",
  pdfUrl: "https://arxiv.org/pdf/2411.20010v2",
  abstract: "We show that $a < b$ & more.",
  description: "We show that $a < b$ & more.",
  tags: ["high-energy-physics", "attention"],
  url: "https://papers.example.org/papers/2411.20010/",
};

const BARE: ScholarlyPaper = {
  title: "A Survey",
  authors: [],
  day: "2025-07-31",
  abstract: "",
  description: "",
  tags: [],
  url: "https://papers.example.org/papers/a-survey/",
};

describe("highwireTags", () => {
  it("names the title, every author, the dates, the arXiv id, the PDF and the abstract", () => {
    expect(highwireTags(PAPER)).toEqual([
      { name: "citation_title", content: 'Escaping </script> & "Quotes"' },
      { name: "citation_author", content: "Émilie du Châtelet" },
      { name: "citation_author", content: "Ada Lovelace" },
      { name: "citation_publication_date", content: "2024/11/28" },
      { name: "citation_online_date", content: "2024/11/28" },
      { name: "citation_publisher", content: "arXiv" },
      { name: "citation_arxiv_id", content: "2411.20010" },
      { name: "citation_doi", content: "10.48550/arXiv.2411.20010" },
      { name: "citation_pdf_url", content: "https://arxiv.org/pdf/2411.20010v2" },
      { name: "citation_abstract_html_url", content: PAPER.url },
      { name: "citation_abstract", content: "We show that $a < b$ & more." },
      { name: "citation_keywords", content: "high-energy-physics" },
      { name: "citation_keywords", content: "attention" },
    ]);
  });

  it("dates a paper by its feed day when its publication date is unknown, and names its DOI", () => {
    const tags = highwireTags({ ...BARE, doi: "10.1000/xyz-123" });
    expect(tags).toEqual([
      { name: "citation_title", content: "A Survey" },
      { name: "citation_publication_date", content: "2025/07/31" },
      { name: "citation_online_date", content: "2025/07/31" },
      { name: "citation_doi", content: "10.1000/xyz-123" },
      { name: "citation_abstract_html_url", content: BARE.url },
    ]);
  });
});

describe("preprintDoi", () => {
  it.each([
    ["the paper's own DOI", { arxiv: "2411.20010v2", doi: "10.1000/j.1" }, "10.1000/j.1"],
    ["the DOI arXiv registers", { arxiv: "2411.20010v2" }, "10.48550/arXiv.2411.20010"],
    ["an old-style id's DOI", { arxiv: "hep-th/9901001" }, "10.48550/arXiv.hep-th/9901001"],
    ["no DOI without either", {}, undefined],
  ])("gives %s", (_, paper, expected) => {
    expect(preprintDoi(paper)).toBe(expected);
  });
});

describe("zoteroPreprintTags", () => {
  it("types the page as a preprint and gives an arXiv paper its archive ID without version", () => {
    expect(zoteroPreprintTags(PAPER)).toEqual([
      { name: "DC.type", content: "preprint" },
      { name: "z.archiveID", content: "arXiv:2411.20010" },
    ]);
  });

  it("types a paper without an arXiv id as a preprint with no archive ID", () => {
    expect(zoteroPreprintTags(BARE)).toEqual([{ name: "DC.type", content: "preprint" }]);
  });
});

describe("openGraphTags and twitterTags", () => {
  const site = { title: "Daily Papers", locale: "en-US" };

  it("describe the paper as an article of the site", () => {
    expect(openGraphTags(PAPER, site)).toEqual([
      { property: "og:type", content: "article" },
      { property: "og:site_name", content: "Daily Papers" },
      { property: "og:locale", content: "en_US" },
      { property: "og:title", content: PAPER.title },
      { property: "og:description", content: PAPER.description },
      { property: "og:url", content: PAPER.url },
      { property: "article:published_time", content: "2024-11-28" },
      { property: "article:tag", content: "high-energy-physics" },
      { property: "article:tag", content: "attention" },
    ]);
    expect(twitterTags(PAPER)).toEqual([
      { name: "twitter:card", content: "summary" },
      { name: "twitter:title", content: PAPER.title },
      { name: "twitter:description", content: PAPER.description },
    ]);
  });

  it("show the paper's image as a large card when it has one", () => {
    const withImage = { ...BARE, imageUrl: "https://papers.example.org/_astro/figure.webp" };
    expect(openGraphTags(withImage, site)).toContainEqual({
      property: "og:image",
      content: withImage.imageUrl,
    });
    expect(twitterTags(withImage)).toEqual([
      { name: "twitter:card", content: "summary_large_image" },
      { name: "twitter:title", content: "A Survey" },
      { name: "twitter:description", content: "" },
      { name: "twitter:image", content: withImage.imageUrl },
    ]);
  });
});

describe("paperDescription", () => {
  it("keeps a short abstract whole", () => {
    expect(paperDescription("We show that $a < b$ & more.")).toBe("We show that $a < b$ & more.");
  });

  it("shortens a long abstract at a word boundary", () => {
    const description = paperDescription("word ".repeat(200));
    expect(description.length).toBeLessThanOrEqual(300);
    expect(description.length).toBeGreaterThan(250);
    expect(description).toMatch(/^word( word)*…$/);
  });
});

describe("scholarlyArticle", () => {
  it("describes the paper with its authors as people and its arXiv id as identifier and sameAs", () => {
    expect(scholarlyArticle(PAPER)).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: PAPER.title,
      name: PAPER.title,
      author: [
        { "@type": "Person", name: "Émilie du Châtelet" },
        { "@type": "Person", name: "Ada Lovelace" },
      ],
      datePublished: "2024-11-28",
      abstract: PAPER.abstract,
      keywords: ["high-energy-physics", "attention"],
      identifier: [{ "@type": "PropertyValue", propertyID: "arXiv", value: "2411.20010" }],
      sameAs: ["https://arxiv.org/abs/2411.20010"],
      url: PAPER.url,
      mainEntityOfPage: PAPER.url,
    });
  });

  it("names a DOI, leaves out what is unknown and dates the paper by its feed day", () => {
    expect(scholarlyArticle({ ...BARE, doi: "10.1000/a<b>" })).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: "A Survey",
      name: "A Survey",
      datePublished: "2025-07-31",
      identifier: [{ "@type": "PropertyValue", propertyID: "DOI", value: "10.1000/a<b>" }],
      sameAs: ["https://doi.org/10.1000/a%3Cb%3E"],
      url: BARE.url,
      mainEntityOfPage: BARE.url,
    });
  });
});

describe("serializeJsonLd", () => {
  it("writes JSON in which no text can close the script element or open a comment", () => {
    const value = { title: "</script><script>alert(1)</script> <!-- & -->", line: "a\u2028b" };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });

  it("round-trips a whole article", () => {
    expect(JSON.parse(serializeJsonLd(scholarlyArticle(PAPER)))).toEqual(scholarlyArticle(PAPER));
  });
});
