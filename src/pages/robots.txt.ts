import type { APIRoute } from "astro";
import { site, urls } from "../data/site.ts";

// Crawlers read robots.txt only at a domain's root: under a base path this file is for the host's
// own robots.txt to copy its Sitemap line from.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.sitemap, site.url).href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
