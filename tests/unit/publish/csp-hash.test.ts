import { describe, expect, it } from "vitest";
import { cspHash } from "../../../src/lib/publish/csp-hash.ts";

describe("cspHash", () => {
  it("matches the hash the CSP specification's examples give for a script", () => {
    expect(cspHash("alert('Hello, world.');")).toBe(
      "sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=",
    );
  });

  it("hashes the text as UTF-8, byte for byte, so one changed character is another source", () => {
    expect(cspHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(cspHash("é")).toBe("sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=");
    expect(cspHash(":root{}")).not.toBe(cspHash(":root{} "));
  });
});
