/** The first URL segment of each kind of feed period: `/date/2025-07-31/`, `/week/2025-W31/`, `/month/2025-07/`. */
export const PERIOD_SEGMENT = { day: "date", week: "week", month: "month" } as const;

/** The site's URL paths, each ending in `/`, under a base path such as `/` or `/daily-papers/`. */
export interface SiteUrls {
  home: string;
  archive: string;
  paper(id: string): string;
  day(day: string): string;
  week(weekKey: string): string;
  month(monthKey: string): string;
  /** Any other path of the site (a file in public/, say), under the base path. */
  asset(path: string): string;
}

/** Builds the site's URL paths for a base path, so every link respects it. */
export function createUrls(base: string): SiteUrls {
  const root = base.endsWith("/") ? base : `${base}/`;
  const asset = (path: string) => `${root}${path.replace(/^\/+/, "")}`;
  return {
    home: root,
    archive: asset("archive/"),
    paper: (id) => asset(`papers/${encodeURIComponent(id)}/`),
    day: (day) => asset(`${PERIOD_SEGMENT.day}/${day}/`),
    week: (weekKey) => asset(`${PERIOD_SEGMENT.week}/${weekKey}/`),
    month: (monthKey) => asset(`${PERIOD_SEGMENT.month}/${monthKey}/`),
    asset,
  };
}
