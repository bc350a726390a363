import { describe, expect, it } from "vitest";
import {
  bibtexFile,
  bibtexKey,
  toBibtex,
  toPlainCitation,
  type CitationInput,
} from "../../../src/lib/publish/citation.ts";

const geodesic: CitationInput = {
  title: "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
  authors: ["Changdae Oh", "Junhyuk So", "Hoyoon Byun"],
  year: 2023,
  arxiv: "2307.03381v2",
  primaryClass: "cs.LG",
  url: "https://papers.example.org/papers/2307.03381/",
};

const workshop: CitationInput = {
  title: "A Workshop Paper",
  authors: ["Ada Lovelace", "Charles Babbage"],
  year: "1843",
  url: "https://example.org/workshop/paper",
};

describe("bibtexKey", () => {
  it("joins the first author's surname, the year and the first significant title word", () => {
    expect(bibtexKey(geodesic)).toBe("oh2023geodesic");
    expect(bibtexKey(workshop)).toBe("lovelace1843workshop");
  });

  it.each([
    ["The Geometry of Mixup", "geometry"],
    ["On the Nature of Things", "nature"],
    ["Towards a Theory of Everything", "theory"],
    ["An Image is Worth 16x16 Words", "image"],
    ["Of Mice and Men", "mice"],
    ["3D Gaussian Splatting", "3d"],
    ["BERT: Pre-training of Deep Bidirectional Transformers", "bert"],
    ["Don't Stop Pretraining", "don"],
  ])("takes the word of %j", (title, word) => {
    expect(bibtexKey({ ...workshop, title, year: 2020 })).toBe(`lovelace2020${word}`);
  });

  it("falls back to the first word when every word is a stop word", () => {
    expect(bibtexKey({ ...workshop, title: "On the Of", year: 2020 })).toBe("lovelace2020on");
  });

  it("leaves the word out when the title has no ASCII letters", () => {
    expect(bibtexKey({ ...workshop, title: "深層学習", year: 2020 })).toBe("lovelace2020");
  });

  it("uses anonymous when there are no authors", () => {
    expect(bibtexKey({ ...geodesic, authors: [] })).toBe("anonymous2023geodesic");
    expect(bibtexKey({ ...geodesic, authors: ["  "] })).toBe("anonymous2023geodesic");
    expect(bibtexKey({ ...geodesic, authors: ["张伟"] })).toBe("anonymous2023geodesic");
  });

  it("strips accents and folds letters to lowercase ASCII", () => {
    expect(
      bibtexKey({
        ...workshop,
        authors: ["Zoë Müller-Lüdenscheidt"],
        title: "Über Élan",
        year: 2021,
      }),
    ).toBe("mullerludenscheidt2021uber");
    expect(bibtexKey({ ...workshop, authors: ["Søren Weiß"], title: "Ærø", year: 2021 })).toBe(
      "weiss2021aero",
    );
    expect(bibtexKey({ ...workshop, authors: ["Paweł Łukasz"], title: "Łódź", year: 2021 })).toBe(
      "lukasz2021lodz",
    );
  });

  it("reads the surname of names written surname first, with particles or with suffixes", () => {
    const key = (name: string) => bibtexKey({ ...workshop, authors: [name], year: 2000 });
    expect(key("Lovelace, Ada")).toBe("lovelace2000workshop");
    expect(key("van Beethoven, Ludwig")).toBe("vanbeethoven2000workshop");
    expect(key("Ludwig van Beethoven")).toBe("beethoven2000workshop");
    expect(key("Martin Luther King Jr.")).toBe("king2000workshop");
    expect(key("Martin Luther King, Jr.")).toBe("king2000workshop");
    expect(key("Henry Ford III")).toBe("ford2000workshop");
    expect(key("Plato")).toBe("plato2000workshop");
    expect(key("  Ada   Lovelace ")).toBe("lovelace2000workshop");
  });

  it("uses only the first author", () => {
    expect(bibtexKey({ ...workshop, authors: ["Charles Babbage", "Ada Lovelace"] })).toBe(
      "babbage1843workshop",
    );
  });

  it("gives keys of lowercase ASCII letters and digits only", () => {
    const key = bibtexKey({
      title: "$\\alpha$-{Net}: 50% & more",
      authors: ["O'Brien"],
      year: "2024",
      url: "",
    });
    expect(key).toBe("obrien2024alpha");
    expect(key).toMatch(/^[a-z0-9]+$/);
  });
});

