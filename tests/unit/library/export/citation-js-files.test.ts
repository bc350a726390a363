// The RIS and CSL-JSON files read back, every field of every record checked against what it must
// say, written out by hand; then what Zotero's importers make of them (tests/support/zotero-import.ts
// models their rules): CSL-JSON type `article` is a Preprint, whose repository and archive ID come
// from `publisher` and `number`; RIS has no preprint type, and TY RPRT is the Report that keeps them
// (institution, report number), where JOUR would lose them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cslJsonFile, risFile } from "../../../../src/library/export/citation-js-files.ts";
import { LIBRARY_PAPERS } from "../../../support/library-papers.ts";
import { risRecords } from "../../../support/ris.ts";
import { zoteroItemFromCsl, zoteroItemFromRis } from "../../../support/zotero-import.ts";

const ARXIV_ABSTRACT =
  "We bound the cost by $O(n^{2})$ & keep <b>tags</b>, \"quotes\" and 'apostrophes' as text.";
const ARXIV_TITLE = '$O(n^{2})$ {GPU} Kernels for <Attention> & "Friends"';
// The arXiv paper's authors, [family, given], as every format must split them.
const ARXIV_NAMES = [
  ["Ñúñez", "José"],
  ["Müller", "Zoë"],
  ["Kaiser", "Łukasz"],
  ["van Beethoven", "Ludwig"],
  ["Lovelace", "Ada"],
] as const;

describe("cslJsonFile", () => {
  it("writes every paper as a Preprint for Zotero, every field of it", () => {
    expect(JSON.parse(cslJsonFile(LIBRARY_PAPERS))).toEqual([
      {
        id: "2411.20010",
        type: "article",
        title: ARXIV_TITLE,
        author: ARXIV_NAMES.map(([family, given]) => ({ family, given })),
        issued: { "date-parts": [[2024, 11, 28]] },
        abstract: `${ARXIV_ABSTRACT}\n\nA second paragraph\nAU  - Injected, Author`,
        URL: "https://papers.example.org/papers/2411.20010/",
        DOI: "10.48550/arXiv.2411.20010",
        number: "arXiv:2411.20010",
        publisher: "arXiv",
        keyword: "attention, gpu",
      },
      {
        id: "scheduling-kernels-without-a-preprint",
        type: "article",
        title: "Scheduling Kernels Without a Preprint",
        author: [
          { family: "Hopper", given: "Grace" },
          { family: "de La Fontaine", given: "Jean" },
          { family: "DeepSeek-AI" },
        ],
        issued: { "date-parts": [[2025, 7, 31]] },
        URL: "https://papers.example.org/papers/scheduling-kernels-without-a-preprint/",
        DOI: "10.1145/3178876.3186154",
      },
      {
        id: "2412.00001",
        type: "article",
        title: "$O(1)$ Memory, the Same Key Again",
        author: [{ family: "Ñúñez", given: "Lucía" }],
        issued: { "date-parts": [[2024, 12, 1]] },
        abstract: "One line.",
        URL: "https://papers.example.org/papers/2412.00001/",
        DOI: "10.48550/arXiv.2412.00001",
        number: "arXiv:2412.00001",
        publisher: "arXiv",
        keyword: "memory",
      },
      {
        id: "hep-th-9901001",
        type: "article",
        title: "Strings Before 2007",
        author: [
          { family: "du Châtelet", given: "Émilie" },
          { family: "Babbage", given: "Charles" },
        ],
        issued: { "date-parts": [[1999, 1, 4]] },
        abstract: "Strings, before arXiv's new identifiers.",
        URL: "https://papers.example.org/papers/hep-th-9901001/",
        DOI: "10.48550/arXiv.hep-th/9901001",
        number: "arXiv:hep-th/9901001",
        publisher: "arXiv",
        keyword: "high-energy-physics",
      },
    ]);
  });

  it("writes an empty list for no papers", () => {
    expect(JSON.parse(cslJsonFile([]))).toEqual([]);
  });
});

