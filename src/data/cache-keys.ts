// Incremental builds render again only the pages whose cacheKey changed (`experimental.incrementalBuild`).
import { cacheKey } from "../lib/build/cache-key.ts";

// A paper stands in a key for everything it is made from: its id, its file's digest, its thumbnail.
const digests = new WeakMap<object, string>();

/** Names `object` in every cache key by `digest` rather than by its content. */
export function keyObjectBy(object: object, digest: string): void {
  digests.set(object, digest);
}

/** A key of everything `value` holds, each paper in it standing in by its digest. */
export function keyOf(value: unknown): string {
  return cacheKey(value, (object) => digests.get(object));
}

/**
 * Static paths with a `cacheKey` for each: a key of everything the page is rendered from, so a
 * rebuild renders again only the pages whose papers changed.
 */
export function withCacheKeys<Path extends { props: unknown }>(
  paths: readonly Path[],
): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({
    ...path,
    cacheKey: keyOf(path.props),
  }));
}
