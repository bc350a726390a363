// The OPML list of the site's feeds, which feed readers import in one step.
import { toOpml } from "../lib/publish/opml.ts";
import { writeAuthorFeeds } from "./author-feeds.ts";
import { getPapers } from "./papers.ts";
import { absoluteUrl, site, urls } from "./site.ts";
import { getTags } from "./tags.ts";

/**
 * The OPML list of the site's feed and every tag's, most used tag first. In a build it is made once
 * the author feeds' worker has written them (src/integrations/worker-files.ts starts it early), so a
 * build cannot end before they are written, and fails with the worker's error if there is one.
 */
export async function feedsOpml(): Promise<string> {
  if (import.meta.env.PROD) await writeAuthorFeeds(await getPapers());
  const tags = await getTags();
  return toOpml(site.title, [
    {
      title: site.title,
      feeds: [
        { title: site.title, feedUrl: absoluteUrl(urls.rss), pageUrl: absoluteUrl(urls.home) },
      ],
    },
    {
      title: "Tags",
      feeds: tags.map(({ tag }) => ({
        title: `${site.title}: ${tag}`,
        feedUrl: absoluteUrl(urls.tagRss(tag)),
        pageUrl: absoluteUrl(urls.tag(tag)),
      })),
    },
  ]);
}
