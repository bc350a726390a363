// The pages of a list of papers (a tag's, an author's), split into pages of `site.pageSize`.
import { pageSlices } from "../lib/feed/pagination.ts";
import type { Download } from "./bibliography.ts";
import { headedDays, unheadedSection, type DaySection } from "./days.ts";
import type { Link, Paper } from "./papers.ts";
import { site } from "./site.ts";

/** A feed of the list's papers, as its page links to it. */
export interface ListFeed {
  href: string;
  /** The feed's name for feed readers, in the page's `<link rel="alternate">`. */
  title: string;
  /** The link's text on the page. */
  label: string;
}

/** What a list of papers is, as its pages show it. */
export interface PaperList {
  /** The list's page title and heading, e.g. "Papers tagged “agents”". */
  heading: string;
  /** The list for search engines, in a sentence. */
  description: string;
  /** The URL of the list's page `number`, from 1. */
  pageUrl: (number: number) => string;
  feed?: ListFeed | undefined;
  /** The whole list's papers as files for reference managers. */
  downloads?: Download[] | undefined;
  /** The same papers seen another way, e.g. a week's feed beside its most upvoted. */
  views?: Link[] | undefined;
  /** The list's papers, newest feed day first unless `ranked`. */
  papers: readonly Paper[];
  /** The papers are in an order of their own: shown as one list, not split by day. */
  ranked?: boolean | undefined;
  /** How many papers a page holds; `site.pageSize` unless given. */
  pageSize?: number | undefined;
}

/** One page of a list of papers. */
export interface PaperListPage {
  heading: string;
  description: string;
  feed: ListFeed | undefined;
  downloads: Download[] | undefined;
  views: Link[] | undefined;
  /** How many papers the whole list has, over all its pages. */
  total: number;
  /** This page's papers, by day. */
  days: DaySection[];
  /** This page's number, from 1. */
  pageNumber: number;
  /** The URL of each page of the list, in order. */
  pages: string[];
}

/** Each page of a list, page 1 first. */
export function paperListPages(list: PaperList): PaperListPage[] {
  const slices = pageSlices(list.papers, list.pageSize ?? site.pageSize);
  const pages = slices.map((_, index) => list.pageUrl(index + 1));
  return slices.map((items, index) => ({
    heading: list.heading,
    description: list.description,
    feed: list.feed,
    downloads: list.downloads,
    views: list.views,
    total: list.papers.length,
    days: list.ranked ? unheadedSection(items) : headedDays(items),
    pageNumber: index + 1,
    pages,
  }));
}

/** The `page` route parameter of a list's page: none for page 1, then "2", "3"... */
export function pageParam(page: PaperListPage): string | undefined {
  return page.pageNumber > 1 ? String(page.pageNumber) : undefined;
}
