// The search page: the full list of results with tag and date filters. The query and filters live in
// the URL (?q=&tag=&from=&to=): typing replaces the history entry, a submitted search or a changed
// filter adds one, so Back returns to the previous search.
import type { SearchFilters } from "../engine/filters.ts";
import { search } from "./search-client.ts";
import { countOf } from "../../lib/text/counts.ts";
import { element, fillResult, UNAVAILABLE } from "./result-view.ts";

const PAGE_SIZE = 20;
const FIELDS = ["q", "tag", "from", "to"] as const;

/** Runs the search page: reads the URL, searches as the reader types, and keeps the URL in step. */
export function enhanceSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const results = document.querySelector<HTMLOListElement>("[data-search-results]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const more = document.querySelector<HTMLButtonElement>("[data-search-more]");
  if (!input || !results || !status || !more) return;
  const field = (name: (typeof FIELDS)[number]) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  let shown = 0;
  let total = 0;

  const readUrl = () => {
    const params = new URLSearchParams(window.location.search);
    for (const name of FIELDS) {
      const control = field(name);
      if (control) control.value = params.get(name) ?? "";
    }
  };
  const currentUrl = () => {
    const url = new URL(window.location.href);
    url.search = "";
    for (const name of FIELDS) {
      const value = field(name)?.value.trim();
      if (value) url.searchParams.set(name, value);
    }
    return url.href;
  };
  const filters = (): SearchFilters => ({
    tag: field("tag")?.value || undefined,
    from: field("from")?.value || undefined,
    to: field("to")?.value || undefined,
  });
  const hasFilters = () => Object.values(filters()).some(Boolean);

  const run = async (append: boolean) => {
    const query = input.value;
    if (!query.trim() && !hasFilters()) {
      results.replaceChildren();
      more.hidden = true;
      status.textContent =
        "Type a word, an author’s name, a tag or an arXiv id to search every paper.";
      results.dataset["query"] = query;
      return;
    }
    results.setAttribute("aria-busy", "true");
    const outcome = await search(query, filters(), append ? shown : 0, PAGE_SIZE);
    if ("superseded" in outcome) return;
    results.removeAttribute("aria-busy");
    if (!outcome.ok) {
      results.replaceChildren();
      more.hidden = true;
      status.textContent = UNAVAILABLE;
      results.dataset["query"] = query;
      return;
    }
    if (!append) {
      results.replaceChildren();
      shown = 0;
    }
    total = outcome.total;
    for (const item of outcome.items) {
      const entry = element("li", "search-result");
      const heading = element("h2", "search-result-title");
      const link = element("a");
      link.href = item.url;
      heading.append(link);
      entry.append(heading);
      fillResult(entry, link, item);
      results.append(entry);
    }
    shown += outcome.items.length;
    more.hidden = shown >= total;
    const about = query.trim() ? ` for “${query.trim()}”` : "";
    status.textContent =
      total === 0
        ? `No papers match${about}. Check the spelling, use fewer words or remove a filter.`
        : `${countOf(total, "paper")} found${about}.`;
    results.dataset["query"] = query;
  };

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>(".search-result-title a")];
  // Typing rewrites the current entry; committing first puts back the search that entry held, then
  // adds the new one, so Back always lands on the previous committed search.
  let committed = window.location.href;
  const commit = () => {
    const url = currentUrl();
    if (url !== committed) {
      history.replaceState(null, "", committed);
      history.pushState(null, "", url);
      committed = url;
    }
    void run(false);
  };
  input.addEventListener("input", () => {
    history.replaceState(null, "", currentUrl());
    void run(false);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    commit();
  });
  form.addEventListener("change", (event) => {
    if (event.target !== input) commit();
  });
  window.addEventListener("popstate", () => {
    committed = window.location.href;
    readUrl();
    void run(false);
  });
  more.addEventListener("click", () => {
    const next = shown;
    void run(true).then(() => links()[next]?.focus());
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      links()[0]?.focus();
    }
  });
  results.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
    }
  });

  readUrl();
  void run(false);
}
