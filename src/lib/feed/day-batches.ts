import type { Day } from "./dates.ts";
import { splitByDay } from "./grouping.ts";

/**
 * Cuts papers in feed order into batches of whole days, each of at least `size` papers but the last,
 * and of fewer than `size` plus one day's papers.
 */
export function dayBatches<T extends { day: Day }>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  for (const day of splitByDay(items)) {
    batch.push(...day.items);
    if (batch.length >= size) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
