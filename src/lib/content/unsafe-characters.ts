/** A character contributed text must not contain: where it is and what it is. */
export interface UnsafeCharacter {
  /** Where it is in the text (UTF-16 offset). */
  index: number;
  /** The character and why it is refused, e.g. `U+0000 (a control character)`. */
  description: string;
}

// Control characters other than tab, line feed and carriage return: no HTML or XML document may
// carry them, and a NUL cuts a string short in C tools.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Embeddings, overrides and isolates reorder the text around them, so a title could read as
// something it is not ("Trojan Source"); right-to-left letters need none of them.
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/u;
// Neither is a character: UTF-8 cannot encode an unpaired surrogate, and noncharacters are for
// programs' internal use.
const SURROGATE = /\p{Cs}/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

const UNSAFE = new RegExp(
  [CONTROL, BIDI_FORMATTING, SURROGATE, NONCHARACTER].map((pattern) => pattern.source).join("|"),
  "u",
);

/**
 * The first character in `text` that no page, feed or citation should carry: a control character
 * (tab and line breaks aside), a bidirectional embedding, override or isolate, an unpaired
 * surrogate or a noncharacter. Letters of every script, emoji and zero-width joiners are fine.
 */
export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const character = match[0];
  const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { index: match.index, description: `${codePoint} (${kindOf(character)})` };
}

function kindOf(character: string): string {
  if (CONTROL.test(character)) return "a control character";
  if (BIDI_FORMATTING.test(character)) {
    return "a bidirectional formatting character, which reorders the text around it";
  }
  if (SURROGATE.test(character)) return "an unpaired surrogate, which is not a character";
  return "a noncharacter";
}
