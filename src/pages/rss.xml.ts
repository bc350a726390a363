import type { APIRoute } from "astro";
import { getFeed } from "../data/syndication.ts";
import { toRss } from "../lib/publish/syndication.ts";

export const GET: APIRoute = async () =>
  new Response(toRss(await getFeed("rss")), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
