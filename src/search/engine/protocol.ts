// The messages between the page and the search worker.
import type { Segment } from "../core/highlight.ts";
import type { SearchFilters } from "./filters.ts";

/**
 * The page's first message: the search index's manifest as the page fetched it while the worker
 * started (fetching it beside the worker's start saves a round trip), or null if the page could not.
 */
export interface ManifestMessage {
  manifest: string | null;
}

/** A search the page asks the worker for. */
export interface SearchMessage {
  id: number;
  query: string;
  filters: SearchFilters;
  offset: number;
  limit: number;
}

/** Words typed too short to search for yet: the worker loads the index parts they will need. */
export interface PrepareMessage {
  prepare: string;
}

/** One result, ready to show: every piece of paper text comes as segments to be set as text. */
export interface ResultItem {
  url: string;
  title: Segment[];
  authors: Segment[][];
  /** How many authors are not listed. */
  moreAuthors: number;
  day: string;
  /** The day as the site writes it, e.g. "Jul 31, 2025": formatted at build time. */
  date: string;
  tags: string[];
  excerpt: Segment[];
}

/** The worker's answer to one search. */
export type ResultMessage =
  | { id: number; ok: true; total: number; items: ResultItem[] }
  | { id: number; ok: false; error: string };
