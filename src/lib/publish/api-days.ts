import { splitByDay } from "../feed/grouping.ts";
import { API_VERSION, type ApiDays, type ApiPaper } from "./api-format.ts";

/**
 * The API's list of feed days, from papers in feed order (newest day first, as `getPapers()` gives
 * them), each day with its paper count and its file's absolute URL from `dayUrl`.
 */
export function toApiDays(
  papers: readonly Pick<ApiPaper, "day">[],
  dayUrl: (day: string) => string,
): ApiDays {
  return {
    version: API_VERSION,
    days: splitByDay(papers).map(({ day, items }) => ({
      day,
      count: items.length,
      url: dayUrl(day),
    })),
  };
}
