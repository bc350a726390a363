// What Zotero saves from a page, by the rules of its generic web translators, for the metadata our
// pages carry. Written from reading zotero/translators (Embedded Metadata.js, RDF.js, COinS.js) and
// zotero/utilities (openurl.js, utilities.js `cleanAuthor`), not from their code, which is AGPL:
// each rule names where it is. Metadata the model does not know throws, so it cannot pass unread.
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/** A person as Zotero stores one. */
export interface ZoteroCreator {
  firstName: string;
  lastName: string;
  creatorType: "author";
}

/** An attachment Zotero saves with an item; the snapshot of the page has no URL of its own. */
export interface ZoteroAttachment {
  title?: string;
  mimeType: string;
  url?: string;
}

/** The fields of a saved item that our pages set; what a page leaves unset is left out. */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: ZoteroCreator[];
  date?: string;
  abstractNote?: string;
  DOI?: string;
  repository?: string;
  archiveID?: string;
  url?: string;
  language?: string;
  libraryCatalog?: string;
  attachments: ZoteroAttachment[];
  tags: string[];
}

// Zotero's item types (zotero-schema), for the rules that accept a type only when Zotero has it.
const ITEM_TYPES = new Set(
  (
    "artwork audioRecording bill blogPost book bookSection case computerProgram conferencePaper " +
    "dataset dictionaryEntry document email encyclopediaArticle film forumPost hearing " +
    "instantMessage interview journalArticle letter magazineArticle manuscript map " +
    "newspaperArticle patent podcast preprint presentation radioBroadcast report standard " +
    "statute thesis tvBroadcast videoRecording webpage"
  ).split(" "),
);

// Embedded Metadata.js, HIGHWIRE_MAPPINGS: each of these sets one field; a later one overrides.
const HIGHWIRE_FIELDS: readonly [string, string][] = [
  ["citation_title", "title"],
  ["citation_publication_date", "date"],
  ["citation_cover_date", "date"],
  ["citation_date", "date"],
  ["citation_journal_title", "publicationTitle"],
  ["citation_journal_abbrev", "journalAbbreviation"],
  ["citation_inbook_title", "publicationTitle"],
  ["citation_book_title", "bookTitle"],
  ["citation_volume", "volume"],
  ["citation_issue", "issue"],
  ["citation_series_title", "series"],
  ["citation_conference_title", "conferenceName"],
  ["citation_conference", "conferenceName"],
  ["citation_dissertation_institution", "university"],
  ["citation_technical_report_institution", "institution"],
  ["citation_technical_report_number", "number"],
  ["citation_publisher", "publisher"],
  ["citation_isbn", "ISBN"],
  ["citation_abstract", "abstractNote"],
  ["citation_doi", "DOI"],
  ["citation_public_url", "url"],
  ["citation_language", "language"],
];

// Embedded Metadata.js, init(): these tags decide the type outright (its `hwType`).
const HIGHWIRE_TYPES: Readonly<Record<string, string>> = {
  citation_journal_title: "journalArticle",
  citation_technical_report_institution: "report",
  citation_conference_title: "conferencePaper",
  citation_conference: "conferencePaper",
  citation_book_title: "bookSection",
  citation_inbook_title: "bookSection",
  citation_dissertation_institution: "thesis",
};

// Embedded Metadata.js, addHighwireMetadata(): handled there rather than through the mapping.
const HIGHWIRE_HANDLED = new Set([
  "citation_author",
  "citation_authors",
  "citation_pdf_url",
  "citation_abstract_html_url",
  "citation_fulltext_html_url",
  "citation_online_date",
  "citation_keywords",
  // Read by Google Scholar; no Zotero translator reads it.
  "citation_arxiv_id",
]);

// Embedded Metadata.js, _prefixes: a tag `<prefix>.<property>` (or `:`, `_`) becomes an RDF statement.
const RDF_PREFIXES = new Set(
  "bib bibo dc dcterms prism foaf vcard link z eprint eprints og article book music video rdf".split(
    " ",
  ),
);

