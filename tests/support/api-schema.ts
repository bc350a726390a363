// The JSON API's files as Zod schemas, mirroring src/lib/publish/api-format.ts field for field:
// each is typed as the interface it checks, so the two cannot drift apart without a type error, and
// every object is strict, so a field the format does not name fails.
import { z } from "astro/zod";
import type { ApiDay, ApiDays, ApiPaper } from "../../src/lib/publish/api-format.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const absoluteUrl = z.url({ protocol: /^https?$/ });
const version = z.literal(1);

const paperFields = {
  id: z.string().min(1),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)),
  day,
  published: day.nullable(),
  arxiv: z.string().min(1).nullable(),
  doi: z.string().min(1).nullable(),
  journal: z.string().min(1).nullable(),
  tags: z.array(z.string().min(1)),
  upvotes: z.number().int().nonnegative().nullable(),
  submitter: z
    .object({
      site: z.enum(["GitHub", "Hugging Face"]),
      username: z.string().min(1),
      url: absoluteUrl,
    })
    .strict()
    .nullable(),
  abstract: z.object({ text: z.string(), html: z.string() }).strict(),
  bibtex: z.string().startsWith("@misc{"),
  urls: z
    .object({
      page: absoluteUrl,
      api: absoluteUrl,
      arxiv: absoluteUrl.nullable(),
      pdf: absoluteUrl.nullable(),
      code: absoluteUrl.nullable(),
      project: absoluteUrl.nullable(),
      thumbnail: absoluteUrl.nullable(),
    })
    .strict(),
};

/** `/api/papers/<id>.json`. */
export const apiPaperSchema: z.ZodType<ApiPaper> = z.object({ version, ...paperFields }).strict();

/** `/api/days/YYYY-MM-DD.json`. */
export const apiDaySchema: z.ZodType<ApiDay> = z
  .object({ version, day, papers: z.array(z.object(paperFields).strict()) })
  .strict();

/** `/api/days.json`. */
export const apiDaysSchema: z.ZodType<ApiDays> = z
  .object({
    version,
    days: z.array(z.object({ day, count: z.number().int().positive(), url: absoluteUrl }).strict()),
  })
  .strict();
