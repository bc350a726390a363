/**
 * A toggle button named by its action and the paper's title ("Save", visually; "Save “Title”" to a
 * screen reader), its state in aria-pressed.
 */
export function toggleButton(
  action: "save" | "read",
  label: string,
  title: string,
): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `library-toggle library-${action}`;
  button.dataset["library"] = action;
  button.setAttribute("aria-pressed", "false");
  const about = document.createElement("span");
  about.className = "visually-hidden";
  // Text, never HTML: titles come from the page and stay text.
  about.textContent = ` “${title}”`;
  button.append(label, about);
  return button;
}
