import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

export const collections = {
  papers: defineCollection({
    loader: glob({ pattern: "**/*.md", base: "./papers" }),
    schema: z.object({ title: z.string(), authors: z.array(z.string()) }),
  }),
};
