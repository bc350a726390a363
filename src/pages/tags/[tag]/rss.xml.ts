import type { APIRoute, GetStaticPaths } from "astro";
import { getTagFeed } from "../../../data/syndication.ts";
import { getTags } from "../../../data/papers.ts";
import { toRss } from "../../../lib/publish/syndication.ts";

export const getStaticPaths = (async () =>
  (await getTags()).map(({ tag }) => ({
    params: { tag },
    props: { tag },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: string }> = async ({ props }) =>
  new Response(toRss(await getTagFeed(props.tag)), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
