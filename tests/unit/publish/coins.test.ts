import { describe, expect, it } from "vitest";
import { coinsContextObject, type CoinsPaper } from "../../../src/lib/publish/coins.ts";

const PAPER: CoinsPaper = {
  title: 'Escaping </script> & "Quotes" in\n  Ångström-Scale Attention = 1+1',
  authors: ["Émilie du Châtelet", "Ada Lovelace"],
  day: "2024-11-29",
  published: "2024-11-28",
  arxiv: "2411.20010v2",
  url: "https://papers.example.org/papers/2411.20010/",
};

// An OpenURL 1.0 ContextObject in the Dublin Core format.
const HEADER = [
  ["ctx_ver", "Z39.88-2004"],
  ["rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"],
];

/** The ContextObject's keys and decoded values, in order. */
function entries(contextObject: string): [string, string][] {
  return contextObject.split("&").map((entry) => {
    const [key = "", value = "", ...rest] = entry.split("=");
    expect(rest, `one "=" in ${entry}`).toEqual([]);
    return [key, decodeURIComponent(value)];
  });
}

describe("coinsContextObject", () => {
  it("describes an arXiv paper as a Dublin Core preprint with its DOI, URL, authors and date", () => {
    expect(entries(coinsContextObject(PAPER))).toEqual([
      ...HEADER,
      ["rft_id", "info:doi/10.48550/arXiv.2411.20010"],
      ["rft_id", PAPER.url],
      ["rft.type", "preprint"],
      ["rft.title", 'Escaping </script> & "Quotes" in Ångström-Scale Attention = 1+1'],
      ["rft.au", "Émilie du Châtelet"],
      ["rft.au", "Ada Lovelace"],
      ["rft.date", "2024-11-28"],
    ]);
  });

  it("encodes every separator, so that no value can add a key", () => {
    const contextObject = coinsContextObject({ ...PAPER, title: "a&rft.au=Mallory" });
    expect(contextObject).toContain("rft.title=a%26rft.au%3DMallory");
    expect(entries(contextObject).filter(([key]) => key === "rft.au")).toHaveLength(2);
  });

  it("gives a paper's own DOI and dates it by its feed day when its publication date is unknown", () => {
    const bare = {
      title: "A Survey",
      authors: [],
      day: "2025-07-31",
      url: PAPER.url,
      doi: "10.1/x",
    };
    expect(entries(coinsContextObject(bare))).toEqual([
      ...HEADER,
      ["rft_id", "info:doi/10.1/x"],
      ["rft_id", PAPER.url],
      ["rft.type", "preprint"],
      ["rft.title", "A Survey"],
      ["rft.date", "2025-07-31"],
    ]);
  });
});
