/** Whether a BibTeX entry's braces balance once escaped ones (`\{`, `\}`) are skipped. */
export function bracesBalance(bibtex: string): boolean {
  let depth = 0;
  for (const match of bibtex.matchAll(/\\[{}]|[{}]/g)) {
    if (match[0].length === 2) continue;
    depth += match[0] === "{" ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The raw value of one field of a BibTeX entry written one field a line, as `toBibtex` writes it. */
export function bibtexValue(bibtex: string, name: string): string | undefined {
  return new RegExp(`^ {2}${name} = \\{(.*)\\},$`, "m").exec(bibtex)?.[1];
}

/** A field's value read back from LaTeX into the text it stands for. */
export function bibtexText(bibtex: string, name: string): string | undefined {
  return bibtexValue(bibtex, name)
    ?.replaceAll("\\textbackslash{}", "\\")
    .replaceAll("\\textasciitilde{}", "~")
    .replaceAll("\\textasciicircum{}", "^")
    .replace(/\\([&%$#_{}])/g, "$1");
}

/** What is left of a field's value once its escapes are taken out: no LaTeX special may remain. */
export function unescapedSpecials(bibtex: string, name: string): string[] {
  const value = bibtexValue(bibtex, name) ?? "";
  return value.replace(/\\(?:[&%$#_{}]|text[a-z]+\{\})/g, "").match(/[&%$#_{}\\]/g) ?? [];
}
