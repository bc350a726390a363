import type { SearchDays } from "../core/index-format.ts";
import { deltaDecode } from "../core/index-format.ts";
import type { SearchSource } from "./source.ts";

/** Narrows results to a tag and/or a range of feed days (`YYYY-MM-DD`, both ends included). */
export interface SearchFilters {
  tag?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Whether any filter is set. */
export function hasFilters(filters: SearchFilters): boolean {
  return Boolean(filters.tag || filters.from || filters.to);
}

/**
 * The first and last paper numbers of the feed days from `from` to `to` (papers are numbered newest
 * day first, so a range of days is a range of numbers); `[Infinity, -1]` when no day is in range.
 */
export function dayRange(days: SearchDays, from = "", to = ""): [low: number, high: number] {
  const first = from || "0000-00-00";
  const last = to || "9999-99-99";
  let low = Infinity;
  let high = -1;
  let doc = 0;
  for (const [day, count] of days) {
    if (day >= first && day <= last) {
      low = Math.min(low, doc);
      high = doc + count - 1;
    }
    doc += count;
  }
  return [low, high];
}

/** Which papers the filters let through, loading the tag's papers or the days they need. */
export async function paperFilter(
  filters: SearchFilters,
  source: Pick<SearchSource, "manifest" | "tag" | "days">,
): Promise<(doc: number) => boolean> {
  const checks: ((doc: number) => boolean)[] = [];
  if (filters.tag) {
    const tag = source.manifest.tags.findIndex(([name]) => name === filters.tag);
    const papers = tag >= 0 ? new Set(deltaDecode(await source.tag(tag))) : new Set<number>();
    checks.push((doc) => papers.has(doc));
  }
  if (filters.from || filters.to) {
    const [low, high] = dayRange(await source.days(), filters.from, filters.to);
    checks.push((doc) => doc >= low && doc <= high);
  }
  return (doc) => checks.every((check) => check(doc));
}