describe("toBibtex", () => {
  it("writes an arXiv paper the way arXiv's BibTeX export does", () => {
    expect(toBibtex(geodesic)).toBe(
      [
        "@misc{oh2023geodesic,",
        "  title = {Geodesic Multi-Modal Mixup for Robust Fine-Tuning},",
        "  author = {Changdae Oh and Junhyuk So and Hoyoon Byun},",
        "  year = {2023},",
        "  eprint = {2307.03381},",
        "  archivePrefix = {arXiv},",
        "  primaryClass = {cs.LG},",
        "  url = {https://arxiv.org/abs/2307.03381},",
        "}",
      ].join("\n"),
    );
  });

  it("cites an old-style arXiv id without its version", () => {
    const entry = toBibtex({ ...geodesic, arxiv: "hep-th/9901001v3", primaryClass: undefined });
    expect(entry).toContain(
      "  eprint = {hep-th/9901001},\n  archivePrefix = {arXiv},\n  url = {https://arxiv.org/abs/hep-th/9901001},\n",
    );
    expect(entry).not.toContain("primaryClass");
  });

  it("writes a paper without arXiv with its own URL and no arXiv fields", () => {
    expect(toBibtex(workshop)).toBe(
      [
        "@misc{lovelace1843workshop,",
        "  title = {A Workshop Paper},",
        "  author = {Ada Lovelace and Charles Babbage},",
        "  year = {1843},",
        "  url = {https://example.org/workshop/paper},",
        "}",
      ].join("\n"),
    );
  });

  it("leaves primaryClass out without an arXiv id", () => {
    expect(toBibtex({ ...workshop, primaryClass: "cs.LG" })).not.toContain("primaryClass");
  });

  it("adds the DOI when known, before the URL", () => {
    const entry = toBibtex({ ...geodesic, doi: "10.48550/arXiv.2307.03381" });
    expect(entry).toContain(
      "  primaryClass = {cs.LG},\n  doi = {10.48550/arXiv.2307.03381},\n  url = {https://arxiv.org/abs/2307.03381},\n}",
    );
  });

  it("omits the author field when the authors are unknown", () => {
    const entry = toBibtex({ ...geodesic, authors: [] });
    expect(entry).not.toContain("author");
    expect(entry.split("\n")[0]).toBe("@misc{anonymous2023geodesic,");
  });

  it("escapes LaTeX special characters in the title", () => {
    const entry = toBibtex({ ...workshop, title: "50% of R&D: $x_1$ {sets} #1 ~ x^2 \\ back" });
    expect(entry).toContain(
      "  title = {50\\% of R\\&D: \\$x\\_1\\$ \\{sets\\} \\#1 \\textasciitilde{} x\\textasciicircum{}2 \\textbackslash{} back},",
    );
  });

  it("escapes LaTeX special characters in author names and keeps non-ASCII letters", () => {
    const entry = toBibtex({ ...workshop, authors: ["Zoë Ørsted", "A_B & C"] });
    expect(entry).toContain("  author = {Zoë Ørsted and A\\_B \\& C},");
  });

  it("keeps a name containing a separate word 'and' whole", () => {
    const entry = toBibtex({ ...workshop, authors: ["Smith and Sons Research", "Ada Lovelace"] });
    expect(entry).toContain("  author = {{Smith and Sons Research} and Ada Lovelace},");
  });

  it("keeps URLs and DOIs usable as links: no backslashes, braces percent-encoded", () => {
    const entry = toBibtex({
      ...workshop,
      url: "https://example.org/a_b%20c?x=1&y=2#frag{1}",
      doi: "10.1000/a_b{c}",
    });
    expect(entry).toContain("  doi = {10.1000/a_b%7Bc%7D},");
    expect(entry).toContain("  url = {https://example.org/a_b%20c?x=1&y=2#frag%7B1%7D},");
  });

  it("keeps every value's braces balanced", () => {
    const entry = toBibtex({
      title: "}{ unbalanced { title",
      authors: ["}Evil{"],
      year: "20}24",
      primaryClass: "cs}",
      arxiv: "2307.03381",
      doi: "10.1/}",
      url: "https://x.org/}",
    });
    for (const line of entry.split("\n").slice(1, -1)) {
      // Escaped braces are text; every other brace must open and close within the line.
      let depth = 0;
      for (const character of line.replace(/\\[{}]/g, "")) {
        if (character === "{") depth++;
        if (character === "}") depth--;
        expect(depth, line).toBeGreaterThanOrEqual(0);
      }
      expect(depth, line).toBe(0);
    }
  });

  it("collapses whitespace in the title and names", () => {
    const entry = toBibtex({
      ...workshop,
      title: "  A   Workshop\tPaper ",
      authors: [" Ada  Lovelace "],
    });
    expect(entry).toContain("  title = {A Workshop Paper},\n  author = {Ada Lovelace},");
  });

  it("throws on an invalid arXiv id, naming it", () => {
    expect(() => toBibtex({ ...geodesic, arxiv: "2307.0338" })).toThrow(/2307\.0338/);
  });
});

