/**
 * searchSynonyms: the words news copy uses for the same countable thing, so that "2030 troops"
 * finds "2,030 soldiers". Only a figure's unit words, in the forms the text writes them
 * (normalised: lower case, no diacritics); a query word stands for the others in its group, with
 * a lower match quality than the word itself, so a text with the word typed ranks first.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'servicemembers'],
  ['detained', 'arrested', 'detainees', 'detentions', 'arrests'],
  ['killed', 'dead', 'deaths', 'died'],
  ['wounded', 'injured'],
];

const BY_WORD = new Map<string, readonly string[]>(GROUPS.flatMap((group) => group.map((word) => [word, group] as const)));

/** The other words of a query word's group ([] when it has none). */
export function synonymsOf(word: string): string[] {
  return (BY_WORD.get(word) ?? []).filter((other) => other !== word);
}
