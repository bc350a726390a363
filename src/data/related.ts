// Related papers, found once per build for every paper page.
import { srcDir } from "astro:config/server";
import { relatedPapersInParallel } from "../lib/related/related-papers.ts";
import { getPapers, type Paper } from "./papers.ts";

const RELATED_PAPERS = 5;

let relatedCache: Promise<Map<string, Paper[]>> | undefined;

/** Each paper's most similar papers (TF-IDF over title, tags and abstract), computed once per build. */
export function getRelatedPapers(): Promise<Map<string, Paper[]>> {
  relatedCache ??= getPapers().then(async (papers) => {
    const neighbours = await relatedPapersInParallel(
      papers,
      { limit: RELATED_PAPERS },
      new URL("lib/related/related-papers-worker.ts", srcDir),
    );
    return new Map(
      papers.map((paper, index) => [
        paper.id,
        (neighbours[index] ?? []).flatMap((other) => papers[other] ?? []),
      ]),
    );
  });
  return relatedCache;
}
