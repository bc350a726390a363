import { createHash } from "node:crypto";

/**
 * A short key that changes whenever `value` changes: a hash of its JSON, in which every object that
 * `standIn` names is replaced by that name (a paper by its id and content digest, say), so keying a
 * page by everything it is rendered from stays cheap.
 */
export function cacheKey(value: unknown, standIn?: (object: object) => string | undefined): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    standIn && item !== null && typeof item === "object" ? (standIn(item) ?? item) : item,
  );
  return createHash("sha256")
    .update(json ?? "undefined")
    .digest("base64url");
}
