// Pagefind, the search most Astro and Starlight sites use, indexing the same built pages, so the
// bench can compare it with ours in the same browser.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { measureCommand, type BuildMeasurement } from "./measure-build.ts";

const PAGEFIND = "node_modules/.bin/pagefind";

/** The page the bench opens to search with Pagefind, written into the built site. */
export const PAGEFIND_PAGE = "pagefind-bench.html";

/** Indexes the paper pages of a built site (only those, as our index holds only papers). */
export function indexWithPagefind(siteDir: string): Promise<BuildMeasurement> {
  return measureCommand(PAGEFIND, [
    "--site",
    siteDir,
    "--glob",
    "papers/**/*.html",
    "--exclude-selectors",
    "header, footer, nav",
    "--silent",
  ]);
}

/**
 * Writes a search page driven by Pagefind's JavaScript API, shaped like our header box: it loads
 * Pagefind when the box gets focus, searches on every keystroke, and shows the first results with
 * their titles and excerpts, marking the list with the query it shows (as our box does).
 */
export async function writePagefindPage(siteDir: string, shown: number): Promise<void> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body>
<input id="q" type="search" aria-label="Search">
<ol id="results"></ol>
<script type="module">
const input = document.getElementById("q");
const list = document.getElementById("results");
let pagefind;
const load = () => (pagefind ??= import("./pagefind/pagefind.js").then(async (module) => {
  await module.init();
  return module;
}));
input.addEventListener("focus", load, { once: true });
input.addEventListener("input", async () => {
  const query = input.value;
  const api = await load();
  const search = await api.search(query);
  if (search === null || input.value !== query) return;
  const data = await Promise.all(search.results.slice(0, ${shown}).map((result) => result.data()));
  if (input.value !== query) return;
  list.replaceChildren(...data.map((result) => {
    const item = document.createElement("li");
    const title = document.createElement("a");
    title.href = result.url;
    title.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement("p");
    excerpt.textContent = result.excerpt.replace(/<\\/?mark>/g, "");
    item.append(title, excerpt);
    return item;
  }));
  list.dataset.query = query;
});
</script>
</body></html>
`;
  await writeFile(path.join(siteDir, PAGEFIND_PAGE), html);
}