describe("risFile", () => {
  it("writes every paper as a report record, every field of it, each on one line", () => {
    const records = risRecords(risFile(LIBRARY_PAPERS)).map((record) => tagValues(record));
    expect(records).toEqual([
      {
        TY: ["RPRT"],
        TI: [ARXIV_TITLE],
        AU: ARXIV_NAMES.map(([family, given]) => `${family}, ${given}`),
        DA: ["2024/11/28/"],
        PY: ["2024"],
        // Line breaks fold to spaces: what followed one cannot start a field of its own.
        AB: [`${ARXIV_ABSTRACT} A second paragraph AU - Injected, Author`],
        UR: ["https://papers.example.org/papers/2411.20010/"],
        DO: ["10.48550/arXiv.2411.20010"],
        PB: ["arXiv"],
        SN: ["arXiv:2411.20010"],
        M3: ["Preprint"],
        KW: ["attention", "gpu"],
        ID: ["2411.20010"],
      },
      {
        TY: ["RPRT"],
        TI: ["Scheduling Kernels Without a Preprint"],
        AU: ["Hopper, Grace", "de La Fontaine, Jean", "DeepSeek-AI"],
        DA: ["2025/7/31/"],
        PY: ["2025"],
        UR: ["https://papers.example.org/papers/scheduling-kernels-without-a-preprint/"],
        DO: ["10.1145/3178876.3186154"],
        M3: ["Preprint"],
        // Citation.js cuts the record's label to RIS's 20 characters; readers use it for nothing else.
        ID: ["scheduling-kernels-w"],
      },
      {
        TY: ["RPRT"],
        TI: ["$O(1)$ Memory, the Same Key Again"],
        AU: ["Ñúñez, Lucía"],
        DA: ["2024/12/1/"],
        PY: ["2024"],
        AB: ["One line."],
        UR: ["https://papers.example.org/papers/2412.00001/"],
        DO: ["10.48550/arXiv.2412.00001"],
        PB: ["arXiv"],
        SN: ["arXiv:2412.00001"],
        M3: ["Preprint"],
        KW: ["memory"],
        ID: ["2412.00001"],
      },
      {
        TY: ["RPRT"],
        TI: ["Strings Before 2007"],
        AU: ["du Châtelet, Émilie", "Babbage, Charles"],
        DA: ["1999/1/4/"],
        PY: ["1999"],
        AB: ["Strings, before arXiv's new identifiers."],
        UR: ["https://papers.example.org/papers/hep-th-9901001/"],
        DO: ["10.48550/arXiv.hep-th/9901001"],
        PB: ["arXiv"],
        SN: ["arXiv:hep-th/9901001"],
        M3: ["Preprint"],
        KW: ["high-energy-physics"],
        ID: ["hep-th-9901001"],
      },
    ]);
  });

  it("starts each record with its type", () => {
    for (const record of risRecords(risFile(LIBRARY_PAPERS)))
      expect(record[0]).toEqual(["TY", "RPRT"]);
  });

  it("never breaks a long value over lines, as Citation.js's own text output does", () => {
    const url = `https://papers.example.org/papers/${"a".repeat(200)}/`;
    const [paper] = LIBRARY_PAPERS;
    if (!paper) throw new Error("the library fixtures are missing");
    const [record] = risRecords(risFile([{ ...paper, urls: { ...paper.urls, page: url } }]));
    expect(record).toContainEqual(["UR", url]);
  });

  it("writes nothing for no papers", () => {
    expect(risFile([])).toBe("");
  });
});

describe("text from outside", () => {
  // Any text, with what could end an RIS line or start a record or field mixed in.
  const text = fc
    .array(
      fc.oneof(
        fc.string({ unit: "binary" }),
        fc.constantFrom(
          "\n",
          "\r",
          "\u2028",
          "\u0085",
          "\r\nER  - \r\n",
          "\nTY  - JOUR",
          "\nAU  - X",
        ),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(""));
  const [paper] = LIBRARY_PAPERS;
  if (!paper) throw new Error("the library fixtures are missing");
  const fold = (value: string) => value.replace(/[\s\u0085]+/g, " ").trim();

  it("stays one record of one-line fields in RIS, and exact in CSL-JSON", () => {
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 4 }), (title, abstract, authors) => {
        const hostile = { ...paper, title, abstract: { text: abstract, html: "" }, authors };
        const [record, ...more] = risRecords(risFile([hostile]));
        expect(more).toEqual([]);
        const values = tagValues(record ?? []);
        expect(values["TY"]).toEqual(["RPRT"]);
        expect(values["TI"] ?? [""]).toEqual([fold(title)]);
        expect(values["AU"] ?? []).toHaveLength(authors.filter((name) => name.trim()).length);
        const [item] = JSON.parse(cslJsonFile([hostile])) as {
          title?: string;
          abstract?: string;
        }[];
        expect(item?.title ?? "").toBe(title);
        expect(item?.abstract ?? "").toBe(abstract);
      }),
    );
  });
});

describe("what Zotero imports", () => {
  const [arxivPaper, doiPaper] = LIBRARY_PAPERS;
  if (!arxivPaper || !doiPaper) throw new Error("the library fixtures are missing");
  const arxivCreators = ARXIV_NAMES.map(([lastName, firstName]) => ({ lastName, firstName }));

  it("imports the CSL-JSON file as Preprints, with what saving the paper's page gives", () => {
    const items = JSON.parse(cslJsonFile([arxivPaper, doiPaper])) as Record<string, unknown>[];
    expect(items.map((item) => zoteroItemFromCsl(item))).toEqual([
      {
        itemType: "preprint",
        title: ARXIV_TITLE,
        creators: arxivCreators,
        date: "2024-11-28",
        abstractNote: `${ARXIV_ABSTRACT}\n\nA second paragraph\nAU  - Injected, Author`,
        url: "https://papers.example.org/papers/2411.20010/",
        DOI: "10.48550/arXiv.2411.20010",
        repository: "arXiv",
        archiveID: "arXiv:2411.20010",
      },
      {
        itemType: "preprint",
        title: "Scheduling Kernels Without a Preprint",
        creators: [
          { lastName: "Hopper", firstName: "Grace" },
          { lastName: "de La Fontaine", firstName: "Jean" },
          { lastName: "DeepSeek-AI", firstName: "" },
        ],
        date: "2025-07-31",
        url: "https://papers.example.org/papers/scheduling-kernels-without-a-preprint/",
        DOI: "10.1145/3178876.3186154",
      },
    ]);
  });

  it("imports the RIS file as Reports that keep the repository, archive ID and type", () => {
    const [record] = risRecords(risFile([arxivPaper]));
    expect(zoteroItemFromRis(record ?? [])).toEqual({
      itemType: "report",
      title: ARXIV_TITLE,
      creators: arxivCreators,
      date: "2024-11-28",
      abstractNote: `${ARXIV_ABSTRACT} A second paragraph AU - Injected, Author`,
      url: "https://papers.example.org/papers/2411.20010/",
      DOI: "10.48550/arXiv.2411.20010",
      institution: "arXiv",
      reportNumber: "arXiv:2411.20010",
      reportType: "Preprint",
      tags: ["attention", "gpu"],
    });
  });
});

// A record's values by tag, in order within each tag: every tag the record has, and only those.
function tagValues(record: [string, string][]): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [tag, value] of record) (values[tag] ??= []).push(value);
  return values;
}
