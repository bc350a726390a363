// Runs on every page: puts Save and Read toggles on each paper card (and on the paper page), marks an
// opened paper read and adds the "Hide papers I have read" switch where a list has a place for it.
// Without JavaScript none of this exists, and nothing else on the page depends on it.
import { setRead } from "../state/set-read.ts";
import { setSaved } from "../state/set-saved.ts";
import type { Library } from "../storage/library-format.ts";
import type { LibraryStore } from "../storage/library-store.ts";
import { paperIdFromUrl } from "./paper-id.ts";
import { toggleButton } from "./toggle-button.ts";

const CARDS = ".card, .search-result";
const CARD_TITLE = ".title a, .search-result-title a";
const HIDDEN = "library-hidden";

/** Enhances the page for the library in `store`; does nothing when the stored library is unusable. */
export function enhancePages(store: LibraryStore, basePath: string): void {
  if (!store.load().ok) return;
  const now = () => new Date().toISOString();
  const papers = new WeakMap<Element, { id: string; title: string }>();
  let hideSwitch: HTMLInputElement | undefined;

  const addToggles = (holder: Element, paper: { id: string; title: string }) => {
    const actions = document.createElement("span");
    actions.className = "library-actions";
    for (const [action, label] of [
      ["save", "Save"],
      ["read", "Read"],
    ] as const) {
      const button = toggleButton(action, label, paper.title);
      papers.set(button, paper);
      actions.append(button);
    }
    holder.append(actions);
  };
  const addCards = (root: ParentNode) => {
    for (const card of root.querySelectorAll(CARDS)) {
      const link = card.querySelector<HTMLAnchorElement>(CARD_TITLE);
      const id = link && paperIdFromUrl(new URL(link.href), basePath);
      if (!link || !id || papers.has(card)) continue;
      const paper = { id, title: link.textContent.trim() };
      papers.set(card, paper);
      addToggles(card.querySelector(".meta") ?? card, paper);
    }
  };

  const render = () => {
    const reading = store.load();
    if (!reading.ok) return;
    const { saved, read, settings } = reading.library;
    for (const button of document.querySelectorAll<HTMLElement>("[data-library]")) {
      const paper = papers.get(button);
      if (!paper) continue;
      const on = Object.hasOwn(button.dataset["library"] === "save" ? saved : read, paper.id);
      button.setAttribute("aria-pressed", String(on));
    }
    for (const card of document.querySelectorAll(CARDS)) {
      const paper = papers.get(card);
      // A card keeps its place while focus is in it, so marking it read does not lose the focus.
      const hide =
        !!paper &&
        settings.hideRead &&
        Object.hasOwn(read, paper.id) &&
        !card.contains(document.activeElement);
      card.classList.toggle(HIDDEN, hide);
    }
    if (hideSwitch) hideSwitch.checked = settings.hideRead;
  };

  const change = (update: (library: Library) => Library) => {
    if (!store.update(update)) render();
  };

  const paperBox = document.querySelector<HTMLElement>("[data-library-paper]");
  const paperId = paperBox?.dataset["libraryPaper"];
  if (paperBox && paperId) {
    const paper = { id: paperId, title: document.querySelector("h1")?.textContent.trim() ?? "" };
    addToggles(paperBox, paper);
    change((library) => setRead(library, paperId, true, now()));
  }
  addCards(document);
  const results = document.querySelector("[data-search-results]");
  if (results) {
    new MutationObserver(() => {
      addCards(results);
      render();
    }).observe(results, { childList: true });
  }

  const filter = document.querySelector("[data-library-filter]");
  if (filter) {
    const label = document.createElement("label");
    hideSwitch = document.createElement("input");
    hideSwitch.type = "checkbox";
    label.append(hideSwitch, " Hide papers I have read");
    filter.append(label);
    hideSwitch.addEventListener("change", () => {
      const hideRead = !!hideSwitch?.checked;
      change((library) => ({ ...library, settings: { ...library.settings, hideRead } }));
    });
  }

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element && event.target.closest("[data-library]");
    const paper = button && papers.get(button);
    if (!button || !paper) return;
    const on = button.getAttribute("aria-pressed") !== "true";
    change((library) =>
      button.getAttribute("data-library") === "save"
        ? setSaved(library, paper, on, now())
        : setRead(library, paper.id, on, now()),
    );
  });
  store.subscribe(render);
  render();
}
