// Citation.js ships no type declarations; these cover what src/library/export/ uses of it.

declare module "@citation-js/core" {
  /** A list of references in Citation.js, read from any input format a loaded plugin knows. */
  export class Cite {
    constructor(data: unknown);
    /** The references as RIS records, each a map of tag to value or values (`@citation-js/plugin-ris`). */
    format(format: "ris", options: { format: "object" }): RisRecord[];
    /** Writes the references in an output format: `data` (CSL-JSON) or a plugin's, such as `ris`. */
    format(format: string, options?: Record<string, unknown>): string;
  }

  /** Citation.js's plugin registry; `input.chainLink` parses input one step (BibTeX text to entries). */
  export const plugins: { input: { chainLink(input: unknown): unknown } };

  /** An RIS record: its type, and each other tag with its value or values in order. */
  export type RisRecord = { TY: string } & Record<string, string | string[]>;
}

declare module "@citation-js/plugin-ris" {}

declare module "@citation-js/name" {
  /** A personal name split into CSL-JSON's parts, or kept whole as `literal` when it cannot be. */
  export function parse(name: string): {
    family?: string;
    given?: string;
    suffix?: string;
    "non-dropping-particle"?: string;
    "dropping-particle"?: string;
    literal?: string;
  };
}
