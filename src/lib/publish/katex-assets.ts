import katexPackage from "katex/package.json" with { type: "json" };

/** Where KaTeX's stylesheet and fonts are served, under the base path; versioned so caches never go stale. */
export const KATEX_DIRECTORY = `katex/${katexPackage.version}/`;

/** The path of KaTeX's stylesheet under the base path, linked only from pages that have math. */
export const KATEX_STYLESHEET = `${KATEX_DIRECTORY}katex.min.css`;
