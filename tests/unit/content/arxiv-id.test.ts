import { describe, expect, it } from "vitest";
import {
  arxivAbsUrl,
  arxivArchiveId,
  arxivDoi,
  arxivPaperId,
  arxivPdfUrl,
  extractArxivId,
  parseArxivId,
} from "../../../src/lib/content/arxiv-id.ts";

describe("parseArxivId: new style", () => {
  it.each([
    ["0704.0001", { id: "0704.0001" }],
    ["1412.1234", { id: "1412.1234" }],
    ["1501.00001", { id: "1501.00001" }],
    ["2307.03381", { id: "2307.03381" }],
    ["2307.03381v2", { id: "2307.03381", version: "v2" }],
    ["2307.03381v10", { id: "2307.03381", version: "v10" }],
  ])("reads %s", (value, expected) => expect(parseArxivId(value)).toEqual(expected));

  it("has no version key when none was given", () => {
    expect(parseArxivId("2307.03381")).not.toHaveProperty("version");
  });

  it.each([
    ["2307.0338", "four digits after 2014"],
    ["1501.0001", "four digits after 2014"],
    ["1412.12345", "five digits before 2015"],
    ["0703.0001", "before new-style ids began in April 2007"],
    ["0612.1234", "before new-style ids began in April 2007"],
    ["2313.00001", "month 13"],
    ["2300.00001", "month 00"],
    ["2307.033810", "six digits"],
    ["2307.03381v0", "version 0"],
    ["2307.03381v", "empty version"],
    ["2307.03381V2", "capital V"],
    [" 2307.03381", "surrounding space"],
    ["arXiv:2307.03381", "a prefix (only extractArxivId reads those)"],
    ["", "nothing"],
  ])("rejects %j (%s)", (value) => expect(parseArxivId(value)).toBeNull());
});

describe("parseArxivId: old style", () => {
  it.each([
    ["hep-th/9901001", { id: "hep-th/9901001" }],
    ["hep-th/9901001v3", { id: "hep-th/9901001", version: "v3" }],
    ["math.GT/0309136", { id: "math.GT/0309136" }],
    ["math.GT/0309136v1", { id: "math.GT/0309136", version: "v1" }],
    ["cond-mat/0001001", { id: "cond-mat/0001001" }],
    ["astro-ph/0701001", { id: "astro-ph/0701001" }],
  ])("reads %s", (value, expected) => expect(parseArxivId(value)).toEqual(expected));

  it.each([
    "HEP-TH/9901001",
    "math.gt/0309136",
    "math.GTX/0309136",
    "hep-th/990100",
    "hep-th/99010012",
    "hep-th9901001",
    "/9901001",
    "hep-th/",
  ])("rejects %j", (value) => expect(parseArxivId(value)).toBeNull());
});

