import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchIndexFile, getSearchIndexPaths } from "../../data/search-pages.ts";

export const getStaticPaths = (() => getSearchIndexPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = await getSearchIndexFile(params["path"] ?? "");
  return body === undefined
    ? new Response(null, { status: 404 })
    : new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
