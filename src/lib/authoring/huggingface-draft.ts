import { z } from "astro/zod";
import { abstractToMdx } from "./abstract-mdx.ts";
import { normalizeSpace } from "./arxiv-atom.ts";
import type { PaperDraft } from "./paper-writer.ts";
import { isValidDay, type Day } from "../feed/dates.ts";
import { paperFrontmatterSchema, type PaperFrontmatter } from "../content/paper-schema.ts";
import { HUGGING_FACE_SUBMITTER_PREFIX, submitterProfile } from "../content/submitter.ts";

const user = z.looseObject({ user: z.string().optional(), name: z.string().optional() });
const link = z.string().nullish();

// Only what the import reads is checked; Hugging Face sends more (ai_summary, mediaUrl, ...) and may add fields.
const dailyPaperSchema = z.looseObject({
  paper: z.looseObject({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    authors: z.array(z.looseObject({ name: z.string() })),
    publishedAt: z.string().optional(),
    upvotes: z.int().min(0),
    submittedOnDailyBy: user.optional(),
    githubRepo: link,
    projectPage: link,
  }),
  submittedBy: user.optional(),
});

/** One item of Hugging Face's Daily Papers answer, as far as the import reads it. */
export type DailyPaper = z.infer<typeof dailyPaperSchema>;

/** What Hugging Face's counts and links say of a paper, refreshed on every import. */
export interface HuggingFaceRefresh {
  upvotes: number;
  links: { code?: string; project?: string };
}

/** A paper from Hugging Face: its draft for a new file and what a later import refreshes. */
export interface HuggingFaceDraft {
  arxivId: string;
  draft: PaperDraft;
  refresh: HuggingFaceRefresh;
  /** What was left out or changed to make the paper fit, for the contributor to know. */
  notes: string[];
}

/** An item of the answer that is not a paper as Hugging Face describes it: which one and what is wrong. */
export class DailyPaperError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DailyPaperError";
  }
}

const linkSchemas = paperFrontmatterSchema.shape.links.unwrap().shape;

/**
 * Turns the items of a day's answer into papers for that day: `paper.title` and each
 * `paper.authors[].name` with whitespace folded, `paper.id` as `arxiv`, the date of
 * `paper.publishedAt`, `paper.upvotes`, the submitter (`paper.submittedOnDailyBy.user`, or
 * `submittedBy.name` in older answers), `paper.githubRepo` and `paper.projectPage` when they are
 * https:// URLs, and `paper.summary` as the abstract with its math kept, as `papers:add` keeps
 * arXiv's. `ai_summary` and `ai_keywords` are machine-written and left out. Throws a
 * {@link DailyPaperError} naming the item and field when an item is not shaped as expected.
 */
export function dailyPapersToDrafts(answer: readonly unknown[], day: Day): HuggingFaceDraft[] {
  return answer.map((item, index) => {
    const parsed = dailyPaperSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") || "the item";
      const id = (item as { paper?: { id?: unknown } } | null)?.paper?.id;
      const which = `paper ${index + 1}${typeof id === "string" ? ` (${id})` : ""}`;
      throw new DailyPaperError(`${which}: ${field} ${issue?.message ?? "is not as expected"}`);
    }
    return toDraft(parsed.data, day, index);
  });
}

function toDraft(item: DailyPaper, day: Day, index: number): HuggingFaceDraft {
  const { paper } = item;
  const notes: string[] = [];
  const published = paper.publishedAt?.slice(0, 10) ?? "";
  const refresh: HuggingFaceRefresh = {
    upvotes: paper.upvotes,
    links: {
      ...httpsLink("code", paper.githubRepo, notes),
      ...httpsLink("project", paper.projectPage, notes),
    },
  };
  const submitter = submitterOf(item, notes);
  const frontmatter: PaperFrontmatter = {
    title: normalizeSpace(paper.title),
    authors: paper.authors.map((author) => normalizeSpace(author.name)),
    arxiv: paper.id,
    ...(isValidDay(published) ? { published } : {}),
    ...(Object.keys(refresh.links).length > 0 ? { links: refresh.links } : {}),
    upvotes: paper.upvotes,
    ...(submitter ? { submitter } : {}),
  };
  const { abstractMdx, note } = abstractToMdx(normalizeSpace(paper.summary));
  if (note) notes.push(note);
  return {
    arxivId: paper.id,
    draft: {
      frontmatter,
      abstractMdx,
      day,
      origin: `Hugging Face Daily Papers of ${day}, paper ${index + 1}`,
    },
    refresh,
    notes,
  };
}

function httpsLink(
  kind: "code" | "project",
  value: string | null | undefined,
  notes: string[],
): { code?: string; project?: string } {
  if (!value) return {};
  if (linkSchemas[kind].safeParse(value).success) return { [kind]: value };
  notes.push(`links.${kind} left out: ${JSON.stringify(value)} is not an https:// URL`);
  return {};
}

function submitterOf(item: DailyPaper, notes: string[]): string | undefined {
  const username = item.paper.submittedOnDailyBy?.user ?? item.submittedBy?.name;
  if (!username) return undefined;
  const value = `${HUGGING_FACE_SUBMITTER_PREFIX}${username}`;
  if (submitterProfile(value)) return value;
  notes.push(`submitter left out: ${JSON.stringify(username)} is not a Hugging Face username`);
  return undefined;
}
