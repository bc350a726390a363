/**
 * English function words, which say nothing about what a paper is about: related papers leave them
 * out, and search skips them next to other words (alone, they are still searched for).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being " +
    "below between both but by can could did do does doing down during each either few for from further " +
    "had has have having he her here hers herself him himself his how however i if in into is it its " +
    "itself just may me might more most much must my myself no nor not now of off on once only or other " +
    "our ours ourselves out over own same shall she should so some such than that the their theirs them " +
    "themselves then there these they this those through thus to too under until up upon us very via " +
    "was we were what when where which while who whom why will with within without would yet you your"
  ).split(" "),
);
