import type { $ZodIssue } from "zod/v4/core";
import { arxivPaperId } from "./arxiv-id.ts";
import { isValidDay, type Day } from "../feed/dates.ts";
import { splitFrontmatter, type Position } from "./frontmatter.ts";
import { isValidPaperId } from "./paper-id.ts";
import {
  paperFieldNames,
  paperFrontmatterSchema,
  paperLinkNames,
  type PaperFrontmatter,
} from "./paper-schema.ts";
import { checkAbstract, renderAbstract, type RenderedAbstract } from "./render-abstract.ts";

/** One thing wrong with one paper file: where, which field, and what is expected. */
export interface ContentProblem {
  /** The file, as a path from the project root. */
  file: string;
  position: Position;
  /** The frontmatter field (`links.code`), or `path` / `body` for the file's place and its abstract. */
  field: string;
  message: string;
}

/** A paper file that passed every per-file check. */
export interface CheckedPaper {
  /** The paper's permanent id: the file name without `.mdx`. */
  id: string;
  /** The file, as a path from the project root. */
  file: string;
  /** The feed day, from the file's folders. */
  day: Day;
  frontmatter: PaperFrontmatter;
  /** The abstract; its `html` is empty when the file was checked with `render: false`. */
  abstract: RenderedAbstract;
}

/** The id and arXiv id a paper file claims, valid or not: what duplicates are found by. */
export interface PaperIdentity {
  /** The file name without `.mdx`. */
  id: string;
  /** The file, as a path from the project root. */
  file: string;
  arxiv?: string;
}

/** What checking one file found: the paper when it is valid, and every problem otherwise. */
export interface FileCheck {
  /** The id and arXiv id the file claims, valid or not, so duplicates are found even among broken files. */
  identity: PaperIdentity;
  paper?: CheckedPaper;
  problems: ContentProblem[];
}

