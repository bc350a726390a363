import { API_VERSION, type ApiDay, type ApiPaper } from "./api-format.ts";

/** A feed day's API file: its papers, in the order given (feed order), each without its own version. */
export function toApiDay(day: string, papers: readonly ApiPaper[]): ApiDay {
  return { version: API_VERSION, day, papers: papers.map(withoutVersion) };
}

function withoutVersion(paper: ApiPaper): ApiDay["papers"][number] {
  const entry: ApiDay["papers"][number] & { version?: number } = { ...paper };
  delete entry.version;
  return entry;
}
