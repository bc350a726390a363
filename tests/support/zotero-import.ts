// What Zotero makes of the reading list's exported files, by the rules of its importers, for the
// variables and tags our files carry. Written from reading zotero-schema's `schema.json` (its `csl`
// mappings), zotero/utilities `utilities_item.js` (`itemFromCSLJSON`) and zotero/translators `RIS.js`
// (its type and field maps, `RISReader`), not from their code, which is AGPL: each rule names where
// it is. A variable or tag the model does not know throws, so that none passes unread.

/** A person as Zotero stores one: split in two, or one field (`fieldMode: 1`). */
export interface ImportedCreator {
  lastName: string;
  firstName?: string;
  fieldMode?: 1;
}

/** The fields of an imported item that our files set. */
export type ImportedItem = { itemType: string; creators: ImportedCreator[] } & Record<
  string,
  unknown
>;

// schema.json `csl.types`: the first Zotero type of each CSL type is the one imported.
const CSL_TYPES: Readonly<Record<string, string>> = { article: "preprint", report: "report" };

// schema.json `csl.fields.text`, for the variables we write; a base field resolves to the item
// type's own field (preprint: publisher → repository, number → archiveID).
const CSL_TEXT: Readonly<Record<string, string>> = {
  title: "title",
  abstract: "abstractNote",
  URL: "url",
  DOI: "DOI",
  publisher: "publisher",
  number: "number",
};
const BASE_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  preprint: { publisher: "repository", number: "archiveID" },
  report: { publisher: "institution", number: "reportNumber" },
};

// Variables Zotero's CSL-JSON import leaves alone: `id` becomes no field; schema.json maps no field
// to `keyword`.
const CSL_IGNORED = new Set(["id", "keyword"]);

/** The item Zotero's CSL JSON importer makes of one CSL-JSON item (`itemFromCSLJSON`). */
export function zoteroItemFromCsl(item: Record<string, unknown>): ImportedItem {
  const itemType = CSL_TYPES[String(item["type"])];
  if (!itemType) throw new Error(`a CSL type the model does not know: ${String(item["type"])}`);
  const imported: ImportedItem = { itemType, creators: [] };
  for (const [variable, value] of Object.entries(item)) {
    if (variable === "type" || CSL_IGNORED.has(variable)) continue;
    if (variable === "author") {
      // itemFromCSLJSON: family/given become last and first name; a literal is one field.
      imported.creators = (value as { family?: string; given?: string; literal?: string }[]).map(
        (name) =>
          name.family !== undefined || name.given !== undefined
            ? { lastName: name.family ?? "", firstName: name.given ?? "" }
            : { lastName: name.literal ?? "", fieldMode: 1 },
      );
    } else if (variable === "issued") {
      // itemFromCSLJSON: date-parts with year, month and day make an EDTF date.
      const [parts = []] = (value as { "date-parts": number[][] })["date-parts"];
      imported["date"] = parts.map((part) => String(part).padStart(2, "0")).join("-");
    } else {
      const field = CSL_TEXT[variable];
      if (!field) throw new Error(`a CSL variable the model does not know: ${variable}`);
      imported[BASE_FIELDS[itemType]?.[field] ?? field] = value;
    }
  }
  return imported;
}

// RIS.js `exportTypeMap`, read backwards by its import, for the types we write.
const RIS_TYPES: Readonly<Record<string, string>> = { RPRT: "report" };

// RIS.js `fieldMap`, for the tags we write, with the field each gives a report.
const RIS_FIELDS: Readonly<Record<string, string>> = {
  TI: "title",
  AB: "abstractNote",
  UR: "url",
  DO: "DOI",
  PB: "institution",
  SN: "reportNumber",
  M3: "reportType",
};

/** The item Zotero's RIS importer makes of one record, its lines read as `[tag, value]`. */
export function zoteroItemFromRis(record: readonly [string, string][]): ImportedItem {
  const [first, ...lines] = record;
  const itemType = first?.[0] === "TY" ? RIS_TYPES[first[1]] : undefined;
  if (!itemType) throw new Error(`a record type the model does not know: ${String(first)}`);
  const imported: ImportedItem = { itemType, creators: [] };
  const tags: string[] = [];
  let year: string | undefined;
  for (const [tag, value] of lines) {
    if (tag === "AU") {
      // RIS.js `processTag`, creators: the last name ends at the first comma; none makes one field.
      const lastName = value.split(/\s*,\s*/)[0] ?? "";
      const firstName = value.slice(lastName.length).replace(/^\s*,\s*/, "");
      imported.creators.push(firstName ? { lastName, firstName } : { lastName, fieldMode: 1 });
    } else if (tag === "DA") {
      // RIS.js `dateRIStoZotero`: YYYY/MM/DD/, each part optional after the year.
      imported["date"] = value
        .split("/")
        .filter(Boolean)
        .map((part) => part.padStart(2, "0"))
        .join("-");
    } else if (tag === "PY") {
      // RIS.js: PY is only a backup for the date DA gives.
      year = value;
    } else if (tag === "KW") {
      tags.push(value);
    } else if (tag === "ID") {
      // RIS.js `degenerateImportFieldMap`: ID is ignored.
    } else {
      const field = RIS_FIELDS[tag];
      if (!field) throw new Error(`an RIS tag the model does not know: ${tag}`);
      imported[field] = value;
    }
  }
  if (imported["date"] === undefined && year !== undefined) imported["date"] = year;
  if (tags.length > 0) imported["tags"] = tags;
  return imported;
}
