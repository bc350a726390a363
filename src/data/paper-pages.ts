// The page of each paper: the paper, its neighbours on its day, its citations and related papers.
import { splitByDay } from "../lib/feed/grouping.ts";
import { toBibtex, toPlainCitation } from "../lib/publish/citation.ts";
import { withCacheKeys } from "./cache-keys.ts";
import { getPapers, type Paper } from "./papers.ts";
import { getRelatedPapers } from "./related.ts";
import { site } from "./site.ts";

/** What a paper's page shows. */
export type PaperPage = {
  paper: Paper;
  previous: Paper | undefined;
  next: Paper | undefined;
  bibtex: string;
  citation: string;
  related: Paper[];
};

/** The static paths of every paper's page, `/papers/<id>/`. */
export async function getPaperPaths() {
  return withCacheKeys(
    (await getPaperPages()).map((page) => ({ params: { id: page.paper.id }, props: page })),
  );
}

async function getPaperPages(): Promise<PaperPage[]> {
  const related = await getRelatedPapers();
  return splitByDay(await getPapers()).flatMap(({ items }) =>
    items.map((paper, index) => {
      const citationInput = {
        title: paper.title,
        authors: paper.authors,
        year: (paper.published ?? paper.day).slice(0, 4),
        url: new URL(paper.url, site.url).href,
        ...(paper.arxiv ? { arxiv: paper.arxiv } : {}),
        ...(paper.doi ? { doi: paper.doi } : {}),
      };
      return {
        paper,
        previous: items[index - 1],
        next: items[index + 1],
        bibtex: toBibtex(citationInput),
        citation: toPlainCitation(citationInput),
        related: related.get(paper.id) ?? [],
      };
    }),
  );
}
