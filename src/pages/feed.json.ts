import type { APIRoute } from "astro";
import { getFeed } from "../data/feeds.ts";
import { toJsonFeed } from "../lib/feeds.ts";

export const GET: APIRoute = async () =>
  new Response(toJsonFeed(await getFeed("json")), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
