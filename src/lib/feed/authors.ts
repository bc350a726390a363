import { asciiFold } from "../text/ascii-fold.ts";

/** The papers of one author, under the spelling of their name the papers use most. */
export interface AuthorGroup<T> {
  /** The URL segment of the author's page. */
  slug: string;
  /** The name the page is titled with. */
  name: string;
  /** Every item that lists the author, in the order given. */
  items: T[];
}

// Four bytes at most each in UTF-8: 240 bytes, under every file system's limit for one name.
const MAX_SLUG_CHARACTERS = 60;

/**
 * The slug of an author's page: the name lowercased, Latin letters folded to ASCII and everything
 * but letters and digits turned into `-`, so "Émilie du Châtelet" and "EMILIE DU CHATELET" share
 * `emilie-du-chatelet`. Names in other scripts keep their letters ("张伟"). Slugs of very long names
 * are cut to 60 characters, ending in a hash of the whole.
 */
export function authorSlug(name: string): string {
  const slug = asciiFold(name)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // A name of punctuation alone still needs a page of its own.
  if (!slug) return `author-${fnv1a(name)}`;
  const characters = [...slug];
  if (characters.length <= MAX_SLUG_CHARACTERS) return slug;
  // The slug is a folder name, which file systems cap at 255 bytes (85 CJK characters); a long
  // name keeps its start, and a hash of the whole slug keeps it apart from others that start alike.
  const start = characters
    .slice(0, MAX_SLUG_CHARACTERS - 9)
    .join("")
    .replace(/-+$/, "");
  return `${start}-${fnv1a(slug)}`;
}

/**
 * Groups items by author, sorted by slug; names that differ only in accents or case are one author,
 * named by the spelling used most (on a tie, the one with the most accents, as people write their own names).
 */
export function groupByAuthor<T extends { authors: readonly string[] }>(
  items: readonly T[],
): AuthorGroup<T>[] {
  const groups = new Map<string, { spellings: Map<string, number>; items: T[] }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const name of item.authors) {
      const slug = authorSlug(name);
      let group = groups.get(slug);
      if (!group) {
        group = { spellings: new Map(), items: [] };
        groups.set(slug, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!seen.has(slug)) group.items.push(item);
      seen.add(slug);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, group]) => ({
      slug,
      name: preferredSpelling(group.spellings),
      items: group.items,
    }));
}

function preferredSpelling(spellings: ReadonlyMap<string, number>): string {
  const nonAscii = (name: string) => name.match(/\P{ASCII}/gu)?.length ?? 0;
  const [best] = [...spellings.entries()].sort(
    ([nameA, countA], [nameB, countB]) =>
      countB - countA || nonAscii(nameB) - nonAscii(nameA) || (nameA < nameB ? -1 : 1),
  );
  return best?.[0] ?? "";
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
