// Authors: each author's pages of papers.
import { groupByAuthor } from "../lib/feed/authors.ts";
import { countOf } from "../lib/text/counts.ts";
import { withCacheKeys } from "./cache-keys.ts";
import { pageParam, paperListPages } from "./paper-lists.ts";
import { getPapers } from "./papers.ts";
import { site, urls } from "./site.ts";

/**
 * The static paths of every page of every author: `/authors/<slug>/`, then `/authors/<slug>/2/` and
 * on. Names that differ only in accents or case are one author.
 */
export async function getAuthorPaths() {
  return groupByAuthor(await getPapers()).flatMap(({ slug, name, items }) =>
    withCacheKeys(
      paperListPages({
        heading: `Papers by ${name}`,
        description: `${countOf(items.length, "paper")} by ${name} on ${site.title}.`,
        pageUrl: (page) => urls.author(slug, page),
        papers: items,
      }).map((page) => ({ params: { slug, page: pageParam(page) }, props: { page } })),
    ),
  );
}
