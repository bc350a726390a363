import { describe, expect, it } from "vitest";
import { createCommandOutput, createProgress } from "../../../src/lib/authoring/progress.ts";

function output(isTTY: boolean, columns = 80) {
  const written: string[] = [];
  return { written, stream: { write: (text: string) => written.push(text), isTTY, columns } };
}

describe("createProgress", () => {
  it("writes each status as a plain line when not on a terminal", () => {
    const { written, stream } = output(false);
    const progress = createProgress(stream);
    progress.status("paper 1 of 2: waiting for arXiv");
    progress.status("paper 2 of 2: checking 2307.03381");
    progress.done();
    expect(written.join("")).toBe(
      "paper 1 of 2: waiting for arXiv\npaper 2 of 2: checking 2307.03381\n",
    );
  });

  it("redraws one status line in place on a terminal and clears it when done", () => {
    const { written, stream } = output(true);
    const progress = createProgress(stream);
    progress.status("paper 1 of 2");
    progress.status("paper 2 of 2");
    progress.done();
    expect(written).toEqual(["\r\x1b[2Kpaper 1 of 2", "\r\x1b[2Kpaper 2 of 2", "\r\x1b[2K"]);
    expect(written.join("")).not.toContain("\n");
  });

  it("cuts a status to the terminal's width, so it never wraps", () => {
    const { written, stream } = output(true, 30);
    createProgress(stream).status("x".repeat(100));
    expect(written[0]).toBe(`\r\x1b[2K${"x".repeat(28)}…`);
  });

  it("clears nothing when no status was shown", () => {
    const { written, stream } = output(true);
    createProgress(stream).done();
    expect(written).toEqual([]);
  });
});

describe("createCommandOutput", () => {
  it("clears the progress line before each result line", () => {
    const lines: string[] = [];
    const { written, stream } = output(true);
    const out = createCommandOutput({ stdout: (line) => lines.push(line) }, stream);
    out.progress.status("day 1 of 2");
    out.say("2024-05-27  13 papers");
    expect(written).toEqual(["\r\x1b[2Kday 1 of 2", "\r\x1b[2K"]);
    expect(lines).toEqual(["2024-05-27  13 papers"]);
  });
});
