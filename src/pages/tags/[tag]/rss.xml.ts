import type { APIRoute, GetStaticPaths } from "astro";
import { getTagFeed } from "../../../data/syndication.ts";
import { getTagFeedPaths } from "../../../data/tags.ts";
import { toRss } from "../../../lib/publish/syndication.ts";

export const getStaticPaths = (() => getTagFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: string }> = async ({ props }) =>
  new Response(toRss(await getTagFeed(props.tag)), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
