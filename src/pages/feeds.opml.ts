import type { APIRoute } from "astro";
import { feedsOpml } from "../data/feeds-opml.ts";

export const GET: APIRoute = async () =>
  new Response(await feedsOpml(), {
    headers: { "Content-Type": "text/x-opml; charset=utf-8" },
  });
