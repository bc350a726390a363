// Tags: the list of every tag, each tag's pages of papers, and each tag's feed and files of papers.
import { groupByTag } from "../lib/feed/tags.ts";
import { countOf } from "../lib/text/counts.ts";
import { bibliographyDownloads, bibliographyPaths } from "./bibliography.ts";
import { withCacheKeys } from "./cache-keys.ts";
import { pageParam, paperListPages } from "./paper-lists.ts";
import { getPapers } from "./papers.ts";
import { site, urls } from "./site.ts";

/** Every tag with its count of papers, the most used first. */
export async function getTags(): Promise<{ tag: string; count: number; href: string }[]> {
  return groupByTag(await getPapers()).map(({ tag, items }) => ({
    tag,
    count: items.length,
    href: urls.tag(tag),
  }));
}

/** The static paths of every page of every tag: `/tags/<tag>/`, then `/tags/<tag>/2/` and on. */
export async function getTagPaths() {
  return groupByTag(await getPapers()).flatMap(({ tag, items }) =>
    withCacheKeys(
      paperListPages({
        heading: `Papers tagged “${tag}”`,
        description: `${countOf(items.length, "paper")} tagged “${tag}” on ${site.title}.`,
        pageUrl: (page) => urls.tag(tag, page),
        feed: {
          href: urls.tagRss(tag),
          title: `${site.title}: ${tag} (RSS)`,
          label: "RSS feed of this tag",
        },
        downloads: bibliographyDownloads(urls.tag(tag)),
        papers: items,
      }).map((page) => ({ params: { tag, page: pageParam(page) }, props: { page } })),
    ),
  );
}

/** The static paths of every tag's RSS feed, `/tags/<tag>/rss.xml`. */
export async function getTagFeedPaths() {
  return (await getTags()).map(({ tag }) => ({ params: { tag }, props: { tag } }));
}

/** The static paths of each tag's files of papers, `/tags/<tag>/papers.bib` and `papers.ris`. */
export async function getTagFilePaths() {
  return groupByTag(await getPapers()).flatMap(({ tag, items }) =>
    bibliographyPaths({ tag }, items),
  );
}
