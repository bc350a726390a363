import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../../src/lib/content/decode-utf8.ts";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))),
  );

describe("decodeUtf8", () => {
  it("reads UTF-8, and drops a byte-order mark", () => {
    expect(decodeUtf8(bytes('---\ntitle: "Café"\n'))).toEqual({ text: '---\ntitle: "Café"\n' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "---\n"))).toEqual({ text: "---\n" });
    expect(decodeUtf8(bytes("𝔼 ∑ 日本"))).toEqual({ text: "𝔼 ∑ 日本" });
  });

  it.each([
    ["a Latin-1 é", ['---\ntitle: "Caf', [0xe9], ' paper"\n'], 2, 12, 0xe9],
    ["a lone continuation byte", ["ab", [0x80]], 1, 3, 0x80],
    ["an overlong slash", ["x\n\ny", [0xc0, 0xaf]], 3, 2, 0xc0],
    ["a sequence cut short", ["é", [0xe2, 0x82], "A"], 1, 2, 0xe2],
    ["an encoded surrogate", ["∑", [0xed, 0xa0, 0x80]], 1, 2, 0xed],
    ["a code point past U+10FFFF", [[0xf4, 0x90, 0x80, 0x80]], 1, 1, 0xf4],
    ["a truncated end of file", ["ok ", [0xf0, 0x9d]], 1, 4, 0xf0],
    ["a byte after a byte-order mark", [[0xef, 0xbb, 0xbf, 0xff]], 1, 1, 0xff],
  ] as const)("finds the line and column of %s", (_name, parts, line, column, byte) => {
    const decoded = decodeUtf8(
      bytes(...parts.map((part) => (typeof part === "string" ? part : [...part]))),
    );
    expect(decoded.text).toBeUndefined();
    expect(decoded.invalid).toEqual({
      position: { line, column },
      byte,
      message: `is not UTF-8: byte 0x${byte.toString(16).toUpperCase()} cannot be read (a file saved as Latin-1 or Windows-1252?); save it as UTF-8`,
    });
  });
});
