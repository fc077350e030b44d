/**
 * stopWords: English function words, in normalised form (see normalizeText), that say nothing
 * about what a passage is about. Search drops them from queries; claim matching ignores them.
 */

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his i if in into is it its ' +
    'not of on or our she so than that the their them then there these they this those to was we were what ' +
    'when where which while who whom will with would you'
  ).split(' '),
);
