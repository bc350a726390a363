import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipSize } from "../../../bench/gzip-size.ts";

describe("gzipSize", () => {
  it("counts repetitive text as gzip at level 9 sends it", () => {
    const html = Buffer.from("<li><a href='/papers/x/'>A paper</a></li>\n".repeat(500));
    expect(gzipSize(html)).toBe(gzipSync(html, { level: 9 }).length);
    expect(gzipSize(html)).toBeLessThan(html.length / 20);
  });

  it("compresses harder than zlib's default level", () => {
    const words = Array.from({ length: 4000 }, (_, index) => `word${(index * 7919) % 1201}`);
    const text = Buffer.from(words.join(" "));
    expect(gzipSize(text)).toBeLessThan(gzipSync(text).length);
  });

  it("counts incompressible bytes (a font, an image) as they are", () => {
    const font = randomBytes(4096);
    expect(gzipSync(font, { level: 9 }).length).toBeGreaterThan(font.length);
    expect(gzipSize(font)).toBe(font.length);
  });
});
