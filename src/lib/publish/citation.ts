import { arxivAbsUrl, parseArxivId } from "../content/arxiv-id.ts";
import { asciiFold } from "../text/ascii-fold.ts";
import { distinctKeys } from "./distinct-keys.ts";

/** What a citation of a paper is made from. */
export interface CitationInput {
  title: string;
  /** Names in order, as written ("Ada Lovelace" or "Lovelace, Ada"); empty when unknown. */
  authors: readonly string[];
  year: number | string;
  /** The arXiv id, with or without version; the citation names the paper without it. */
  arxiv?: string | undefined;
  /** The arXiv category, e.g. `cs.CV`; only cited together with `arxiv`. */
  primaryClass?: string | undefined;
  doi?: string | undefined;
  /** The paper's page, cited when it has no arXiv id. */
  url: string;
}

// Words a key skips to reach the one that says what the paper is about: leading articles and
// prepositions only, as Google Scholar's keys skip (`vaswani2017attention`), not the shared
// STOPWORDS, which would change keys readers have already cited.
const KEY_STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "on",
  "of",
  "in",
  "for",
  "to",
  "and",
  "or",
  "with",
  "at",
  "by",
  "from",
  "into",
  "onto",
  "via",
  "towards",
  "toward",
  "is",
  "are",
  "do",
  "does",
]);

const NAME_SUFFIX = /,?\s+(?:jr|sr|ii|iii|iv)\.?$/i;

const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "{": "\\{",
  "}": "\\}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "\\": "\\textbackslash{}",
};

/** The BibTeX key of a paper: first author's surname, year and first significant title word, e.g. `oh2023geodesic`. */
export function bibtexKey(paper: CitationInput): string {
  const [firstAuthor] = authorNames(paper);
  const name = firstAuthor === undefined ? "" : asciiWords(surname(firstAuthor)).join("");
  const titleWords = asciiWords(paper.title);
  const word =
    titleWords.find((candidate) => !KEY_STOP_WORDS.has(candidate)) ?? titleWords[0] ?? "";
  return `${name || "anonymous"}${asciiWords(String(paper.year)).join("")}${word}`;
}

/** A BibTeX `@misc` entry for a paper, laid out like arXiv's own BibTeX export; `key` defaults to `bibtexKey`. */
export function toBibtex(paper: CitationInput, key = bibtexKey(paper)): string {
  const arxiv = arxivIdOf(paper);
  const authors = authorNames(paper);
  const fields: [string, string][] = [["title", escapeLatex(clean(paper.title))]];
  if (authors.length > 0) {
    const names = authors.map((name) => escapeLatex(name));
    // BibTeX splits author lists on " and "; braces keep a name such as "Smith and Sons" whole.
    fields.push([
      "author",
      names.map((name) => (/\sand\s/i.test(name) ? `{${name}}` : name)).join(" and "),
    ]);
  }
  fields.push(["year", escapeLatex(clean(String(paper.year)))]);
  if (arxiv) {
    fields.push(["eprint", arxiv], ["archivePrefix", "arXiv"]);
    if (paper.primaryClass) fields.push(["primaryClass", escapeLatex(clean(paper.primaryClass))]);
  }
  if (paper.doi) fields.push(["doi", verbatim(clean(paper.doi))]);
  fields.push(["url", verbatim(arxiv ? arxivAbsUrl(arxiv) : clean(paper.url))]);
  const lines = fields.map(([name, value]) => `  ${name} = {${value}},`);
  return `@misc{${key},\n${lines.join("\n")}\n}`;
}

/** The entries of several papers as one `.bib` file, each with a key of its own (`distinctKeys`). */
export function bibtexFile(papers: readonly CitationInput[]): string {
  const keys = distinctKeys(papers.map((paper) => bibtexKey(paper)));
  return papers.map((paper, index) => `${toBibtex(paper, keys[index])}\n\n`).join("");
}

/** A one-line citation, e.g. `Ada Lovelace, Charles Babbage. Title. arXiv:2307.03381, 2023.` */
export function toPlainCitation(paper: CitationInput): string {
  const arxiv = arxivIdOf(paper);
  const authors = authorNames(paper);
  const source = arxiv ? `arXiv:${arxiv}` : clean(paper.url);
  const parts = [authors.join(", "), clean(paper.title), `${source}, ${clean(String(paper.year))}`];
  return parts
    .filter(Boolean)
    .map((part) => (/[.?!]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

function arxivIdOf(paper: CitationInput): string | undefined {
  if (!paper.arxiv) return undefined;
  const parsed = parseArxivId(paper.arxiv.trim());
  if (!parsed) throw new RangeError(`not an arXiv id: ${paper.arxiv}`);
  return parsed.id;
}

function authorNames(paper: CitationInput): string[] {
  return paper.authors.map(clean).filter(Boolean);
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function surname(name: string): string {
  const withoutSuffix = name.replace(NAME_SUFFIX, "");
  const comma = withoutSuffix.indexOf(",");
  // "Lovelace, Ada" puts the surname first; "Ada Lovelace" last.
  if (comma !== -1) return withoutSuffix.slice(0, comma);
  return withoutSuffix.split(" ").at(-1) ?? "";
}

// Not the shared tokenizer: a BibTeX key is ASCII letters and digits only, and keeps one-letter words.
function asciiWords(text: string): string[] {
  return asciiFold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function escapeLatex(text: string): string {
  return text.replace(/[&%$#_{}~^\\]/g, (character) => LATEX_SPECIALS[character] ?? character);
}

// BibTeX styles read url and doi verbatim, so `\_` would end up in the link; only what would
// break the entry itself (braces, backslashes) is percent-encoded, which links resolve the same.
function verbatim(text: string): string {
  return text.replace(/[{}\\]/g, (character) => encodeURIComponent(character));
}
