import type { APIRoute } from "astro";
import { getFeed } from "../data/syndication.ts";
import { toJsonFeed } from "../lib/publish/syndication.ts";

export const GET: APIRoute = async () =>
  new Response(toJsonFeed(await getFeed("json")), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
