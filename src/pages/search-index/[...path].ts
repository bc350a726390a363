import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchIndex } from "../../data/search.ts";

export const getStaticPaths = (async () => {
  const { files } = await getSearchIndex();
  return files.map(({ path, body }) => ({ params: { path }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
