import { z } from "astro/zod";
import { parseArxivId } from "./arxiv.ts";
import { isValidDay } from "./dates.ts";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// GitHub's rules: 1-39 characters, letters, digits and single hyphens, no hyphen at either end.
const GITHUB_USERNAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const IMAGE_FILE = /^\.\/[^/\\]+\.(?:png|jpe?g|webp|avif|gif)$/i;

const httpsUrl = z.string({ error: "must be an https:// URL" }).refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.length > 0;
  } catch {
    return false;
  }
}, "must be an https:// URL");

const oneLine = (what: string) =>
  z
    .string({ error: `is required: ${what}` })
    .trim()
    .min(1, `must not be empty: ${what}`)
    .refine((value) => !/[\r\n]/.test(value), "must be on one line");

/** The frontmatter a paper file may have: the public content contract, documented field by field. */
export const paperFrontmatterSchema = z.strictObject({
  /** The paper's title, on one line. */
  title: oneLine("the paper's title"),
  /** The authors in order, one name each; an empty list when they are not known. */
  authors: z.array(oneLine("an author's name"), {
    error: 'is required: a list of author names, e.g. ["Ada Lovelace"], or [] when unknown',
  }),
  /** The arXiv id, new style (2307.03381) or old style (hep-th/9901001), with an optional version (v2). */
  arxiv: z
    .string({ error: 'must be an arXiv id in quotes, e.g. "2307.03381"' })
    .refine(
      (value) => parseArxivId(value) !== null,
      "must be an arXiv id such as 2307.03381, 2307.03381v2 or hep-th/9901001",
    )
    .optional(),
  /** The day the paper first appeared (on arXiv or elsewhere), YYYY-MM-DD. */
  published: z
    .string({ error: "must be a date written YYYY-MM-DD" })
    .refine(isValidDay, "must be a real date written YYYY-MM-DD")
    .optional(),
  /** Links to the paper's resources, each an absolute https:// URL. */
  links: z
    .strictObject(
      {
        /** The PDF; defaults to arXiv's PDF when `arxiv` is set. */
        pdf: httpsUrl.optional(),
        /** The code repository. */
        code: httpsUrl.optional(),
        /** The project page. */
        project: httpsUrl.optional(),
      },
      { error: "must be a map with pdf, code and/or project URLs" },
    )
    .optional(),
  /** Topics, each a lowercase kebab-case word such as `computer-vision`. */
  tags: z
    .array(
      z
        .string({ error: "must be a lowercase kebab-case word" })
        .regex(KEBAB_CASE, 'must be a lowercase kebab-case word, e.g. "computer-vision"'),
      { error: 'must be a list of tags, e.g. ["vision", "robotics"]' },
    )
    .refine((tags) => new Set(tags).size === tags.length, "must not list a tag twice")
    .optional(),
  /** How many readers upvoted the paper; orders papers within a day. */
  upvotes: z
    .int({ error: "must be a whole number of 0 or more" })
    .min(0, "must be a whole number of 0 or more")
    .optional(),
  /** The GitHub username of whoever added the paper, shown as "Submitted by". */
  submitter: z
    .string({ error: "must be a GitHub username" })
    .regex(GITHUB_USERNAME, "must be a GitHub username (letters, digits and single hyphens)")
    .optional(),
  /** An image beside the paper's file, e.g. `./figure.png`, shown on its card and page. */
  thumbnail: z
    .string({ error: "must be the path of an image beside the file, e.g. ./figure.png" })
    .regex(IMAGE_FILE, "must be the path of an image beside the file, e.g. ./figure.png")
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
