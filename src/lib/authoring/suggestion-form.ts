// Reads the answers of the "Suggest a paper" issue form (.github/ISSUE_TEMPLATE/suggest-a-paper.yml)
// from the body GitHub writes for it. The body is anyone's text: every answer used is checked
// against a strict grammar, and no message repeats what was written.
import { extractArxivId } from "../content/arxiv-id.ts";
import { paperFrontmatterSchema } from "../content/paper-schema.ts";
import { isValidDay, type Day } from "../feed/dates.ts";

/** The form's fields, by the heading GitHub writes above each answer. */
export const SUGGESTION_FORM_LABELS = {
  paper: "arXiv id or link",
  day: "Feed day",
  tags: "Tags",
  why: "Why it belongs in the feed",
  checks: "Before you submit",
} as const;

/** The longest body read; the form's answers fit in far less, so more is not a real suggestion. */
export const MAX_SUGGESTION_LENGTH = 20_000;
const MAX_ANSWER_LENGTH = { paper: 300, day: 10, tags: 500 } as const;
// What GitHub writes for a field left empty.
const NO_RESPONSE = "_No response_";
const HEADING = /^### (.*)$/;

/** A suggestion whose every answer passed its check, ready to become `papers:add` arguments. */
export interface Suggestion {
  /** The arXiv id, with its version when one was given, e.g. `2307.03381` or `hep-th/9711200v2`. */
  arxiv: string;
  /** The feed day, when one was given. */
  day?: Day;
  tags: string[];
}

/** What reading a form gives: the suggestion, or every problem found, each a sentence for the issue. */
export type SuggestionResult =
  { ok: true; suggestion: Suggestion } | { ok: false; problems: string[] };

/** Reads an issue body written by the suggestion form; never throws on what the body holds. */
export function parseSuggestionForm(body: string | null | undefined): SuggestionResult {
  if (typeof body !== "string" || body.trim() === "") {
    return fail(`The issue has no text. Please open it with the "Suggest a paper" form.`);
  }
  if (body.length > MAX_SUGGESTION_LENGTH) {
    return fail(
      `The issue is ${body.length.toLocaleString("en-US")} characters long; the form's answers fit in ${MAX_SUGGESTION_LENGTH.toLocaleString("en-US")}. Please open it again with the "Suggest a paper" form.`,
    );
  }
  const sections = readSections(body);
  if (!sections.ok) return sections;
  const answers = sections.answers;

  const problems: string[] = [];
  const paper = answers.get(SUGGESTION_FORM_LABELS.paper);
  let arxiv: string | undefined;
  if (paper === undefined) {
    problems.push(
      `The form's "${SUGGESTION_FORM_LABELS.paper}" section is missing. Please use the "Suggest a paper" form.`,
    );
  } else {
    arxiv = readArxiv(paper, problems);
  }
  const day = readDay(answers.get(SUGGESTION_FORM_LABELS.day), problems);
  const tags = readTags(answers.get(SUGGESTION_FORM_LABELS.tags), problems);
  if (problems.length > 0 || arxiv === undefined) return { ok: false, problems };
  return { ok: true, suggestion: day === undefined ? { arxiv, tags } : { arxiv, day, tags } };
}

// Splits the body at the form's own headings; any other `### ` line is text of a free answer.
function readSections(
  body: string,
): { ok: true; answers: Map<string, string> } | { ok: false; problems: string[] } {
  const known = new Set<string>(Object.values(SUGGESTION_FORM_LABELS));
  const answers = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of body.replaceAll("\r\n", "\n").split("\n")) {
    const heading = HEADING.exec(line)?.[1]?.trim();
    if (heading !== undefined && known.has(heading)) {
      if (answers.has(heading)) {
        return fail(
          `The form's "${heading}" section appears twice. Please keep one answer for each question.`,
        );
      }
      current = [];
      answers.set(heading, current);
    } else if (current) {
      current.push(line);
    } else if (line.trim() !== "") {
      return fail(
        `The issue does not read as the "Suggest a paper" form: it must start with the "${SUGGESTION_FORM_LABELS.paper}" question.`,
      );
    }
  }
  return {
    ok: true,
    answers: new Map([...answers].map(([label, lines]) => [label, lines.join("\n").trim()])),
  };
}

function readArxiv(answer: string, problems: string[]): string | undefined {
  const label = SUGGESTION_FORM_LABELS.paper;
  if (answer === "" || answer === NO_RESPONSE) {
    problems.push(`The "${label}" answer is empty: give an arXiv id such as 2307.03381.`);
    return undefined;
  }
  const single = oneLine(label, answer, MAX_ANSWER_LENGTH.paper, problems);
  if (single === undefined) return undefined;
  const id = extractArxivId(single);
  if (id) return `${id.id}${id.version ?? ""}`;
  problems.push(
    /^https?:\/\//i.test(single) && !/^https?:\/\/(?:www\.|export\.)?arxiv\.org\//i.test(single)
      ? `The "${label}" answer is a link outside arXiv: only arXiv papers are added automatically, so a maintainer will read your suggestion.`
      : `The "${label}" answer is not an arXiv id or arxiv.org link: write it like 2307.03381, arXiv:2307.03381v2 or https://arxiv.org/abs/2307.03381.`,
  );
  return undefined;
}

function readDay(answer: string | undefined, problems: string[]): Day | undefined {
  if (answer === undefined || answer === "" || answer === NO_RESPONSE) return undefined;
  const label = SUGGESTION_FORM_LABELS.day;
  const single = oneLine(label, answer, MAX_ANSWER_LENGTH.day, problems);
  if (single === undefined) return undefined;
  if (isValidDay(single)) return single;
  problems.push(
    `The "${label}" answer is not a day written YYYY-MM-DD, such as 2025-07-31: leave it empty for the day the paper is added.`,
  );
  return undefined;
}

function readTags(answer: string | undefined, problems: string[]): string[] {
  if (answer === undefined || answer === "" || answer === NO_RESPONSE) return [];
  const label = SUGGESTION_FORM_LABELS.tags;
  const single = oneLine(label, answer, MAX_ANSWER_LENGTH.tags, problems);
  if (single === undefined) return [];
  const tags = single
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  const checked = paperFrontmatterSchema.shape.tags.safeParse(tags);
  if (checked.success) return tags;
  for (const issue of checked.error.issues) {
    const index = issue.path[0];
    const which =
      typeof index === "number"
        ? `Tag ${index + 1} of the "${label}" answer`
        : `The "${label}" answer`;
    problems.push(
      `${which} ${issue.message}; separate tags with commas, e.g. multimodal, robotics.`,
    );
  }
  return [];
}

// An answer the form takes on one line, within its length.
function oneLine(
  label: string,
  answer: string,
  maxLength: number,
  problems: string[],
): string | undefined {
  if (/\p{Cc}/u.test(answer)) {
    problems.push(`The "${label}" answer must be one line of plain text.`);
  } else if (answer.length > maxLength) {
    problems.push(`The "${label}" answer is longer than ${maxLength} characters.`);
  } else {
    return answer;
  }
  return undefined;
}

function fail(problem: string): { ok: false; problems: string[] } {
  return { ok: false, problems: [problem] };
}
