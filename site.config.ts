import { defineSiteConfig } from "./src/lib/config/site-config.ts";

// The one file a fork edits. Every field is documented in src/lib/config/site-config.ts.
export default defineSiteConfig({
  title: "Daily Papers",
  description: "A daily feed of research papers, curated by the community.",
  url: "https://daily-papers.example.org",
  base: "/",
  locale: "en-US",
  homeDays: 3,
  cardAuthors: 4,
  feedItems: 50,
  pageSize: 50,
  periodPageSize: 50,
  papersDir: "content/papers",
  maxDaysAhead: 7,
  repository: "https://github.com/daily-papers/daily-papers",
  colors: { accentLight: "#9a3412", accentDark: "#fdba74" },
});
