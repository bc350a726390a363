/**
 * The localStorage key of a site's library: by base path, not build, so it survives redeploys and two
 * sites on one origin (`/` and `/daily-papers/`) keep lists of their own.
 */
export function libraryKey(basePath: string): string {
  return `daily-papers:library:${basePath.endsWith("/") ? basePath : `${basePath}/`}`;
}
