import type { ApiPaper } from "../../src/lib/publish/api-format.ts";
import { toApiPaper, type ApiPaperSource } from "../../src/lib/publish/api-paper.ts";

/** A paper with every field set, as the API's unit tests start from. */
export const FULL_SOURCE: ApiPaperSource = {
  id: "2411.20010",
  title: 'Escaping </script> & "Quotes" in Ångström-Scale {Attention}',
  authors: ["Émilie du Châtelet", "Lovelace, Ada"],
  day: "2024-11-29",
  published: "2024-11-28",
  arxiv: "2411.20010v2",
  doi: "10.1000/xyz",
  journal: "Proc. Fixtures 2025",
  tags: ["attention", "vision"],
  upvotes: 42,
  submitter: { site: "GitHub", username: "octocat", url: "https://github.com/octocat" },
  text: "We bound $x$ for every token.",
  html: '<p>We bound <span class="katex">x</span> for every token.</p>',
  links: [
    { kind: "arxiv", href: "https://arxiv.org/abs/2411.20010v2" },
    { kind: "pdf", href: "https://arxiv.org/pdf/2411.20010v2" },
    { kind: "code", href: "https://github.com/example/code" },
    { kind: "project", href: "https://example.org/project" },
  ],
};

/** A paper as the API gives it, from `FULL_SOURCE` with `changes`, at https://papers.example.org. */
export function apiPaperFixture(changes: Partial<ApiPaperSource> = {}): ApiPaper {
  const source = { ...FULL_SOURCE, ...changes };
  return toApiPaper(source, {
    bibtex: `@misc{${source.id}}`,
    page: `https://papers.example.org/papers/${source.id}/`,
    api: `https://papers.example.org/api/papers/${source.id}.json`,
    thumbnail: undefined,
  });
}