// zotero-schema: a preprint stores a publisher as its repository and a number as its archive ID.
const PREPRINT_BASE_FIELDS: Readonly<Record<string, string>> = {
  publisher: "repository",
  number: "archiveID",
};

// The order of fields in the expected items of zotero/translators' own tests, for readable goldens.
const FIELD_ORDER = [
  "itemType",
  "title",
  "creators",
  "date",
  "DOI",
  "abstractNote",
  "archiveID",
  "language",
  "libraryCatalog",
  "repository",
  "url",
  "attachments",
  "tags",
];

interface MetaTag {
  name: string;
  content: string;
}

interface Statement {
  prefix: string;
  property: string;
  value: string;
}

/** The item Zotero's Embedded Metadata translator saves from a page served at `pageUrl`. */
export function embeddedMetadataItem(html: string, pageUrl: string): ZoteroItem {
  const tree = fromHtml(html);
  const metas = metaTags(tree);
  const statements: Statement[] = [];
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  for (const { name, content } of metas) {
    // Embedded Metadata.js, init(): several names may share one tag, split on white space.
    for (const tag of name.split(/\s+/)) {
      const statement = rdfStatement(tag, content);
      if (statement) {
        statements.push(statement);
        continue;
      }
      const short = tag.slice(Math.max(0, tag.lastIndexOf("citation_")));
      hwType = HIGHWIRE_TYPES[short] ?? hwType;
      // A title alone guesses a journal article: what a page without a type is taken for.
      if (short === "citation_title" || short === "citation_series_title") {
        hwTypeGuess ??= "journalArticle";
      }
      if (short.startsWith("citation_") && !isHighwireKnown(short)) {
        throw new Error(`the model does not know the tag ${tag}`);
      }
    }
  }
  const rdf = (prefix: string, property: string) =>
    statements.find((statement) => statement.prefix === prefix && statement.property === property)
      ?.value;
  const fields: Record<string, string | undefined> = {};

  // RDF.js, importItem(): what the RDF statements say, which Highwire tags then override.
  fields.title = rdf("dc", "title") ?? rdf("dcterms", "title") ?? rdf("og", "title");
  fields.date =
    rdf("og", "published_time") ?? rdf("article", "published_time") ?? rdf("dc", "date");
  fields.url = rdf("og", "url");
  fields.abstractNote =
    rdf("og", "description") ?? rdf("dcterms", "abstract") ?? rdf("dc", "description");
  // RDF.js, importItem(), "OTHER FIELDS": a property in Zotero's namespace is copied as it is.
  for (const statement of statements) {
    if (statement.prefix === "z" && statement.property !== "itemType") {
      fields[statement.property] = statement.value;
    }
  }

  // Embedded Metadata.js, processFields(): each mapped tag that has a value sets its field.
  for (const [tag, field] of HIGHWIRE_FIELDS) {
    const value = metas.find((meta) => meta.name.endsWith(tag))?.content.trim();
    if (value) fields[field] = value.replace(/\s+/g, " ");
  }
  // Embedded Metadata.js, addHighwireMetadata(): the online date only when there is no other.
  fields.date ??= metaContent(metas, "citation_online_date");

  const itemType = hwType ?? rdfItemType(statements, hwTypeGuess);
  const authorTags = metas.filter((meta) => meta.name.endsWith("citation_author"));
  const creators = highwireCreators(authorTags.map((meta) => meta.content));
  // Without them Zotero looks for names in Dublin Core, author tags and the page's byline.
  if (creators.length === 0) throw new Error("the model does not guess authors from the page");
  const pdf = metaContent(metas, "citation_pdf_url");
  // Embedded Metadata.js, addHighwireMetadata(): a PDF when the page names one, else a snapshot.
  const attachments: ZoteroAttachment[] = pdf
    ? [{ title: "Full Text PDF", mimeType: "application/pdf", url: pdf }]
    : [{ title: "Snapshot", mimeType: "text/html" }];
  fields.url ??=
    metaContent(metas, "citation_abstract_html_url") ??
    metaContent(metas, "citation_fulltext_html_url") ??
    pageUrl;
  // Embedded Metadata.js, addLowQualityMetadata(): fallbacks when no tag above said it.
  fields.abstractNote ??= metas.find((meta) => meta.name.toLowerCase() === "description")?.content;
  fields.language ??= htmlLang(tree);

  const item: ZoteroItem = { itemType, creators, attachments, tags: [] };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const stored = itemType === "preprint" ? (PREPRINT_BASE_FIELDS[field] ?? field) : field;
    // Embedded Metadata.js, finalDataCleanup(): a DOI is cleaned to its bare form.
    (item as unknown as Record<string, string>)[stored] =
      field === "DOI" ? cleanDoi(value) : value.replace(/\s+/g, " ");
  }
  item.libraryCatalog = new URL(pageUrl).host;
  // Embedded Metadata.js, finalDataCleanup(): tags a page names are dropped unless another
  // translator called this one, so a save from the page has none.
  item.tags = [];
  return inZoteroOrder(item);
}

