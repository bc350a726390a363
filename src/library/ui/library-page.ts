// The /library/ page: the saved papers, newest first, 50 at a time, each completed from its API file
// once shown; filters, removal, clearing, export and import.
import { createUrls } from "../../lib/publish/urls.ts";
import { libraryEntries, type ReadFilter } from "../state/library-entries.ts";
import { libraryFile } from "../state/library-file.ts";
import { mergeLibraries } from "../state/merge-libraries.ts";
import { setRead } from "../state/set-read.ts";
import { setSaved } from "../state/set-saved.ts";
import { readLibrary } from "../storage/read-library.ts";
import { downloadFile } from "./download-file.ts";
import { fetchApiPaper } from "./fetch-api-paper.ts";
import { siteLibrary } from "./site-library.ts";
import { toggleButton } from "./toggle-button.ts";

const PAGE_SIZE = 50;

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text = "") => {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
};

/** Runs the library page inside `app`, which holds its static controls. */
export function startLibraryPage(app: HTMLElement): void {
  const store = siteLibrary();
  const urls = createUrls(import.meta.env.BASE_URL);
  const find = <T extends HTMLElement>(name: string) =>
    app.querySelector<T>(`[data-library-${name}]`) as T;
  const list = find<HTMLOListElement>("list");
  const count = find("count");
  const empty = find("empty");
  const more = find<HTMLButtonElement>("more");
  const notice = find("notice");
  const status = find("status");
  const controls = find("controls");
  const filters = find<HTMLFieldSetElement>("filters");
  const importInput = find<HTMLInputElement>("import");
  let filter: ReadFilter = "all";
  let pages = 1;
  // After a removal empties the list or the library, focus goes where the reader can go on from.
  const refocus = () =>
    (filters.hidden ? empty : filters.querySelector<HTMLElement>("input:checked"))?.focus();
  const day = (at: string) =>
    new Date(at).toLocaleDateString(document.documentElement.lang || undefined, {
      dateStyle: "medium",
    });

  const render = () => {
    const reading = store.load();
    if (!reading.ok) {
      notice.hidden = false;
      find("problem").textContent = `It could not be read: ${reading.problem}.`;
      controls.hidden = true;
      return;
    }
    const { library } = reading;
    const all = libraryEntries(library, "all");
    const entries = filter === "all" ? all : libraryEntries(library, filter);
    const shown = entries.slice(0, pages * PAGE_SIZE);
    const focused = document.activeElement;
    const focusKey = focused instanceof HTMLElement ? focused.dataset["key"] : undefined;
    list.replaceChildren(
      ...shown.map((entry) => {
        const item = make("li", "library-entry");
        const heading = make("h2", "library-title");
        const link = make("a", "", entry.title);
        link.href = urls.paper(entry.id);
        link.dataset["key"] = `link ${entry.id}`;
        heading.append(link);
        const meta = make("p", "library-meta muted", "Saved ");
        const time = make("time", "", day(entry.savedAt));
        time.dateTime = entry.savedAt;
        const about = make("span");
        meta.append(time, about);
        const actions = make("p", "library-actions");
        const read = toggleButton("read", "Read", entry.title);
        read.setAttribute("aria-pressed", String(entry.read));
        read.dataset["key"] = `read ${entry.id}`;
        read.addEventListener("click", () =>
          store.update((current) =>
            setRead(current, entry.id, !entry.read, new Date().toISOString()),
          ),
        );
        const remove = make("button", "library-remove", "Remove");
        remove.type = "button";
        remove.append(make("span", "visually-hidden", ` “${entry.title}”`));
        remove.addEventListener("click", () => {
          const sibling = item.nextElementSibling ?? item.previousElementSibling;
          const nextKey = sibling?.querySelector<HTMLElement>("a")?.dataset["key"];
          store.update((current) => setSaved(current, entry, false, ""));
          status.textContent = `Removed “${entry.title}”.`;
          const next =
            nextKey && list.querySelector<HTMLElement>(`[data-key="${CSS.escape(nextKey)}"]`);
          if (next) next.focus();
          else refocus();
        });
        actions.append(read, remove);
        item.append(heading, meta, actions);
        void fetchApiPaper(entry.id).then((paper) => {
          if (!paper) {
            about.textContent = " · no longer on this site";
            return;
          }
          const names = paper.authors.slice(0, 3).join(", ");
          const more = paper.authors.length > 3 ? " et al." : "";
          about.textContent = `${names ? ` · ${names}${more}` : ""} · feed day ${day(`${paper.day}T12:00:00Z`)}`;
        });
        return item;
      }),
    );
    if (focusKey) list.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
    const readCount = all.filter((entry) => entry.read).length;
    count.textContent =
      all.length === 0
        ? ""
        : `${all.length} saved ${all.length === 1 ? "paper" : "papers"}, ${readCount} read.` +
          (filter === "all" ? "" : ` ${entries.length} shown by this filter.`);
    empty.hidden = all.length > 0;
    filters.hidden = all.length === 0;
    find("exports").hidden = all.length === 0;
    more.hidden = shown.length >= entries.length;
  };

  filters.addEventListener("change", (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    filter = event.target.value as ReadFilter;
    pages = 1;
    render();
  });
  more.addEventListener("click", () => {
    const next = pages * PAGE_SIZE;
    pages++;
    render();
    list.querySelectorAll<HTMLElement>(".library-title a")[next]?.focus();
  });
  find("clear").addEventListener("click", () => {
    const reading = store.load();
    if (!reading.ok) return;
    const saved = Object.keys(reading.library.saved).length;
    if (!window.confirm(`Remove all ${saved} saved papers from this browser? Read marks stay.`))
      return;
    store.update((current) => ({ ...current, saved: {} }));
    status.textContent = "Your library is empty.";
    refocus();
  });
  find("export-json").addEventListener("click", () => {
    const reading = store.load();
    if (reading.ok) downloadFile(libraryFile(reading.library, new Date()));
  });
  find("download-stored").addEventListener("click", () =>
    downloadFile({
      body: store.text() ?? "",
      fileName: "library-as-stored.txt",
      mediaType: "text/plain",
    }),
  );
  for (const button of app.querySelectorAll<HTMLButtonElement>("[data-library-reference]")) {
    button.addEventListener("click", () => {
      const format = button.dataset["libraryReference"] as "bibtex" | "ris" | "csl-json";
      const reading = store.load();
      if (!reading.ok) return;
      status.textContent = "Preparing the file…";
      void import("./export-references.ts")
        .then(({ exportReferences }) => exportReferences(format, reading.library))
        .then((message) => (status.textContent = message))
        .catch(() => (status.textContent = "The file could not be made. Try again."));
    });
  }
  importInput.addEventListener("change", () => {
    const file = importInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const imported = readLibrary(text);
      if (!imported.ok) {
        status.textContent = `${file.name} was not imported: ${imported.problem}.`;
        return;
      }
      const before = store.load();
      const known = before.ok ? Object.keys(before.library.saved).length : 0;
      if (!store.update((current) => mergeLibraries(current, imported.library))) {
        status.textContent = `${file.name} was not imported: this browser's library cannot be changed.`;
        return;
      }
      const after = store.load();
      const added = (after.ok ? Object.keys(after.library.saved).length : known) - known;
      status.textContent = `Imported ${file.name}: ${added} new saved ${added === 1 ? "paper" : "papers"}.`;
      importInput.value = "";
    });
  });
  store.subscribe(render);
  render();
}
