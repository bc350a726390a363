import { createHash } from "node:crypto";

/**
 * The Content Security Policy source that allows exactly this inline `<script>` or `<style>` text,
 * as `sha256-<base64>` (the form Astro's `security.csp` hashes and `Astro.csp` take).
 */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(content, "utf8").digest("base64")}`;
}
