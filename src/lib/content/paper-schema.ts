import { z } from "astro/zod";
import { parseArxivId } from "./arxiv-id.ts";
import { isValidDay } from "../feed/dates.ts";
import { findUnsafeCharacter } from "./unsafe-characters.ts";
import { submitterProfile } from "./submitter.ts";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A thumbnail path: an image file beside the paper, e.g. `./figure.png`. */
export const IMAGE_FILE = /^\.\/[^/\\]+\.(?:png|jpe?g|webp|avif|gif)$/i;
// A DOI: the 10.NNNN registrant prefix, a slash, then any suffix without spaces.
const DOI = /^10\.\d{4,9}\/\S+$/;

/** The longest title or journal reference a paper may have, in characters. */
export const MAX_TITLE_LENGTH = 500;
/** The longest author name, in characters. */
export const MAX_AUTHOR_LENGTH = 200;
/** The longest tag, in characters: it is a folder name and a URL segment. */
export const MAX_TAG_LENGTH = 50;

// Text that pages, feeds and citations carry: what cannot be shown as text is refused, and says which character it is.
const withoutUnsafeCharacters = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((value) => findUnsafeCharacter(value) === undefined, {
    error: (issue) =>
      `must not contain ${findUnsafeCharacter(String(issue.input))?.description ?? "control characters"}`,
  });

const httpsUrl = withoutUnsafeCharacters(
  z.string({ error: "must be an https:// URL" }).refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "must be an https:// URL"),
);

// Zero-width and other invisible characters alone would make a blank title or an empty link.
const VISIBLE = /[^\s\p{Cf}]/u;

const oneLine = (what: string, maxLength: number) =>
  withoutUnsafeCharacters(
    z
      .string({ error: `is required: ${what}` })
      .trim()
      .refine((value) => VISIBLE.test(value), `must not be empty: ${what}`)
      .max(maxLength, {
        error: (issue) =>
          `is ${(issue.input as string).length.toLocaleString("en")} characters long; at most ${maxLength} are allowed`,
      })
      .refine((value) => !/[\r\n\u2028\u2029]/.test(value), "must be on one line"),
  );

// The doc of a field: one line of what it holds and an example, which `npm run docs:schema` turns
// into docs/frontmatter.md, so the reference contributors read is the schema itself.
const doc = (description: string, example: unknown) => ({ description, examples: [example] });

