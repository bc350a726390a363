/** Splits a list into consecutive pages of at most `size` items; an empty list is one empty page. */
export function pageSlices<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`a page holds a whole number of items, 1 or more, not ${size}`);
  }
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    pages.push(items.slice(start, start + size));
  }
  return pages.length > 0 ? pages : [[]];
}

/**
 * The page numbers a pagination bar shows around the current page: the first and last pages, the
 * current one with `radius` neighbours on each side, and `undefined` for each gap between them, so
 * the bar stays short for a list of hundreds of pages.
 */
export function pageWindow(current: number, last: number, radius = 2): (number | undefined)[] {
  const shown: (number | undefined)[] = [];
  for (let page = 1; page <= last; page += 1) {
    const near = Math.abs(page - current) <= radius;
    // A gap of exactly one page shows that page rather than an ellipsis standing in for it.
    const bridgesGap =
      (page === 2 && current - radius === 3) ||
      (page === last - 1 && current + radius === last - 2);
    if (page === 1 || page === last || near || bridgesGap) shown.push(page);
    else if (shown.at(-1) !== undefined) shown.push(undefined);
  }
  return shown;
}

/** A page's title: the list's heading, with the page number from the second page on. */
export function pagedTitle(heading: string, pageNumber: number): string {
  return pageNumber > 1 ? `${heading}, page ${pageNumber}` : heading;
}

/** What follows a list's count on each of its pages: ", page 2 of 5", or nothing for a one-page list. */
export function pageOfPages(pageNumber: number, pageCount: number): string {
  return pageCount > 1 ? `, page ${pageNumber} of ${pageCount}` : "";
}
