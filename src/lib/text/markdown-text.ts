// Text from outside (titles, command output) put into GitHub Markdown, read as the text it is.

// Every ASCII character that Markdown or GitHub's autolinks may read as syntax.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()<>#+\-.!|~&"'=:]/g;

/**
 * Escapes text for one line of GitHub Markdown: its punctuation is literal, line breaks fold to a
 * space, and `@name` or `#123` neither mentions anyone nor links an issue (a zero-width space follows).
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(MARKDOWN_PUNCTUATION, (character) => `\\${character}`)
    .replace(/@/g, "@\u200b")
    .replace(/\\#/g, "\\#\u200b");
}

/** A fenced code block showing `text` as written, its fence longer than any run of backticks inside. */
export function markdownCodeBlock(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text.replace(/\n+$/, "")}\n${fence}`;
}
