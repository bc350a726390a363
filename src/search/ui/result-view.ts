// Builds result markup with DOM APIs only: paper text is always set as text, never parsed as HTML.
import type { Segment } from "../core/highlight.ts";
import type { ResultItem } from "../engine/protocol.ts";

/** Creates an element with a class. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

/** Appends segments to `parent`, the matched ones inside <mark>. */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const { text, mark } of segments) {
    if (mark) {
      const marked = element("mark");
      marked.textContent = text;
      parent.append(marked);
    } else {
      parent.append(document.createTextNode(text));
    }
  }
}

/**
 * Fills a result: the title (inside `titleHolder`, a link or plain text), then authors and date, tags
 * and the excerpt, each highlighted where the search matched.
 */
export function fillResult(
  container: HTMLElement,
  titleHolder: HTMLElement,
  item: ResultItem,
): void {
  appendSegments(titleHolder, item.title);
  const meta = element("p", "search-result-meta");
  item.authors.forEach((author, index) => {
    if (index > 0) meta.append(", ");
    // Isolated, so right-to-left names side by side still read in their order.
    const name = element("bdi");
    appendSegments(name, author);
    meta.append(name);
  });
  if (item.moreAuthors > 0) meta.append(` +${item.moreAuthors}`);
  const time = element("time");
  time.dateTime = item.day;
  time.textContent = item.date;
  if (item.authors.length > 0) meta.append(" · ");
  meta.append(time);
  container.append(meta);
  if (item.tags.length > 0) {
    const tags = element("ul", "tag-list");
    tags.setAttribute("aria-label", "Tags");
    for (const tag of item.tags) {
      const entry = element("li", "tag");
      entry.textContent = tag;
      tags.append(entry);
    }
    container.append(tags);
  }
  const excerpt = element("p", "search-result-excerpt");
  appendSegments(excerpt, item.excerpt);
  container.append(excerpt);
}

/** The message shown when the index cannot be loaded. */
export const UNAVAILABLE =
  "Search is unavailable: the search index could not be loaded. Check your connection and try again.";
