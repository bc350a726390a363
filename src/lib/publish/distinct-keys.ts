/**
 * The keys in order, a key used before given `-2`, `-3`... so that no two entries of one file share
 * a key, which BibTeX and reference managers would reject or merge.
 */
export function distinctKeys(keys: readonly string[]): string[] {
  const used = new Map<string, number>();
  return keys.map((key) => {
    const count = (used.get(key) ?? 0) + 1;
    used.set(key, count);
    return count > 1 ? `${key}-${count}` : key;
  });
}
