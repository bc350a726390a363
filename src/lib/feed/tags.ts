/** The papers of one tag. */
export interface TagGroup<T> {
  tag: string;
  /** Every item with the tag, in the order given. */
  items: T[];
}

/** Groups items by tag: the most used tags first, equally used ones in alphabetical order. */
export function groupByTag<T extends { tags: readonly string[] }>(
  items: readonly T[],
): TagGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const tag of new Set(item.tags)) {
      const list = groups.get(tag);
      if (list) list.push(item);
      else groups.set(tag, [item]);
    }
  }
  return [...groups.entries()]
    .map(([tag, list]) => ({ tag, items: list }))
    .sort((a, b) => b.items.length - a.items.length || (a.tag < b.tag ? -1 : 1));
}
