import { codePointBoundary } from "../../lib/text/excerpt.ts";
import { tokenize } from "../../lib/text/tokenize.ts";

/** A piece of text, marked when it is a word the search matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits text into segments, marking every word whose term is in `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return segmentsOf(text, matchedRanges(text, terms), 0, text.length);
}

/**
 * A passage of at most about `maxLength` characters around the first matched word (from the start
 * when none matches), cut at word boundaries, with "…" where text was left out, and matches marked.
 */
export function excerptSegments(
  text: string,
  terms: ReadonlySet<string>,
  maxLength: number,
): Segment[] {
  // Not `\s`, which takes in U+FEFF: inside a word, that is a format character the word keeps.
  const flat = text.replace(/[^\S\uFEFF]+/g, " ").trim();
  const ranges = matchedRanges(flat, terms);
  const firstMatch = ranges[0]?.[0] ?? 0;
  // Some words of lead-in before the first match, so it is read in context.
  let start = Math.max(0, firstMatch - Math.floor(maxLength / 4));
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space >= 0 && space < firstMatch ? space + 1 : firstMatch;
  }
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    end = space > start + maxLength / 2 ? space : codePointBoundary(flat, end);
  }
  const segments = segmentsOf(flat, ranges, start, end);
  if (start > 0) segments.unshift({ text: "…", mark: false });
  if (end < flat.length) segments.push({ text: "…", mark: false });
  return mergeSegments(segments);
}

function matchedRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const token of tokenize(text)) {
    if (!terms.has(token.term)) continue;
    const last = ranges.at(-1);
    // A joined pair and its parts overlap; they become one marked stretch.
    if (last && token.start <= last[1]) last[1] = Math.max(last[1], token.end);
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}

function segmentsOf(
  text: string,
  ranges: readonly [number, number][],
  start: number,
  end: number,
): Segment[] {
  const segments: Segment[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const markFrom = Math.max(from, start);
    if (markFrom > at) segments.push({ text: text.slice(at, markFrom), mark: false });
    segments.push({ text: text.slice(markFrom, Math.min(to, end)), mark: true });
    at = Math.min(to, end);
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  return segments;
}

function mergeSegments(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.mark === segment.mark) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
