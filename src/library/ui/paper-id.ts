/** The id of the paper a link points to (`<base>papers/<id>/`), or undefined for any other link. */
export function paperIdFromUrl(url: URL, basePath: string): string | undefined {
  const prefix = `${basePath.endsWith("/") ? basePath : `${basePath}/`}papers/`;
  if (!url.pathname.startsWith(prefix)) return undefined;
  const match = /^([^/]+)\/$/.exec(url.pathname.slice(prefix.length));
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
