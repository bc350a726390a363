import type { APIRoute } from "astro";
import { getFeedsOpml } from "../data/syndication.ts";

export const GET: APIRoute = async () =>
  new Response(await getFeedsOpml(), {
    headers: { "Content-Type": "text/x-opml; charset=utf-8" },
  });
