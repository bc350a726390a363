// The reading list's part of the script every page carries (SiteHeader.astro imports it there, so both
// share one file): toggles and the hide-read switch at once, the library page's code only on that page.
import { enhancePages } from "./enhance-pages.ts";
import { siteLibrary } from "./site-library.ts";

enhancePages(siteLibrary(), import.meta.env.BASE_URL);

const app = document.querySelector<HTMLElement>("[data-library-app]");
if (app) {
  // The page says the library needs JavaScript until a script is here to prove otherwise.
  document.querySelector("[data-library-noscript]")?.remove();
  app.hidden = false;
  void import("./library-page.ts").then(({ startLibraryPage }) => startLibraryPage(app));
}
