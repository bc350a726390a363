// Authors: each author's pages of papers, and each author's feed.
import { groupByAuthor, type AuthorGroup } from "../lib/feed/authors.ts";
import { countOf } from "../lib/text/counts.ts";
import { withCacheKeys } from "./cache-keys.ts";
import { pageParam, paperListPages } from "./paper-lists.ts";
import { getPapers, type Paper } from "./papers.ts";
import { site, urls } from "./site.ts";

const grouped = new WeakMap<readonly Paper[], AuthorGroup<Paper>[]>();

/** Every author of `papers`, with their papers (see groupByAuthor), grouped once per list of papers. */
export function authorsOf(papers: readonly Paper[]): AuthorGroup<Paper>[] {
  let authors = grouped.get(papers);
  if (!authors) grouped.set(papers, (authors = groupByAuthor(papers)));
  return authors;
}

/**
 * The static paths of every page of every author: `/authors/<slug>/`, then `/authors/<slug>/2/` and
 * on. Names that differ only in accents or case are one author.
 */
export async function getAuthorPaths() {
  return authorsOf(await getPapers()).flatMap(({ slug, name, items }) =>
    withCacheKeys(
      paperListPages({
        heading: `Papers by ${name}`,
        description: `${countOf(items.length, "paper")} by ${name} on ${site.title}.`,
        pageUrl: (page) => urls.author(slug, page),
        feed: {
          href: urls.authorRss(slug),
          title: `${site.title}: ${name} (RSS)`,
          label: "RSS feed of this author",
        },
        papers: items,
      }).map((page) => ({ params: { slug, page: pageParam(page) }, props: { page } })),
    ),
  );
}

/** An author as their feed follows them: their slug, the name their page shows, their papers. */
export interface FeedAuthor {
  slug: string;
  name: string;
  papers: readonly Paper[];
}
