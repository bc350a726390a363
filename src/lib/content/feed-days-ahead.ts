import { dayToDate, isValidDay, type Day } from "../feed/dates.ts";
import type { ContentProblem } from "./check-paper.ts";

/** A feed day up to this many days after today passes quietly: somewhere on Earth it is already today. */
export const QUIET_DAYS_AHEAD = 1;
const MS_PER_DAY = 86_400_000;
const DAY_FOLDERS = /^(\d{4})\/(\d{2})\/(\d{2})\//;

/** What {@link checkFeedDaysAhead} found: days beyond the limit, and days ahead that are allowed. */
export interface FeedDaysAhead {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Checks how far the feed day of each paper file (its `YYYY/MM/DD` folders) is after `today`: more
 * than `maxDaysAhead` is a problem, more than {@link QUIET_DAYS_AHEAD} a warning, since the paper
 * would lead the home page until that day. Folders that are not a real day are another check's
 * concern.
 */
export function checkFeedDaysAhead(
  files: readonly { file: string; pathInCollection: string }[],
  options: { today: Day; maxDaysAhead: number },
): FeedDaysAhead {
  const { today, maxDaysAhead } = options;
  const result: FeedDaysAhead = { problems: [], warnings: [] };
  const todayTime = dayToDate(today).getTime();
  for (const { file, pathInCollection } of files) {
    const folders = DAY_FOLDERS.exec(pathInCollection);
    const day = folders ? `${folders[1]}-${folders[2]}-${folders[3]}` : "";
    if (!isValidDay(day)) continue;
    const ahead = Math.round((dayToDate(day).getTime() - todayTime) / MS_PER_DAY);
    if (ahead <= Math.min(QUIET_DAYS_AHEAD, maxDaysAhead)) continue;
    const when = `feed day ${day} is ${ahead.toLocaleString("en-US")} day${ahead === 1 ? "" : "s"} after today (${today}, UTC)`;
    const position = { line: 1, column: 1 };
    if (ahead > maxDaysAhead) {
      result.problems.push({
        file,
        position,
        field: "path",
        message: `${when}; at most ${maxDaysAhead} are allowed (maxDaysAhead in site.config.ts): move the file to the folders of the day it appears`,
      });
    } else {
      result.warnings.push({
        file,
        position,
        field: "path",
        message: `${when}: the paper leads the home page until then`,
      });
    }
  }
  return result;
}
