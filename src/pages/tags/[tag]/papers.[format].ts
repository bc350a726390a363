import type { APIRoute, GetStaticPaths } from "astro";
import { bibliographyResponse, type BibliographyProps } from "../../../data/bibliography.ts";
import { getTagFilePaths } from "../../../data/tags.ts";

// /tags/<tag>/papers.bib and papers.ris.
export const getStaticPaths = (() => getTagFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<BibliographyProps> = ({ props }) => bibliographyResponse(props);
