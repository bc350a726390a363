// arXiv identifiers, in both schemes arXiv has used:
// new style since April 2007, `YYMM.NNNN` (four digits until 2014, five since), and
// old style before it, `archive[.SUBJECT]/YYMMNNN`.

const NEW_STYLE = /^(\d{4}\.\d{4,5})(v[1-9]\d*)?$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(v[1-9]\d*)?$/;
const URL_PATH = /^\/(?:abs|pdf|html|format)\/(.+?)(?:\.pdf)?\/?$/;
const ARXIV_HOSTS = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org"]);

/** An arXiv identifier split into the paper and its optional version. */
export interface ArxivId {
  /** The identifier without version, e.g. `2307.03381` or `hep-th/9901001`. */
  id: string;
  /** The version suffix, e.g. `v2`, when one was given. */
  version?: string;
}

/** Parses a bare arXiv id with optional version (`2307.03381v2`, `hep-th/9901001`); null when it is not one. */
export function parseArxivId(value: string): ArxivId | null {
  const newStyle = NEW_STYLE.exec(value);
  if (newStyle?.[1] && !isNewStyleNumber(newStyle[1])) return null;
  const match = newStyle ?? OLD_STYLE.exec(value);
  if (!match?.[1]) return null;
  return match[2] ? { id: match[1], version: match[2] } : { id: match[1] };
}

// New-style ids start with YYMM (April 2007 onwards); the number after the dot has
// four digits up to December 2014 and five from January 2015.
function isNewStyleNumber(id: string): boolean {
  const yymm = Number(id.slice(0, 4));
  const month = yymm % 100;
  if (month < 1 || month > 12 || yymm < 704) return false;
  return id.length - 5 === (yymm >= 1501 ? 5 : 4);
}

/**
 * Reads an arXiv id from what a person pastes: a bare id, `arXiv:2307.03381v2`,
 * or an arxiv.org abs, pdf or html URL. Null when nothing in it is an arXiv id.
 */
export function extractArxivId(input: string): ArxivId | null {
  const text = input.trim();
  const withoutPrefix = text.replace(/^arxiv:\s*/i, "");
  const direct = parseArxivId(withoutPrefix);
  if (direct) return direct;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!ARXIV_HOSTS.has(url.hostname)) return null;
  const path = URL_PATH.exec(url.pathname);
  return path?.[1] ? parseArxivId(path[1]) : null;
}

/** The paper id (and URL slug) for an arXiv id: the id without version, `/` replaced by `-`. */
export function arxivPaperId(arxiv: string): string {
  return arxivIdWithoutVersion(arxiv).replace("/", "-");
}

/** The arXiv abstract page of an id (the version is kept when given). */
export function arxivAbsUrl(arxiv: string): string {
  return `https://arxiv.org/abs/${arxiv}`;
}

/** The arXiv PDF of an id (the version is kept when given). */
export function arxivPdfUrl(arxiv: string): string {
  return `https://arxiv.org/pdf/${arxiv}`;
}

/**
 * The DOI arXiv registers for a paper (DataCite, prefix 10.48550), e.g. `10.48550/arXiv.2307.03381`;
 * it names the paper, so a version is dropped.
 */
export function arxivDoi(arxiv: string): string {
  return `10.48550/arXiv.${arxivIdWithoutVersion(arxiv)}`;
}

/** How reference managers (Zotero's archive ID) cite an arXiv paper, e.g. `arXiv:2307.03381`. */
export function arxivArchiveId(arxiv: string): string {
  return `arXiv:${arxivIdWithoutVersion(arxiv)}`;
}

function arxivIdWithoutVersion(arxiv: string): string {
  const parsed = parseArxivId(arxiv);
  if (!parsed) throw new RangeError(`not an arXiv id: ${arxiv}`);
  return parsed.id;
}
