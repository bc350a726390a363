import { describe, expect, it } from "vitest";
import { risFile, toRis, type RisInput } from "../../../src/lib/publish/ris.ts";
import { risRecords as parseRis } from "../../support/ris.ts";
import { zoteroItemFromRis } from "../../support/zotero-import.ts";

const PAPER: RisInput = {
  title: 'Escaping </script> & "Quotes" in\nÅngström-Scale {Attention}',
  authors: ["Émilie du Châtelet", "Lovelace, Ada", "Martin Luther King Jr.", "Plato"],
  date: "2024-11-28",
  arxiv: "2411.20010v2",
  url: "https://papers.example.org/papers/2411.20010/",
  abstract: "We bound $\\|x\\|_2 < \\varepsilon$\n\nfor every token.",
  tags: ["attention", "high-energy-physics"],
};

describe("toRis", () => {
  it("writes every field of an arXiv paper, names last name first, one line each", () => {
    expect(parseRis(toRis(PAPER))).toEqual([
      [
        ["TY", "RPRT"],
        ["TI", 'Escaping </script> & "Quotes" in Ångström-Scale {Attention}'],
        ["AU", "Châtelet, Émilie du"],
        ["AU", "Lovelace, Ada"],
        ["AU", "King, Martin Luther, Jr."],
        ["AU", "Plato"],
        ["PY", "2024"],
        ["DA", "2024/11/28/"],
        ["PB", "arXiv"],
        ["SN", "arXiv:2411.20010"],
        ["M3", "Preprint"],
        ["DO", "10.48550/arXiv.2411.20010"],
        ["UR", PAPER.url],
        ["AB", "We bound $\\|x\\|_2 < \\varepsilon$ for every token."],
        ["KW", "attention"],
        ["KW", "high-energy-physics"],
      ],
    ]);
  });

  it("leaves out what a paper without an arXiv id, authors or abstract does not have", () => {
    const bare = {
      title: "A Survey",
      authors: [],
      date: "2025-07-31",
      url: PAPER.url,
      doi: "10.1/x",
    };
    expect(parseRis(toRis(bare))).toEqual([
      [
        ["TY", "RPRT"],
        ["TI", "A Survey"],
        ["PY", "2025"],
        ["DA", "2025/07/31/"],
        ["M3", "Preprint"],
        ["DO", "10.1/x"],
        ["UR", PAPER.url],
      ],
    ]);
  });
});

describe("toRis, as Zotero's RIS import reads it (tests/support/zotero-import.ts)", () => {
  it("gives a Report that keeps arXiv as institution, the archive ID and the Preprint type", () => {
    const [record] = parseRis(toRis(PAPER));
    expect(zoteroItemFromRis(record ?? [])).toMatchObject({
      itemType: "report",
      title: 'Escaping </script> & "Quotes" in Ångström-Scale {Attention}',
      date: "2024-11-28",
      DOI: "10.48550/arXiv.2411.20010",
      institution: "arXiv",
      reportNumber: "arXiv:2411.20010",
      reportType: "Preprint",
      url: PAPER.url,
    });
  });
});

describe("risFile", () => {
  it("writes one record per paper, in order", () => {
    const records = parseRis(risFile([PAPER, { ...PAPER, title: "Second" }]));
    expect(records.map((record) => record.find(([tag]) => tag === "TI")?.[1])).toEqual([
      'Escaping </script> & "Quotes" in Ångström-Scale {Attention}',
      "Second",
    ]);
  });

  it("writes nothing for no papers", () => {
    expect(risFile([])).toBe("");
  });
});
