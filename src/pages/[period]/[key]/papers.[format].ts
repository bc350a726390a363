import type { APIRoute, GetStaticPaths } from "astro";
import { bibliographyResponse, type BibliographyProps } from "../../../data/bibliography.ts";
import { getPeriodFilePaths } from "../../../data/periods.ts";

// /date/<day>/papers.bib and papers.ris, and the same for each week and month.
export const getStaticPaths = (() => getPeriodFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<BibliographyProps> = ({ props }) => bibliographyResponse(props);
