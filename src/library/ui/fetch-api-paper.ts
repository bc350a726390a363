import { API_VERSION, type ApiPaper } from "../../lib/publish/api-format.ts";
import { createUrls } from "../../lib/publish/urls.ts";

const cache = new Map<string, Promise<ApiPaper | undefined>>();

/**
 * The paper's API file (`<base>api/papers/<id>.json`), fetched once per page; undefined when the site
 * no longer has it or it is of another API version.
 */
export function fetchApiPaper(id: string): Promise<ApiPaper | undefined> {
  let paper = cache.get(id);
  if (!paper) {
    const url = createUrls(import.meta.env.BASE_URL).apiPaper(id);
    paper = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<ApiPaper>) : undefined))
      .then((file) => (file?.version === API_VERSION ? file : undefined))
      .catch(() => undefined);
    cache.set(id, paper);
  }
  return paper;
}
