import { describe, expect, it } from "vitest";
import { formatGithubOutput } from "../../../src/lib/authoring/github-output.ts";

describe("formatGithubOutput", () => {
  it("writes one name=value line per output", () => {
    expect(formatGithubOutput({ since: "2025-07-29", added: 3, changed: true })).toBe(
      "since=2025-07-29\nadded=3\nchanged=true\n",
    );
  });

  it("refuses a value with a line break, which could set another output", () => {
    expect(() => formatGithubOutput({ arxiv: "2307.03381\noutcome=added" })).toThrow(
      "the output arxiv must be one line",
    );
    expect(() => formatGithubOutput({ arxiv: "x\r" })).toThrow("the output arxiv must be one line");
  });

  it("refuses a name that is not an output name", () => {
    expect(() => formatGithubOutput({ "a=b": "c" })).toThrow('not a step output name: "a=b"');
  });
});
