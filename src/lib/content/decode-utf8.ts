import type { Position } from "./frontmatter.ts";

/** A file's bytes read as UTF-8: the text, or where the first byte that is not UTF-8 is. */
export type DecodedText =
  | { text: string; invalid?: undefined }
  | { text?: undefined; invalid: { position: Position; byte: number; message: string } };

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes UTF-8 strictly (a byte-order mark is dropped); bytes that are not UTF-8, such as Latin-1's
 * `é` (0xE9), give their line and column instead of being replaced by U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let index = 0; index < lineStart; index++) if (bytes[index] === 0x0a) line++;
    // Everything before the bad byte is valid, so its characters can be counted for the column.
    const before = decoder.decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, "");
    const byte = bytes[offset] ?? 0;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    return {
      invalid: {
        position: { line, column: [...before].length + 1 },
        byte,
        message: `is not UTF-8: byte ${hex} cannot be read (a file saved as Latin-1 or Windows-1252?); save it as UTF-8`,
      },
    };
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or the length. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index] as number;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return bytes.length;
}