describe("toPlainCitation", () => {
  it("cites an arXiv paper by its id without version", () => {
    expect(toPlainCitation(geodesic)).toBe(
      "Changdae Oh, Junhyuk So, Hoyoon Byun. Geodesic Multi-Modal Mixup for Robust Fine-Tuning. arXiv:2307.03381, 2023.",
    );
  });

  it("matches the documented example", () => {
    expect(
      toPlainCitation({
        title: "Title",
        authors: ["Ada Lovelace", "Charles Babbage"],
        year: 2023,
        arxiv: "2307.03381",
        url: "https://example.org",
      }),
    ).toBe("Ada Lovelace, Charles Babbage. Title. arXiv:2307.03381, 2023.");
  });

  it("cites a paper without arXiv by its URL", () => {
    expect(toPlainCitation(workshop)).toBe(
      "Ada Lovelace, Charles Babbage. A Workshop Paper. https://example.org/workshop/paper, 1843.",
    );
  });

  it("starts with the title when the authors are unknown", () => {
    expect(toPlainCitation({ ...geodesic, authors: [] })).toBe(
      "Geodesic Multi-Modal Mixup for Robust Fine-Tuning. arXiv:2307.03381, 2023.",
    );
  });

  it("does not double the full stop after a title or name that ends a sentence", () => {
    expect(toPlainCitation({ ...workshop, title: "Is Mixup Robust?" })).toContain(
      "Charles Babbage. Is Mixup Robust? https://",
    );
    expect(
      toPlainCitation({ ...workshop, title: "Done.", authors: ["Martin Luther King Jr."] }),
    ).toBe("Martin Luther King Jr. Done. https://example.org/workshop/paper, 1843.");
  });

  it("keeps LaTeX characters and non-ASCII letters as written", () => {
    expect(toPlainCitation({ ...workshop, title: "50% of $x_1$", authors: ["Zoë Ørsted"] })).toBe(
      "Zoë Ørsted. 50% of $x_1$. https://example.org/workshop/paper, 1843.",
    );
  });
});

describe("bibtexFile", () => {
  const paper = (title: string, arxiv?: string) => ({
    title,
    authors: ["Ada Lovelace"],
    year: 2025,
    url: "https://papers.example.org/papers/x/",
    ...(arxiv ? { arxiv } : {}),
  });

  it("writes each paper's entry, as its page has it, in order", () => {
    const papers = [paper("Notes on Engines", "2501.00001"), paper("Bernoulli Numbers")];
    expect(bibtexFile(papers)).toBe(`${toBibtex(papers[0]!)}\n\n${toBibtex(papers[1]!)}\n\n`);
  });

  it("gives a key used before a number, so that every key in the file is unique", () => {
    const file = bibtexFile([paper("Engines"), paper("Engines, again"), paper("The Engines")]);
    const keys = [...file.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1]);
    expect(keys).toEqual(["lovelace2025engines", "lovelace2025engines-2", "lovelace2025engines-3"]);
  });

  it("writes nothing for no papers", () => {
    expect(bibtexFile([])).toBe("");
  });
});
