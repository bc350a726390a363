/** Where each file of the static JSON API sits in its folder (`api/`), as written to disk. */
export const apiPaths = {
  /** Every feed day with its paper count. */
  days: "days.json",
  /** One feed day's papers (YYYY-MM-DD). */
  day: (day: string): string => `days/${day}.json`,
  /** One paper; its URL percent-encodes the id, as the paper page's does. */
  paper: (id: string): string => `papers/${id}.json`,
} as const;