const PAPER_PATH = /^(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\.mdx$/;

/**
 * Checks one paper file: where it lives (`YYYY/MM/DD/<id>.mdx`), its frontmatter against the
 * schema, its id, and that its abstract is safe MDX that renders. Reports every problem at once.
 */
export function checkPaperFile(options: {
  /** The file as shown in messages, a path from the project root. */
  file: string;
  /** The file's path inside the papers folder, with `/` separators. */
  pathInCollection: string;
  source: string;
  /** Whether a file beside the paper exists, for `thumbnail`. */
  siblingExists: (name: string) => boolean;
  /** Render the abstract to HTML (the default, for the site) or only check it (for validation). */
  render?: boolean;
}): FileCheck {
  const { file, pathInCollection, source } = options;
  const problems: ContentProblem[] = [];
  const top: Position = { line: 1, column: 1 };
  const report = (field: string, message: string, position: Position = top) =>
    problems.push({ file, position, field, message });

  const place = PAPER_PATH.exec(pathInCollection);
  const day = place ? `${place[1]}-${place[2]}-${place[3]}` : undefined;
  const id = idOfPath(pathInCollection);
  if (!place || !day) {
    report("path", "must be papers/YYYY/MM/DD/<id>.mdx, under the folders of its feed day");
  } else if (!isValidDay(day)) {
    report("path", `folders ${place[1]}/${place[2]}/${place[3]} are not a real day (YYYY/MM/DD)`);
  }
  if (!isValidPaperId(id)) {
    report(
      "path",
      `file name "${id}" is not a valid id: lowercase letters, digits and -, at most 80 characters`,
    );
  }

  const split = splitFrontmatter(source);
  if (split.error) report("frontmatter", split.error.message, split.error.position);
  let frontmatter: PaperFrontmatter | undefined;
  if (split.data) {
    const parsed = paperFrontmatterSchema.safeParse(split.data);
    if (parsed.success) {
      frontmatter = parsed.data;
    } else {
      for (const issue of parsed.error.issues) {
        for (const { field, message, path } of describeIssue(issue)) {
          report(field, message, split.locate(path));
        }
      }
    }
  }
  // Read field by field, so these checks still run when another field is invalid.
  const { shape } = paperFrontmatterSchema;
  const arxiv = claimedArxiv(split.data);
  const thumbnail = split.data
    ? shape.thumbnail.safeParse(split.data["thumbnail"]).data
    : undefined;
  if (arxiv && place) {
    const expected = arxivPaperId(arxiv);
    if (expected !== id) {
      report(
        "arxiv",
        `the file of arXiv paper ${arxiv} must be named ${expected}.mdx`,
        split.locate(["arxiv"]),
      );
    }
  }
  if (thumbnail && !options.siblingExists(thumbnail)) {
    report("thumbnail", `no file ${thumbnail} beside the paper`, split.locate(["thumbnail"]));
  }

  const abstract =
    options.render === false
      ? { ...checkAbstract(split.body), html: "" }
      : renderAbstract(split.body);
  for (const problem of abstract.problems) {
    report("body", problem.message, {
      line: problem.position.line + split.bodyLine - 1,
      column: problem.position.column,
    });
  }
  if (split.data && abstract.text.length === 0 && abstract.problems.length === 0) {
    report("body", "the abstract is empty: write it below the frontmatter", {
      line: split.bodyLine,
      column: 1,
    });
  }

  const identity = arxiv ? { id, file, arxiv } : { id, file };
  if (problems.length > 0 || !frontmatter || !day) return { identity, problems };
  return { identity, paper: { id, file, day, frontmatter, abstract }, problems };
}

/**
 * The identity a paper file claims, read from its path and frontmatter alone: what duplicates are
 * found by, for files that are not themselves being checked.
 */
export function readPaperIdentity(options: {
  file: string;
  pathInCollection: string;
  source: string;
}): PaperIdentity {
  const id = idOfPath(options.pathInCollection);
  const arxiv = claimedArxiv(splitFrontmatter(options.source).data);
  return arxiv ? { id, file: options.file, arxiv } : { id, file: options.file };
}

function idOfPath(pathInCollection: string): string {
  return (
    PAPER_PATH.exec(pathInCollection)?.[4] ??
    pathInCollection.replace(/^.*\//, "").replace(/\.[^.]*$/, "")
  );
}

function claimedArxiv(data: Record<string, unknown> | null): string | undefined {
  return data ? paperFrontmatterSchema.shape.arxiv.safeParse(data["arxiv"]).data : undefined;
}

/** Finds papers that share an id or an arXiv id, naming both files in each problem. */
export function findDuplicates(
  papers: readonly { id: string; file: string; arxiv?: string | undefined }[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const top: Position = { line: 1, column: 1 };
  const byId = new Map<string, string>();
  const byArxiv = new Map<string, string>();
  for (const paper of papers) {
    const sameId = byId.get(paper.id);
    if (sameId) {
      problems.push({
        file: paper.file,
        position: top,
        field: "path",
        message: `id "${paper.id}" is already used by ${sameId}`,
      });
    } else {
      byId.set(paper.id, paper.file);
    }
    if (!paper.arxiv) continue;
    const arxivKey = arxivPaperId(paper.arxiv);
    const sameArxiv = byArxiv.get(arxivKey);
    if (sameArxiv && sameArxiv !== sameId) {
      problems.push({
        file: paper.file,
        position: top,
        field: "arxiv",
        message: `arXiv ${arxivKey} is already in ${sameArxiv}`,
      });
    } else {
      byArxiv.set(arxivKey, paper.file);
    }
  }
  return problems;
}

/** Formats a problem as one line: `file:line:column  field  message`. */
export function formatProblem(problem: ContentProblem): string {
  const { file, position, field, message } = problem;
  return `${file}:${position.line}:${position.column}  ${field}  ${message}`;
}

/**
 * Formats a problem as a GitHub Actions workflow command, which shows it on the pull request's
 * changed file, at its line.
 */
export function formatGithubAnnotation(problem: ContentProblem): string {
  const { file, position, field, message } = problem;
  const property = (value: string) =>
    escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
  return `::error file=${property(file)},line=${position.line},col=${position.column},title=${property(field)}::${escapeData(message)}`;
}

function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Orders problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.position.line - b.position.line ||
      a.position.column - b.position.column,
  );
}

/** The error the build throws when content is invalid: every problem in every file, one per line. */
export class InvalidContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    const files = new Set(sorted.map((problem) => problem.file)).size;
    super(
      `${sorted.length} problem${sorted.length === 1 ? "" : "s"} in ${files} paper file${files === 1 ? "" : "s"}:\n` +
        sorted.map(formatProblem).join("\n"),
    );
    this.name = "InvalidContentError";
    this.problems = sorted;
  }
}

function describeIssue(
  issue: $ZodIssue,
): { field: string; message: string; path: PropertyKey[] }[] {
  const path = [...issue.path];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      field: [...path, key].join("."),
      message: unknownFieldMessage(key, path.length === 0 ? paperFieldNames : paperLinkNames),
      path: [...path, key],
    }));
  }
  return [{ field: path.join(".") || "frontmatter", message: issue.message, path }];
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const suggestion = known.find((name) => editDistance(name, key) <= 2);
  const hint = suggestion ? `did you mean "${suggestion}"? ` : "";
  return `is not a known field; ${hint}known fields: ${known.join(", ")}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
