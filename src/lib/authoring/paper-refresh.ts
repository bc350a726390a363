import { isMap, isScalar, parseDocument, type Pair, type YAMLMap } from "yaml";
import { paperFieldNames, paperLinkNames } from "../content/paper-schema.ts";

/** The fields a refresh may touch: the upvote count, and links that were missing. */
export interface PaperRefresh {
  upvotes?: number;
  links?: { code?: string; project?: string };
}

/** A paper file's text after a refresh, with what changed and what could not be done. */
export interface RefreshedSource {
  source: string;
  /** What changed, e.g. `upvotes 28 → 31` or `links.code added`. */
  changes: string[];
  /** Why something was left as it was, e.g. a `links` map written on one line. */
  skipped: string[];
}

interface Edit {
  at: number;
  end: number;
  text: string;
  /** Among edits at one place, the lower comes first in the file. */
  order: number;
}

const OPENING = /^---\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Refreshes a paper file's text in place: the value of `upvotes` is replaced (or an `upvotes:` line
 * added), and a `code` or `project` line is added under `links` when the file has none; every
 * other byte stays as it is, so whatever was edited by hand (title, abstract, tags, a link that
 * is there) keeps its edits. A file whose frontmatter cannot be read is returned unchanged.
 */
export function refreshPaperSource(source: string, refresh: PaperRefresh): RefreshedSource {
  const unchanged = (reason?: string): RefreshedSource => ({
    source,
    changes: [],
    skipped: reason ? [reason] : [],
  });
  if (!OPENING.test(source)) return unchanged("the file has no frontmatter");
  const yamlStart = source.indexOf("\n") + 1;
  const closing = CLOSING.exec(source.slice(yamlStart));
  if (!closing) return unchanged("the frontmatter has no closing --- line");
  const yamlText = source.slice(yamlStart, yamlStart + closing.index);
  const document = parseDocument(yamlText);
  if (document.errors.length > 0 || !isMap(document.contents)) {
    return unchanged("the frontmatter is not valid YAML");
  }
  const map = document.contents as YAMLMap<unknown, unknown>;
  const edits: Edit[] = [];
  const changes: string[] = [];
  const skipped: string[] = [];
  const lineBreak = source.includes("\r\n") ? "\r\n" : "\n";

  if (refresh.upvotes !== undefined) {
    const pair = findPair(map, "upvotes");
    const value = pair?.value;
    if (!pair) {
      edits.push({
        ...insertBefore(map, "upvotes", yamlText),
        text: `upvotes: ${refresh.upvotes}${lineBreak}`,
        order: 1,
      });
      changes.push(`upvotes ${refresh.upvotes}`);
    } else if (isScalar(value) && value.range) {
      if (value.value !== refresh.upvotes) {
        edits.push({
          at: value.range[0],
          end: value.range[1],
          text: String(refresh.upvotes),
          order: 0,
        });
        changes.push(`upvotes ${String(value.value)} → ${refresh.upvotes}`);
      }
    } else {
      skipped.push("upvotes is not a number on its line");
    }
  }

  const missing = paperLinkNames.flatMap((name) => {
    const link = name === "pdf" ? undefined : refresh.links?.[name];
    return link ? [{ name, link }] : [];
  });
  if (missing.length > 0) {
    const pair = findPair(map, "links");
    const links = pair?.value;
    if (!pair) {
      const lines = missing.map(
        ({ name, link }) => `  ${name}: ${JSON.stringify(link)}${lineBreak}`,
      );
      edits.push({
        ...insertBefore(map, "links", yamlText),
        text: `links:${lineBreak}${lines.join("")}`,
        order: 0,
      });
      changes.push(...missing.map(({ name }) => `links.${name} added`));
    } else if (isMap(links) && !links.flow && links.items.length > 0) {
      const first = links.items[0] as Pair<unknown, unknown>;
      const firstKey = first.key as { range?: [number, number, number] };
      const keyStart = firstKey.range?.[0] ?? 0;
      const indent = keyStart - (yamlText.lastIndexOf("\n", keyStart - 1) + 1);
      const end = lineEndAfter(yamlText, links.range?.[1] ?? keyStart);
      for (const { name, link } of missing) {
        if (findPair(links, name)) continue;
        edits.push({
          at: end,
          end,
          text: `${" ".repeat(indent)}${name}: ${JSON.stringify(link)}${lineBreak}`,
          order: paperLinkNames.indexOf(name),
        });
        changes.push(`links.${name} added`);
      }
    } else {
      skipped.push("links is not a map with one link a line; add missing links by hand");
    }
  }

  let yaml = yamlText;
  edits.sort((a, b) => b.at - a.at || b.order - a.order);
  for (const edit of edits) yaml = `${yaml.slice(0, edit.at)}${edit.text}${yaml.slice(edit.end)}`;
  return {
    source: `${source.slice(0, yamlStart)}${yaml}${source.slice(yamlStart + yamlText.length)}`,
    changes,
    skipped,
  };
}

function findPair(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** Where a new field goes: before the first field that follows it in the schema's order, else at the end. */
function insertBefore(
  map: YAMLMap<unknown, unknown>,
  field: string,
  yamlText: string,
): { at: number; end: number } {
  const later = paperFieldNames.slice(paperFieldNames.indexOf(field as never) + 1);
  const next = map.items.find(
    (pair) => isScalar(pair.key) && later.includes(String(pair.key.value) as never),
  );
  const keyStart = (next?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
  if (keyStart === undefined) {
    const end = yamlText.length;
    return { at: end, end };
  }
  const lineStart = yamlText.lastIndexOf("\n", keyStart - 1) + 1;
  return { at: lineStart, end: lineStart };
}

/** The start of the line after the one `offset` is on. */
function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf("\n", Math.max(0, offset - 1));
  return newline === -1 ? text.length : newline + 1;
}
