import { preprintDoi, type ScholarlyPaper } from "./scholarly-metadata.ts";

/** What a paper's COinS span is made from; its URL is absolute. */
export type CoinsPaper = Pick<
  ScholarlyPaper,
  "title" | "authors" | "day" | "published" | "arxiv" | "doi" | "url"
>;

/**
 * A paper as an OpenURL ContextObject (Z39.88-2004, key/encoded-value) for the `title` of a COinS
 * span, `<span class="Z3988">`, from which reference managers pick papers off a listing page. It is
 * in the Dublin Core format with `rft.type` naming Zotero's item type, as Zotero writes a preprint;
 * COinS carries no `url_ver`, which belongs to an OpenURL link, not to the ContextObject.
 */
export function coinsContextObject(paper: CoinsPaper): string {
  const doi = preprintDoi(paper);
  const entries: [string, string][] = [
    ["ctx_ver", "Z39.88-2004"],
    ["rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"],
    ...(doi ? [["rft_id", `info:doi/${doi}`] as [string, string]] : []),
    ["rft_id", paper.url],
    ["rft.type", "preprint"],
    ["rft.title", paper.title],
    ...paper.authors.map((author): [string, string] => ["rft.au", author]),
    ["rft.date", paper.published ?? paper.day],
  ];
  return entries
    .map(([key, value]) => `${key}=${encodeURIComponent(value.replace(/\s+/g, " ").trim())}`)
    .join("&");
}
