import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PAGE_BACKGROUND } from "../../../src/lib/config/site-config.ts";

// The accent colours are checked against PAGE_BACKGROUND, so it must be the background the pages paint.
const css = readFileSync(new URL("../../../src/styles/global.css", import.meta.url), "utf8");
const darkBlock = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
const background = (block: string) => /--bg:\s*(#[0-9a-f]{6})\s*;/i.exec(block)?.[1]?.toLowerCase();

describe("PAGE_BACKGROUND and global.css", () => {
  it.each([
    ["light", css, PAGE_BACKGROUND.light],
    ["dark", darkBlock, PAGE_BACKGROUND.dark],
  ])("name the same %s background", (_mode, block, expected) => {
    expect(background(block)).toBe(expected);
  });

  it("the page is painted with --bg", () => {
    expect(css).toMatch(/body\s*{[^}]*background:\s*var\(--bg\)/);
  });
});
