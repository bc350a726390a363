import { randomUUID } from "node:crypto";

/** A temporary (`tmp`) or backup (`bak`) file that writing a paper puts beside it for a moment. */
export interface SideFile {
  kind: "tmp" | "bak";
  /** The name of the paper file it belongs to, e.g. `2307.03381.mdx`. */
  paper: string;
  /** The process that wrote it. */
  pid: number;
}

// `.<paper>.mdx.<pid>-<8 hex>.tmp`: hidden, so neither the site nor an editor's file list shows it.
const SIDE_FILE = /^\.(.+\.mdx)\.(\d+)-[0-9a-f]{8}\.(tmp|bak)$/;

/** A new name for a side file of `paper` (a file name), unique to this process and call. */
export function sideFileName(paper: string, kind: SideFile["kind"]): string {
  return `.${paper}.${process.pid}-${randomUUID().slice(0, 8)}.${kind}`;
}

/** What a file name says about the side file it is, or undefined when it is not one. */
export function parseSideFileName(name: string): SideFile | undefined {
  const match = SIDE_FILE.exec(name);
  if (!match) return undefined;
  return { paper: match[1] as string, pid: Number(match[2]), kind: match[3] as SideFile["kind"] };
}
