// The /library/ page: its words and links; the list itself lives in the reader's browser.
import { searchUrl } from "./search.ts";
import { urls } from "./site.ts";

/** What the library page shows before (and without) its script. */
export interface LibraryPage {
  title: string;
  description: string;
  /** Where a reader finds papers to save. */
  home: string;
  archive: string;
  search: string;
}

/** The library page's fixed content. */
export function getLibraryPage(): LibraryPage {
  return {
    title: "Your library",
    description:
      "The papers you saved and read on this site, kept in this browser only; export them as BibTeX, RIS or CSL-JSON.",
    home: urls.home,
    archive: urls.archive,
    search: searchUrl,
  };
}