describe("extractArxivId", () => {
  it.each([
    ["2307.03381", { id: "2307.03381" }],
    ["  2307.03381v2\n", { id: "2307.03381", version: "v2" }],
    ["arXiv:2307.03381", { id: "2307.03381" }],
    ["arXiv:2307.03381v2", { id: "2307.03381", version: "v2" }],
    ["ARXIV: 2307.03381", { id: "2307.03381" }],
    ["arxiv:hep-th/9901001", { id: "hep-th/9901001" }],
    ["arXiv:math.GT/0309136v2", { id: "math.GT/0309136", version: "v2" }],
  ])("reads the bare or prefixed id %j", (input, expected) =>
    expect(extractArxivId(input)).toEqual(expected),
  );

  it.each([
    ["https://arxiv.org/abs/2307.03381", { id: "2307.03381" }],
    ["https://arxiv.org/abs/2307.03381v2", { id: "2307.03381", version: "v2" }],
    ["https://arxiv.org/pdf/2307.03381v2.pdf", { id: "2307.03381", version: "v2" }],
    ["https://arxiv.org/pdf/2307.03381", { id: "2307.03381" }],
    ["https://arxiv.org/html/2307.03381v1", { id: "2307.03381", version: "v1" }],
    ["https://arxiv.org/html/2307.03381v1/", { id: "2307.03381", version: "v1" }],
    ["https://arxiv.org/format/2307.03381", { id: "2307.03381" }],
    ["http://arxiv.org/abs/2307.03381", { id: "2307.03381" }],
    ["https://www.arxiv.org/abs/2307.03381", { id: "2307.03381" }],
    ["https://export.arxiv.org/abs/2307.03381", { id: "2307.03381" }],
    ["https://arxiv.org/abs/2307.03381?context=cs.CV", { id: "2307.03381" }],
    ["https://arxiv.org/abs/2307.03381#references", { id: "2307.03381" }],
    ["https://arxiv.org/abs/hep-th/9901001v3", { id: "hep-th/9901001", version: "v3" }],
    ["https://arxiv.org/pdf/math.GT/0309136.pdf", { id: "math.GT/0309136" }],
  ])("reads the URL %s", (input, expected) => expect(extractArxivId(input)).toEqual(expected));

  it.each([
    "junk",
    "",
    "   ",
    "arXiv:",
    "arXiv:2307.0338",
    "https://example.org/abs/2307.03381",
    "https://arxiv.org.evil.example/abs/2307.03381",
    "https://arxiv.org/list/cs.CV/recent",
    "https://arxiv.org/abs/",
    "https://arxiv.org/abs/2307.0338",
    "https://arxiv.org/a/lovelace_a_1",
    "arxiv.org/abs/2307.03381",
    "see 2307.03381",
  ])("finds nothing in %j", (input) => expect(extractArxivId(input)).toBeNull());
});

describe("arxivPaperId", () => {
  it("drops the version", () => {
    expect(arxivPaperId("2307.03381")).toBe("2307.03381");
    expect(arxivPaperId("2307.03381v2")).toBe("2307.03381");
  });

  it("replaces the slash of an old-style id", () => {
    expect(arxivPaperId("hep-th/9901001")).toBe("hep-th-9901001");
    expect(arxivPaperId("hep-th/9901001v2")).toBe("hep-th-9901001");
    expect(arxivPaperId("math.GT/0309136")).toBe("math.GT-0309136");
  });

  it("throws on something that is not an arXiv id, naming it", () => {
    expect(() => arxivPaperId("2307.0338")).toThrow(RangeError);
    expect(() => arxivPaperId("junk")).toThrow(/junk/);
  });
});

describe("arXiv URLs", () => {
  it("builds abstract and PDF URLs, keeping a version", () => {
    expect(arxivAbsUrl("2307.03381")).toBe("https://arxiv.org/abs/2307.03381");
    expect(arxivAbsUrl("2307.03381v2")).toBe("https://arxiv.org/abs/2307.03381v2");
    expect(arxivPdfUrl("2307.03381")).toBe("https://arxiv.org/pdf/2307.03381");
    expect(arxivPdfUrl("hep-th/9901001v1")).toBe("https://arxiv.org/pdf/hep-th/9901001v1");
  });

  it("builds URLs that extractArxivId reads back", () => {
    for (const id of ["2307.03381v2", "0704.0001", "hep-th/9901001", "math.GT/0309136v1"]) {
      const expected = parseArxivId(id);
      expect(extractArxivId(arxivAbsUrl(id))).toEqual(expected);
      expect(extractArxivId(arxivPdfUrl(id))).toEqual(expected);
    }
  });
});

describe("arXiv DOIs and archive IDs", () => {
  it.each([
    ["2307.03381", "10.48550/arXiv.2307.03381", "arXiv:2307.03381"],
    ["2307.03381v2", "10.48550/arXiv.2307.03381", "arXiv:2307.03381"],
    ["hep-th/9901001v1", "10.48550/arXiv.hep-th/9901001", "arXiv:hep-th/9901001"],
  ])("names %s as arXiv registers and Zotero cites it", (id, doi, archiveId) => {
    expect(arxivDoi(id)).toBe(doi);
    expect(arxivArchiveId(id)).toBe(archiveId);
  });

  it("refuses what is not an arXiv id", () => {
    expect(() => arxivDoi("hep-th-9901001")).toThrow(/hep-th-9901001/);
    expect(() => arxivArchiveId("junk")).toThrow(/junk/);
  });
});
