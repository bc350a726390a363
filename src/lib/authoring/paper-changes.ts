import { arxivAbsUrl, parseArxivId } from "../content/arxiv-id.ts";
import { splitFrontmatter } from "../content/frontmatter.ts";
import { dayOfPaperFile } from "../content/paper-files.ts";
import { escapeMarkdownText } from "../text/markdown-text.ts";

/** One paper file that changed: its text before (none when added) and after (none when removed). */
export interface PaperFileChange {
  /** The file from the repository's root. */
  file: string;
  before?: string;
  after?: string;
}

/** How many papers were added, updated and removed, and a Markdown account of them. */
export interface PaperChangesSummary {
  added: number;
  updated: number;
  removed: number;
  markdown: string;
}

/** Where the account may be shown, and how long it may be (GitHub cuts a description at 65,536). */
export interface DescribeOptions {
  /** A first paragraph, already Markdown, e.g. which workflow run wrote the changes. */
  intro?: string;
  maxLength?: number;
}

interface Paper {
  fields: Record<string, unknown>;
  body: string;
}

/**
 * Describes changed paper files for a pull request: one line per added paper (day, linked title,
 * upvotes), one per updated paper naming what changed (`upvotes 10 → 25`, `links.code added`),
 * one per removed file, cut with "and N more" to fit `maxLength`.
 */
export function describePaperChanges(
  changes: readonly PaperFileChange[],
  options: DescribeOptions = {},
): PaperChangesSummary {
  const added: string[] = [];
  const updated: string[] = [];
  const removed: string[] = [];
  for (const change of [...changes].sort((a, b) => compareFiles(a.file, b.file))) {
    const before = change.before === undefined ? undefined : readPaper(change.before);
    const after = change.after === undefined ? undefined : readPaper(change.after);
    if (!after) {
      removed.push(`- ${code(change.file)}`);
    } else if (!before) {
      const upvotes = after.fields["upvotes"];
      added.push(
        `- ${paperLine(change.file, after)}${typeof upvotes === "number" ? `, ${plural(upvotes, "upvote")}` : ""}`,
      );
    } else {
      const what = differences(before, after);
      if (what.length > 0) updated.push(`- ${paperLine(change.file, after)}: ${what.join(", ")}`);
    }
  }

  const counts = [
    `${added.length} added`,
    `${updated.length} updated`,
    ...(removed.length > 0 ? [`${removed.length} removed`] : []),
  ];
  const head = [...(options.intro ? [options.intro, ""] : []), `**Papers: ${counts.join(", ")}.**`];
  const sections: [string, string[]][] = [
    ["Added", added],
    ["Updated", updated],
    ["Removed", removed],
  ];
  const maxLength = options.maxLength ?? 60_000;
  let markdown = head.join("\n");
  for (const [title, lines] of sections) {
    if (lines.length === 0) continue;
    markdown += `\n\n### ${title} (${lines.length})\n`;
    for (const [index, line] of lines.entries()) {
      const rest = lines.length - index;
      // Room is kept for the line that says how many did not fit.
      if (markdown.length + line.length + 1 > maxLength - 40) {
        markdown += `\n- …and ${rest} more`;
        break;
      }
      markdown += `\n${line}`;
    }
  }
  return {
    added: added.length,
    updated: updated.length,
    removed: removed.length,
    markdown: `${markdown}\n`,
  };
}

function readPaper(source: string): Paper {
  const split = splitFrontmatter(source);
  return { fields: split.data ?? {}, body: split.body.trim() };
}

function paperLine(file: string, paper: Paper): string {
  const title = typeof paper.fields["title"] === "string" ? paper.fields["title"] : file;
  const arxiv = typeof paper.fields["arxiv"] === "string" ? paper.fields["arxiv"] : "";
  const shown = escapeMarkdownText(title);
  const link = parseArxivId(arxiv) ? `[${shown}](${arxivAbsUrl(arxiv)})` : shown;
  return `${dayOfPaperFile(file) ?? code(file)}: ${link}`;
}

// What differs between two versions of a paper, one level into `links`.
function differences(before: Paper, after: Paper): string[] {
  const what: string[] = [];
  const compare = (name: string, old: unknown, now: unknown) => {
    if (JSON.stringify(old) === JSON.stringify(now)) return;
    if (old === undefined) what.push(`${name} added`);
    else if (now === undefined) what.push(`${name} removed`);
    else if (typeof old === "number" && typeof now === "number")
      what.push(`${name} ${old} → ${now}`);
    else what.push(`${name} changed`);
  };
  const keys = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  for (const key of keys) {
    const old = before.fields[key];
    const now = after.fields[key];
    if (key === "links" && (isRecord(old) || isRecord(now))) {
      const oldLinks = isRecord(old) ? old : {};
      const newLinks = isRecord(now) ? now : {};
      for (const link of new Set([...Object.keys(oldLinks), ...Object.keys(newLinks)])) {
        compare(`links.${link}`, oldLinks[link], newLinks[link]);
      }
    } else {
      compare(key, old, now);
    }
  }
  if (before.body !== after.body) what.push("abstract changed");
  return what;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Newest day first, then by file.
function compareFiles(a: string, b: string): number {
  const dayA = dayOfPaperFile(a) ?? "";
  const dayB = dayOfPaperFile(b) ?? "";
  return dayA === dayB ? a.localeCompare(b) : dayB.localeCompare(dayA);
}

function code(file: string): string {
  return `\`${file.replaceAll("`", "")}\``;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
