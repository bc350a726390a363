import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkPaperFile,
  formatProblem,
  type CheckedPaper,
} from "../../src/lib/content/check-paper.ts";

/** The hostile fixture collection, from the project root. */
export const HOSTILE_PAPERS_DIR = "tests/fixtures/hostile/papers";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Every paper of the hostile collection by id, checked (and its abstract rendered) as the build does,
 * so tests compare the pages with what the files really say. Throws if any file is invalid.
 */
export function loadHostilePapers(): Map<string, CheckedPaper> {
  const folder = path.join(ROOT, HOSTILE_PAPERS_DIR);
  const papers = new Map<string, CheckedPaper>();
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".mdx"))
    .sort();
  for (const pathInCollection of files) {
    const file = `${HOSTILE_PAPERS_DIR}/${pathInCollection}`;
    const check = checkPaperFile({
      file,
      pathInCollection,
      source: readFileSync(path.join(folder, pathInCollection), "utf8"),
      siblingExists: (name) => existsSync(path.join(folder, path.dirname(pathInCollection), name)),
    });
    if (!check.paper) throw new Error(check.problems.map(formatProblem).join("\n"));
    papers.set(check.paper.id, check.paper);
  }
  return papers;
}

/** One paper of the hostile collection; throws when there is no such paper. */
export function hostilePaper(papers: ReadonlyMap<string, CheckedPaper>, id: string): CheckedPaper {
  const paper = papers.get(id);
  if (!paper) throw new Error(`no paper ${id} in ${HOSTILE_PAPERS_DIR}`);
  return paper;
}
