import { SaxesParser } from "saxes";
import { parseArxivId } from "../content/arxiv-id.ts";

/** One paper as the arXiv API describes it, with every text as arXiv wrote it. */
export interface ArxivEntry {
  /** The arXiv id without version, e.g. `2307.03381` or `hep-th/9711200`. */
  id: string;
  /** The version the entry describes, e.g. `v2`. */
  version: string;
  title: string;
  /** The abstract. */
  summary: string;
  authors: string[];
  /** When version 1 was submitted, an ISO 8601 timestamp. */
  published: string;
  /** The authors' comment, e.g. "Accepted at NeurIPS 2023. Code: https://...". */
  comment?: string;
  /** The journal reference, when the paper has been published. */
  journalRef?: string;
  doi?: string;
  /** The primary category, e.g. `cs.CV`. */
  primaryCategory?: string;
  /** Every category, the primary one first. */
  categories: string[];
}

/** An error entry: arXiv's way of saying it cannot answer for an id (an unknown or malformed one). */
export interface ArxivErrorEntry {
  /** What arXiv says, e.g. "incorrect id format for 1234.5678". */
  message: string;
  /** The id the error names, when it names one. */
  id?: string;
}

/** What an arXiv API response holds: papers and error entries. */
export interface ArxivFeed {
  entries: ArxivEntry[];
  errors: ArxivErrorEntry[];
}

/** The arXiv API answered something that is not the Atom feed it documents. */
export class ArxivFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArxivFeedError";
  }
}

/** An XML element, as much of it as reading a feed needs. */
interface XmlElement {
  /** The namespace URI and local name, e.g. `http://www.w3.org/2005/Atom entry`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ATOM = "http://www.w3.org/2005/Atom";
const ARXIV = "http://arxiv.org/schemas/atom";
const ERROR_ID = /^https?:\/\/arxiv\.org\/api\/errors/;
const ABS_URL = /^https?:\/\/(?:export\.)?arxiv\.org\/abs\/(.+)$/;
const ERROR_SUBJECT = /\bfor\s+(\S+)$/;

/**
 * Reads an arXiv API response (Atom 1.0): each entry's id, version, title, abstract, authors,
 * dates, comment, journal reference, DOI and categories, and arXiv's error entries. Throws an
 * {@link ArxivFeedError} saying where when the XML is malformed or not an Atom feed.
 */
export function parseArxivFeed(xml: string): ArxivFeed {
  const root = parseXml(xml);
  if (root.name !== `${ATOM} feed`) {
    throw new ArxivFeedError("arXiv's answer is XML but not an Atom feed (no <feed> element)");
  }
  const feed: ArxivFeed = { entries: [], errors: [] };
  for (const [index, entry] of children(root, ATOM, "entry").entries()) {
    const idUrl = childText(entry, ATOM, "id");
    if (ERROR_ID.test(idUrl) || childText(entry, ATOM, "title") === "Error") {
      const message =
        normalizeSpace(childText(entry, ATOM, "summary")) || "arXiv reported an error";
      const subject = ERROR_SUBJECT.exec(message)?.[1];
      feed.errors.push(subject ? { message, id: subject } : { message });
      continue;
    }
    feed.entries.push(readEntry(entry, idUrl, index + 1));
  }
  return feed;
}

function readEntry(entry: XmlElement, idUrl: string, position: number): ArxivEntry {
  const parsed = parseArxivId(ABS_URL.exec(idUrl)?.[1] ?? "");
  if (!parsed?.version) {
    throw new ArxivFeedError(
      `entry ${position} of arXiv's answer has no versioned arXiv id in <id> (found "${idUrl}")`,
    );
  }
  const authors = children(entry, ATOM, "author")
    .map((author) => normalizeSpace(childText(author, ATOM, "name")))
    .filter((name) => name !== "");
  const primary = children(entry, ARXIV, "primary_category")[0]?.attributes["term"];
  const categories = children(entry, ATOM, "category").flatMap(
    (category) => category.attributes["term"] ?? [],
  );
  const comment = normalizeSpace(childText(entry, ARXIV, "comment"));
  const journalRef = normalizeSpace(childText(entry, ARXIV, "journal_ref"));
  const doi = normalizeSpace(childText(entry, ARXIV, "doi"));
  const primaryCategory = primary ?? categories[0];
  return {
    id: parsed.id,
    version: parsed.version,
    title: childText(entry, ATOM, "title").trim(),
    summary: childText(entry, ATOM, "summary").trim(),
    authors,
    published: childText(entry, ATOM, "published").trim(),
    ...(comment ? { comment } : {}),
    ...(journalRef ? { journalRef } : {}),
    ...(doi ? { doi } : {}),
    ...(primaryCategory ? { primaryCategory } : {}),
    categories: primary ? [primary, ...categories.filter((term) => term !== primary)] : categories,
  };
}

/** Parses well-formed, namespace-aware XML into elements; anything else is an ArxivFeedError. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("doctype", () => {
    // Atom has no use for a DOCTYPE, and refusing one rules out entity tricks.
    throw new ArxivFeedError("arXiv's answer has a DOCTYPE, which Atom never has");
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      attributes[attribute.local] = attribute.value;
    }
    const element = { name: `${tag.uri} ${tag.local}`, attributes, children: [], text: "" };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("cdata", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ArxivFeedError) throw error;
    // saxes starts its message with the position, and counts columns from 0.
    const reason = (error instanceof Error ? error.message : String(error))
      .replace(/^\d+:\d+: /, "")
      .replace(/\.$/, "");
    throw new ArxivFeedError(
      `arXiv's answer is not well-formed XML: ${reason} (line ${parser.line}, column ${parser.column + 1})`,
    );
  }
  if (!root) throw new ArxivFeedError("arXiv's answer has no XML element");
  return root;
}

function children(element: XmlElement, namespace: string, local: string): XmlElement[] {
  return element.children.filter((child) => child.name === `${namespace} ${local}`);
}

function childText(element: XmlElement, namespace: string, local: string): string {
  return children(element, namespace, local)[0]?.text ?? "";
}

/** Collapses runs of whitespace, line breaks included, into single spaces. */
export function normalizeSpace(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
