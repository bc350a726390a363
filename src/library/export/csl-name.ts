import { parse } from "@citation-js/name";

/** A name in CSL-JSON: family and given parts, or a name that cannot be split kept whole. */
export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}

// Citation.js's name parser reads "King Jr." as a family name "Jr.", so the suffix is taken off first.
const SUFFIX = /^(.+?),? (Jr\.?|Sr\.?|II|III|IV)$/i;

/**
 * A name as written ("Ada Lovelace", "Lovelace, Ada", "Martin Luther King Jr.") split into CSL-JSON
 * parts by Citation.js. A particle stays in the family name ("van Beethoven"): Zotero's CSL-JSON
 * import keeps only `family` and `given`, and CSL processors find the particle there themselves.
 */
export function cslName(name: string): CslName {
  const whole = name.replace(/\s+/g, " ").trim();
  const [, rest = whole, suffix] = SUFFIX.exec(whole) ?? [];
  if (rest === "") return { literal: whole };
  const parts = parsed(rest);
  const withSuffix = suffix ? { suffix } : {};
  // Without a given name the parser drops a particle ("van Gogh"), so the name is kept as written.
  if (!parts?.given) return { family: rest, ...withSuffix };
  return {
    family: [parts["non-dropping-particle"], parts.family].filter(Boolean).join(" "),
    given: parts.given,
    ...(parts.suffix ? { suffix: parts.suffix } : withSuffix),
  };
}

// The parser throws on some names, such as a lone suffix ("II"); those are kept as written.
function parsed(name: string): ReturnType<typeof parse> | undefined {
  try {
    return parse(name);
  } catch {
    return undefined;
  }
}
