// Hugging Face ranks a week's or a month's papers by upvotes; the site offers the same view.
import type { FeedItem } from "./grouping.ts";

/**
 * Papers already in feed order, most upvoted first (none counts as 0); papers alike in upvotes keep
 * the feed's order, since the sort is stable.
 */
export function mostUpvoted<T extends Pick<FeedItem, "upvotes">>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (b.upvotes ?? 0) - (a.upvotes ?? 0));
}

/** Whether any of the papers has an upvote, so that ranking them by upvotes means something. */
export function hasUpvotes(items: readonly Pick<FeedItem, "upvotes">[]): boolean {
  return items.some((item) => (item.upvotes ?? 0) > 0);
}