/** The items Zotero's COinS translator offers from a page: one for each `span.Z3988[title]`. */
export function coinsItems(html: string): ZoteroItem[] {
  const items: ZoteroItem[] = [];
  visit(fromHtml(html), "element", (element: Element) => {
    const classes = element.properties["className"];
    const title = element.properties["title"];
    if (element.tagName !== "span" || !Array.isArray(classes) || !classes.includes("Z3988")) return;
    if (typeof title !== "string") return;
    const item = parseContextObject(title);
    // COinS.js, doWeb(): the page itself is attached as a snapshot.
    if (item) items.push(inZoteroOrder({ ...item, attachments: [{ mimeType: "text/html" }] }));
  });
  return items;
}

/** Every `citation_*` tag name on a page, whatever its value (listing pages must have none). */
export function highwireTagNames(html: string): string[] {
  return metaTags(fromHtml(html))
    .map((meta) => meta.name)
    .filter((name) => name.includes("citation_"));
}

// openurl.js, parseContextObject(): the OpenURL 1.0 key/encoded-value form, as Zotero reads it.
function parseContextObject(contextObject: string): ZoteroItem | undefined {
  const entries = contextObject.split("&").map((entry): [string, string] => {
    const [key = "", value = ""] = entry.split("=");
    // Zotero reads `+` and `%2B` both as a space.
    return [key, decodeURIComponent(value.replace(/\+|%2[bB]/g, " "))];
  });
  const format = entries.find(([key]) => key === "rft_val_fmt")?.[1];
  const formats: Record<string, string> = {
    "info:ofi/fmt:kev:mtx:journal": "journalArticle",
    "info:ofi/fmt:kev:mtx:dc": "webpage",
  };
  let itemType = format === undefined ? undefined : formats[format];
  // Without a format Zotero takes nothing from the span.
  if (!itemType) return undefined;
  const item: Omit<ZoteroItem, "itemType"> & Record<string, unknown> = {
    creators: [],
    attachments: [],
    tags: [],
  };
  for (const [key, value] of entries) {
    if (!value) continue;
    switch (key) {
      case "url_ver":
      case "ctx_ver":
      case "rft_val_fmt":
        break;
      case "rft_id":
        if (value.toLowerCase().startsWith("info:doi")) item.DOI = value.slice(9);
        else if (/^https?:\/\//.test(value)) item.url = value;
        else throw new Error(`the model does not know the identifier ${value}`);
        break;
      case "rft.title":
        item.title = value;
        break;
      case "rft.date":
        item.date = value;
        break;
      case "rft.au":
        item.creators.push(cleanAuthor(value, value.includes(",")));
        break;
      case "rft.type":
        // Only a Dublin Core type that names a Zotero item type changes the type.
        if (ITEM_TYPES.has(value)) itemType = value;
        break;
      default:
        throw new Error(`the model does not know the key ${key}`);
    }
  }
  return { itemType, ...item };
}

function inZoteroOrder(item: ZoteroItem): ZoteroItem {
  const rank = (key: string) =>
    (FIELD_ORDER.indexOf(key) + FIELD_ORDER.length + 1) % (FIELD_ORDER.length + 1);
  const entries = Object.entries(item).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return Object.fromEntries(entries) as unknown as ZoteroItem;
}

function metaTags(tree: Root): MetaTag[] {
  const metas: MetaTag[] = [];
  visit(tree, "element", (element: Element) => {
    if (element.tagName !== "meta") return;
    const name = element.properties["name"] ?? element.properties["property"];
    const content = element.properties["content"];
    // Embedded Metadata.js, init(): a tag without a name or a value is skipped.
    if (typeof name === "string" && typeof content === "string" && name && content) {
      metas.push({ name, content });
    }
  });
  return metas;
}

function metaContent(metas: readonly MetaTag[], name: string): string | undefined {
  return metas.find((meta) => meta.name.endsWith(name))?.content;
}

function isHighwireKnown(tag: string): boolean {
  return HIGHWIRE_HANDLED.has(tag) || HIGHWIRE_FIELDS.some(([known]) => known === tag);
}

// Embedded Metadata.js, init(): the prefix is the part before `.`, `:` or `_` (or the second part
// of three, as in og:video:release_date); the property starts lower case.
function rdfStatement(tag: string, value: string): Statement | undefined {
  const parts = tag.split(/[.:_]/);
  let prefix = parts.length > 2 ? (parts[1] ?? "").toLowerCase() : "";
  let prefixLength = (parts[0] ?? "").length + prefix.length + 1;
  if (!RDF_PREFIXES.has(prefix)) {
    prefix = (parts[0] ?? "").toLowerCase();
    prefixLength = prefix.length;
  }
  if (!RDF_PREFIXES.has(prefix)) return undefined;
  const rest = tag.slice(prefixLength + 1);
  const property = rest.charAt(0).toLowerCase() + rest.slice(1);
  if (["bib", "bibo", "prism", "eprint", "eprints", "foaf", "vcard", "rdf"].includes(prefix)) {
    throw new Error(`the model does not know the tag ${tag}`);
  }
  return { prefix, property, value };
}

// RDF.js, detectType(): Zotero's own type first, then OpenGraph's sure types, then Dublin Core's
// type when it names a Zotero item type; then the Highwire guess; OpenGraph's `article` last.
function rdfItemType(statements: readonly Statement[], hwTypeGuess: string | undefined): string {
  const value = (prefix: string, property: string) =>
    statements.find((statement) => statement.prefix === prefix && statement.property === property)
      ?.value;
  const zotero = value("z", "itemType");
  const og = value("og", "type");
  const ogTypes: Record<string, string> = {
    "video.movie": "videoRecording",
    "video.episode": "videoRecording",
    "video.tv_show": "videoRecording",
    "video.other": "videoRecording",
    book: "book",
    "music.song": "audioRecording",
    "music.album": "audioRecording",
    website: "webpage",
  };
  const dc = value("dc", "type") ?? value("dcterms", "type");
  const sure =
    (zotero && ITEM_TYPES.has(zotero) ? zotero : undefined) ??
    (og ? ogTypes[og] : undefined) ??
    (dc && ITEM_TYPES.has(dc) ? dc : undefined);
  if (sure) return sure;
  if (dc) throw new Error(`the model does not know the Dublin Core type ${dc}`);
  // Embedded Metadata.js, init(): the Highwire guess, else a web page, comes before any RDF guess
  // (such as OpenGraph's `article`).
  return hwTypeGuess ?? "webpage";
}

// Embedded Metadata.js, processHighwireCreators(): one tag may hold several names split by `;`,
// or by `,` when it is the only tag and each side has two words; repeated neighbours count once.
function highwireCreators(values: readonly string[]): ZoteroCreator[] {
  const creators: ZoteroCreator[] = [];
  let last: string | undefined;
  for (const value of values) {
    let names = value.split(/\s*;\s*/);
    const byComma = names.length === 1 ? (names[0] ?? "").split(/\s*,\s*/) : [];
    if (
      values.length === 1 &&
      byComma.length > 1 &&
      byComma[0]?.includes(" ") &&
      byComma[1]?.includes(" ")
    ) {
      names = byComma;
    }
    for (const raw of names) {
      const name = raw.trim();
      if (!/[^\s,\-.;]/.test(name) || name === last) continue;
      last = name;
      const creator = cleanAuthor(name, name.includes(","));
      creators.push({
        ...creator,
        firstName: fixCase(creator.firstName),
        lastName: fixCase(creator.lastName),
      });
    }
  }
  return creators;
}

// utilities.js, cleanAuthor(): "Last, First" splits at the comma, "First Last" before the last word
// that starts with a letter; a first name of up to three capitals (A-Z or Cyrillic) is initials, and
// every one-capital part of a first name gets its full stop.
function cleanAuthor(raw: string, useComma: boolean): ZoteroCreator {
  const name = raw
    .replace(/^[\s\u00a0.,/[\]:]+/, "")
    .replace(/[\s\u00a0.,/[\]:]+$/, "")
    .replace(/[\s\u00a0]+/, " ");
  let firstName: string;
  let lastName: string;
  if (useComma) {
    const [last = "", first = ""] = name.replace(/\.([^ ])/, ". $1").split(/, ?/);
    [firstName, lastName] = [first, last];
  } else {
    let space = name.length;
    do {
      space = name.lastIndexOf(" ", space - 1);
      [firstName, lastName] = [space === -1 ? "" : name.slice(0, space), name.slice(space + 1)];
    } while (!/^\p{L}/u.test(lastName) && space > 0);
  }
  const capitals = /^[A-Z\u0400-\u042f]+$/;
  if (
    capitals.test(firstName) &&
    firstName.length < 4 &&
    (firstName.length === 1 || lastName.toUpperCase() !== lastName)
  ) {
    firstName = [...firstName].map((letter) => `${letter}.`).join(" ");
  }
  firstName = firstName
    .replace(/^[\s.]+/, "")
    .replace(/[\s,]+$/, "")
    .replace(/\s*([\u002d\u00ad\u2010-\u2015\u2212\u2e3a\u2e3b])\s*/, "-")
    .split(/(?:[\s.]+|(?=-))/)
    .map((part) => (/^-?[A-Z\u0400-\u042f]$/.test(part) ? `${part}.` : part))
    .join(" ")
    .replace(/ -/g, "-")
    .trim();
  return { firstName, lastName, creatorType: "author" };
}

// Embedded Metadata.js, fixCase(): a name all in capitals or all in small letters is recased.
function fixCase(name: string): string {
  if (name !== name.toUpperCase() && name !== name.toLowerCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
}

// utilities.js, cleanDOI(): the DOI itself, out of a URL or a `doi:` label.
function cleanDoi(value: string): string {
  const match = /10\.\d{4,}\/\S*[^\s.,]/.exec(value);
  if (!match) throw new Error(`not a DOI: ${value}`);
  return match[0];
}

function htmlLang(tree: Root): string | undefined {
  let lang: string | undefined;
  visit(tree, "element", (element: Element) => {
    if (element.tagName === "html" && typeof element.properties["lang"] === "string") {
      lang = element.properties["lang"];
    }
  });
  return lang;
}
