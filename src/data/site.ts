import siteConfig from "../../site.config.ts";
import { createUrls } from "../lib/urls.ts";

/** The site's configuration, from site.config.ts. */
export const site = siteConfig;

/** Every URL path of the site, under its base path. */
export const urls = createUrls(import.meta.env.BASE_URL);
