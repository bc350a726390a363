// The page of each paper: the paper, its neighbours on its day, its citations and related papers.
import { splitByDay } from "../lib/feed/grouping.ts";
import { toPlainCitation } from "../lib/publish/citation.ts";
import { citationInput, paperBibtex } from "./bibliography.ts";
import { withCacheKeys } from "./cache-keys.ts";
import { getPapers, type Paper } from "./papers.ts";
import { getRelatedPapers } from "./related.ts";

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
    items.map((paper, index) => ({
      paper,
      previous: items[index - 1],
      next: items[index + 1],
      bibtex: paperBibtex(paper),
      citation: toPlainCitation(citationInput(paper)),
      related: related.get(paper.id) ?? [],
    })),
  );
}
