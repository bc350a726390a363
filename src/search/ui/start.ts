// Loaded the first time the reader reaches for search: it enhances whichever search forms the page has.
import { enhanceHeaderSearch } from "./header-search.ts";
import { warmUp } from "./search-client.ts";
import { enhanceSearchPage } from "./search-page.ts";

/** Starts the search worker and wires up the header box and the search page. */
export function startSearch(): void {
  warmUp();
  const header = document.querySelector<HTMLFormElement>("form[data-site-search]");
  if (header) enhanceHeaderSearch(header);
  const page = document.querySelector<HTMLFormElement>("form[data-search-page]");
  if (page) enhanceSearchPage(page);
}
