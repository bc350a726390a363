import type { APIRoute } from "astro";
import { getFeed } from "../data/syndication.ts";
import { toAtom } from "../lib/publish/syndication.ts";

export const GET: APIRoute = async () =>
  new Response(toAtom(await getFeed("atom")), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