/** The frontmatter a paper file may have: the public content contract, documented field by field. */
export const paperFrontmatterSchema = z.strictObject({
  title: oneLine("the paper's title", MAX_TITLE_LENGTH).meta(
    doc(
      `The paper's title, on one line, at most ${MAX_TITLE_LENGTH} characters.`,
      "Geodesic Multi-Modal Mixup for Robust Fine-Tuning",
    ),
  ),
  authors: z
    .array(oneLine("an author's name", MAX_AUTHOR_LENGTH), {
      error: 'is required: a list of author names, e.g. ["Ada Lovelace"], or [] when unknown',
    })
    .meta(
      doc(
        `The authors in order, one name each of at most ${MAX_AUTHOR_LENGTH} characters, as many as the paper has; \`[]\` when they are not known.`,
        ["Changdae Oh", "Kyungwoo Song"],
      ),
    ),
  arxiv: z
    .string({ error: 'must be an arXiv id in quotes, e.g. "2307.03381"' })
    .refine(
      (value) => parseArxivId(value) !== null,
      "must be an arXiv id such as 2307.03381, 2307.03381v2 or hep-th/9901001",
    )
    .meta(
      doc(
        "The arXiv id, new style (`2307.03381`) or old style (`hep-th/9901001`), optionally with a version (`v2`), in quotes. The file must then be named after it.",
        "2307.03381",
      ),
    )
    .optional(),
  published: z
    .string({ error: "must be a date written YYYY-MM-DD" })
    .refine(isValidDay, "must be a real date written YYYY-MM-DD")
    .meta(
      doc("The day the paper first appeared (on arXiv or elsewhere), `YYYY-MM-DD`.", "2023-07-07"),
    )
    .optional(),
  doi: withoutUnsafeCharacters(
    z
      .string({ error: "must be a DOI such as 10.1145/3581783.3612345" })
      .regex(DOI, "must be a DOI such as 10.1145/3581783.3612345, without https://doi.org/"),
  )
    .meta(
      doc(
        "The DOI of the published version, without `https://doi.org/`.",
        "10.48550/arXiv.2307.03381",
      ),
    )
    .optional(),
  journal: oneLine("the journal reference", MAX_TITLE_LENGTH)
    .meta(
      doc(
        `Where the paper was published, as arXiv's journal reference gives it, at most ${MAX_TITLE_LENGTH} characters.`,
        "Advances in Neural Information Processing Systems 36 (2023)",
      ),
    )
    .optional(),
  links: z
    .strictObject(
      {
        pdf: httpsUrl
          .meta(
            doc(
              "The PDF; defaults to arXiv's PDF when `arxiv` is set.",
              "https://example.org/paper.pdf",
            ),
          )
          .optional(),
        code: httpsUrl
          .meta(doc("The code repository.", "https://github.com/changdaeoh/multimodal-mixup"))
          .optional(),
        project: httpsUrl.meta(doc("The project page.", "https://example.org/project")).optional(),
      },
      { error: "must be a map with pdf, code and/or project URLs" },
    )
    .meta({ description: "Links to the paper's resources, each an absolute `https://` URL." })
    .optional(),
  tags: z
    .array(
      z
        .string({ error: "must be a lowercase kebab-case word" })
        .regex(KEBAB_CASE, 'must be a lowercase kebab-case word, e.g. "computer-vision"')
        .max(MAX_TAG_LENGTH, `must be at most ${MAX_TAG_LENGTH} characters long`),
      { error: 'must be a list of tags, e.g. ["vision", "robotics"]' },
    )
    .refine((tags) => new Set(tags).size === tags.length, "must not list a tag twice")
    .meta(
      doc(
        `Topics, each a lowercase kebab-case word of at most ${MAX_TAG_LENGTH} characters; arXiv categories become e.g. \`cs-cv\`.`,
        ["multimodal", "cs-cv"],
      ),
    )
    .optional(),
  upvotes: z
    .int({ error: "must be a whole number of 0 or more" })
    .min(0, "must be a whole number of 0 or more")
    .meta(doc("How many readers upvoted the paper; orders the papers of a day.", 12))
    .optional(),
  submitter: z
    .string({ error: "must be a GitHub username" })
    .refine(
      (value) => submitterProfile(value) !== undefined,
      "must be a GitHub username (letters, digits and single hyphens), or huggingface: and a Hugging Face username",
    )
    .meta(
      doc(
        'Whoever added the paper, shown as "Submitted by": a GitHub username, or `huggingface:` and the Hugging Face username of whoever submitted it to Daily Papers.',
        "octocat",
      ),
    )
    .optional(),
  thumbnail: z
    .string({ error: "must be the path of an image beside the file, e.g. ./figure.png" })
    .regex(IMAGE_FILE, "must be the path of an image beside the file, e.g. ./figure.png")
    .meta(doc("An image beside the paper's file, shown on its card and page.", "./figure.png"))
    .optional(),
});

/** The frontmatter of a valid paper file. */
export type PaperFrontmatter = z.infer<typeof paperFrontmatterSchema>;

/** The frontmatter fields in the schema's order: the order files are written in and typos are matched against. */
export const paperFieldNames = Object.keys(
  paperFrontmatterSchema.shape,
) as readonly (keyof PaperFrontmatter)[];

type PaperLinks = NonNullable<PaperFrontmatter["links"]>;

/** The fields of `links` in the schema's order. */
export const paperLinkNames = Object.keys(
  paperFrontmatterSchema.shape.links.unwrap().shape,
) as readonly (keyof PaperLinks)[];

/** What the site derives from each paper file beyond its frontmatter. */
export const paperDerivedSchema = z.strictObject({
  /** The feed day, from the file's YYYY/MM/DD folders. */
  day: z.string().refine(isValidDay),
  /** The abstract as plain text, for excerpts, descriptions and search. */
  text: z.string(),
  /** Whether the abstract has math, so pages load KaTeX's stylesheet only where needed. */
  hasMath: z.boolean(),
});
