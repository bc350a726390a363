/** Terms too common to narrow a search: skipped between other words, still indexed for phrases. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an and are as at be but by for from has have in into is it its of on or our that the their " +
    "then there these this those to was we were which while with"
  ).split(" "),
);
