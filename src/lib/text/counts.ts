// Counts as the interface writes them. The interface is in English, so its numbers are too, and
// grouping digits here rather than with Intl keeps the browser from loading its locale data
// (docs/performance.md).

/** A whole number with its thousands grouped, as English writes it: 9722 → "9,722". */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A count and a noun that takes an "s" in the plural: "1 paper", "0 papers", "9,722 papers". */
export function countOf(count: number, noun: string): string {
  return `${groupDigits(count)} ${noun}${count === 1 ? "" : "s"}`;
}
