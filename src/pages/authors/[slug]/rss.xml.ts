import type { APIRoute, GetStaticPaths } from "astro";
import { getAuthorFeedPaths } from "../../../data/author-feeds.ts";
import type { FeedAuthor } from "../../../data/authors.ts";
import { getAuthorFeed } from "../../../data/syndication.ts";
import { toRss } from "../../../lib/publish/syndication.ts";

export const getStaticPaths = (() => getAuthorFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: FeedAuthor }> = ({ props }) =>
  new Response(toRss(getAuthorFeed(props.author)), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
