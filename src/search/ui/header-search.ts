// The header's search box as a combobox: results drop down as the reader types, arrow keys move
// through them, Enter opens one (or, with none chosen, the form goes to the search page), Escape closes.
import { TOP_PAPERS } from "../core/index-format.ts";
import { prepare, search } from "./search-client.ts";
import type { ResultItem } from "../engine/protocol.ts";
import { countOf } from "../../lib/text/counts.ts";
import { element, fillResult, UNAVAILABLE } from "./result-view.ts";

// As many as the index lists for each term: then a one-word search loads its results alongside
// its postings instead of after them.
const SHOWN = TOP_PAPERS;
const MIN_QUERY_LENGTH = 2;

/** Turns the header form into a combobox with a dropdown of results. */
export function enhanceHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[type=search]");
  const popup = form.querySelector<HTMLElement>("[data-search-popup]");
  const status = form.querySelector<HTMLElement>("[data-search-status]");
  if (!input || !popup || !status) return;

  const listbox = element("ul", "search-options");
  listbox.id = `${input.id}-results`;
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", "Search results");
  const message = element("p", "search-popup-message");
  popup.append(message, listbox);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-expanded", "false");

  let options: { element: HTMLElement; url: string }[] = [];
  let active = -1;
  let shownQuery: string | undefined;

  const isOpen = () => !popup.hidden;
  const open = () => {
    if (shownQuery === undefined) return;
    popup.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };
  const setActive = (index: number) => {
    options[active]?.element.setAttribute("aria-selected", "false");
    active = index;
    const chosen = options[active];
    if (chosen) {
      chosen.element.setAttribute("aria-selected", "true");
      chosen.element.scrollIntoView({ block: "nearest" });
      input.setAttribute("aria-activedescendant", chosen.element.id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };
  const show = (query: string, text: string, items: readonly ResultItem[], total: number) => {
    message.textContent = text;
    status.textContent = text;
    listbox.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    items.forEach((item, index) =>
      addOption(item.url, index, (option) => {
        const title = element("span", "search-result-title");
        option.append(title);
        fillResult(option, title, item);
      }),
    );
    if (total > items.length) {
      const all = new URL(form.action);
      all.searchParams.set("q", query);
      addOption(all.href, items.length, (option) => {
        option.classList.add("search-option-all");
        option.textContent = `See all ${countOf(total, "paper")}`;
      });
    }
    shownQuery = query;
    popup.dataset["query"] = query;
    if (document.activeElement === input) open();
  };
  const addOption = (url: string, index: number, fill: (option: HTMLAnchorElement) => void) => {
    // The option is a link, so that a middle or Ctrl/Cmd-click opens it in a new tab and its address
    // can be copied; out of the tab order, since the arrow keys move through the options.
    const option = element("a", "search-option");
    option.href = url;
    option.tabIndex = -1;
    option.id = `${listbox.id}-${index}`;
    option.setAttribute("role", "option");
    option.setAttribute("aria-selected", "false");
    fill(option);
    // Keeps focus in the box, so the click that follows still finds the list open.
    option.addEventListener("mousedown", (event) => event.preventDefault());
    const item = element("li");
    item.setAttribute("role", "none");
    item.append(option);
    listbox.append(item);
    options.push({ element: option, url });
  };

  const run = async () => {
    const query = input.value;
    if (query.trim().length < MIN_QUERY_LENGTH) {
      if (query.trim()) prepare(query);
      shownQuery = undefined;
      status.textContent = "";
      popup.dataset["query"] = query;
      close();
      return;
    }
    const outcome = await search(query, {}, 0, SHOWN);
    if ("superseded" in outcome) return;
    if (!outcome.ok) {
      show(query, UNAVAILABLE, [], 0);
      return;
    }
    const text =
      outcome.total === 0
        ? `No papers match “${query.trim()}”.`
        : `${countOf(outcome.total, "paper")} found.`;
    show(query, text, outcome.items, outcome.total);
  };

  input.addEventListener("input", () => void run());
  input.addEventListener("focus", open);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!isOpen()) {
        open();
        if (!isOpen()) return;
      }
      event.preventDefault();
      if (options.length === 0) return;
      // Past either end the choice goes back to the box itself, as in a browser's own suggestions.
      const next = active + (event.key === "ArrowDown" ? 1 : -1);
      setActive(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
    } else if (event.key === "Enter") {
      const chosen = options[active];
      if (isOpen() && chosen) {
        event.preventDefault();
        window.location.assign(chosen.url);
      }
    } else if (event.key === "Escape" && isOpen()) {
      event.preventDefault();
      close();
    }
  });
  form.addEventListener("focusout", (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) close();
  });
  if (input.value) void run();
}
