const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
const CODE_HOSTS = new Set(["github.com", "gitlab.com", "bitbucket.org"]);
// Hugging Face hosts models and data as well as code, so it counts only where the text says "code".
const MODEL_HOSTS = new Set(["huggingface.co"]);
const MENTIONS_CODE = /\b(?:code|codes|codebase|implementations?|repository|repo)\b/i;
const TRAILING_PUNCTUATION = /[.,;:!?'"\]}>]+$/;
const SENTENCE_END = /[.!?]\s/g;

/**
 * The https:// link to a paper's code in free text such as an abstract or an arXiv comment
 * ("Code: https://github.com/x/y", "Our code is available at ..."), preferring code hosts.
 */
export function findCodeLink(text: string): string | undefined {
  let best: { link: string; rank: number } | undefined;
  for (const match of text.matchAll(URL_PATTERN)) {
    const link = trimUrl(match[0]);
    const host = httpsHost(link);
    if (!host) continue;
    const mentionsCode = MENTIONS_CODE.test(sentenceAround(text, match.index));
    const rank = CODE_HOSTS.has(host) ? 2 : MODEL_HOSTS.has(host) ? 1 : 0;
    if (!mentionsCode && rank < 2) continue;
    if (!best || rank > best.rank) best = { link, rank };
  }
  return best?.link;
}

/** Cuts punctuation that ends the sentence rather than the URL, keeping a `)` the URL itself opened. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const trimmed = url.replace(TRAILING_PUNCTUATION, "");
    const unbalanced =
      trimmed.endsWith(")") && count(trimmed, "(") < count(trimmed, ")")
        ? trimmed.slice(0, -1)
        : trimmed;
    if (unbalanced === url) return url;
    url = unbalanced;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function httpsHost(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" || !url.hostname.includes(".")) return undefined;
    return url.hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

/** The sentence a URL stands in; the URL's own dots do not end it, being followed by no space. */
function sentenceAround(text: string, urlStart: number): string {
  let sentenceStart = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    if (end.index >= urlStart) return text.slice(sentenceStart, end.index);
    sentenceStart = end.index + 1;
  }
  return text.slice(sentenceStart);
}
