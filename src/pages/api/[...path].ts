import type { APIRoute, GetStaticPaths } from "astro";
import { apiFile, getApiPaths } from "../../data/api.ts";

export const getStaticPaths = (() => getApiPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = await apiFile(params["path"] ?? "");
  return body === undefined
    ? new Response(null, { status: 404 })
    : new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
