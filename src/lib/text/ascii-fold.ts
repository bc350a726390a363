// Latin letters that Unicode does not decompose into an ASCII letter plus an accent.
const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * Lowercases text and folds Latin letters to ASCII (accents dropped, ß → ss, æ → ae, ł → l...);
 * letters of other scripts pass through unchanged.
 */
export function asciiFold(text: string): string {
  // Most text is plain ASCII already, and Unicode normalisation is the costly part.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  return (
    text
      .toLowerCase()
      .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      // Recomposes what NFKD split apart in other scripts (Hangul syllables, kana with voicing marks).
      .normalize("NFC")
  );
}
