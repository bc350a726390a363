import type { APIRoute, GetStaticPaths } from "astro";
import { getApiFile, getApiPaths } from "../../data/api.ts";

export const getStaticPaths = (() => getApiPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = await getApiFile(params["path"] ?? "");
  return body === undefined
    ? new Response(null, { status: 404 })
    : new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
