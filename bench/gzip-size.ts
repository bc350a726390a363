import { constants, gzipSync } from "node:zlib";

/**
 * The bytes a compressing host sends for a file, as the page-weight budgets count them: gzip at
 * level 9 where that makes it smaller, the file itself where it does not (fonts, images).
 */
export function gzipSize(content: Uint8Array): number {
  return Math.min(
    content.length,
    gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length,
  );
}
