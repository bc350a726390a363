import { defineCollection } from "astro:content";
import { paperDerivedSchema, paperFrontmatterSchema } from "./lib/content/paper-schema.ts";
import { paperLoader } from "./loaders/paper-loader.ts";
import siteConfig from "../site.config.ts";

const papers = defineCollection({
  loader: paperLoader({ base: siteConfig.papersDir, maxDaysAhead: siteConfig.maxDaysAhead }),
  schema: ({ image }) =>
    paperFrontmatterSchema.extend({ thumbnail: image().optional(), ...paperDerivedSchema.shape }),
});

export const collections = { papers };
