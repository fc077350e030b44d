/**
 * quantityKind: what a figure counts, read from the words of its clause, so that only figures of
 * the same kind are compared: a death toll with a death toll, never with a number of detainees
 * ("164 killed and about 8,000 detained" holds two figures of two kinds), and a duration with a
 * duration, never with a count.
 *
 * The words that say it are looked for outward from the figure, first in its own clause after it
 * (its unit and what happened to it: "8,000 detained", "2,500 … troops", "20 years"; what happened
 * wins over who: "16 members of the security forces were killed"), then, only when those say
 * nothing, before it ("Police detained 7,939 people", "the death toll at 164").
 * The clause ends at sentence punctuation, a semicolon, colon, bracket or dash, and at the next
 * figure. Words that say only who is counted ("people", "civilians") have no kind: the search goes
 * on past them.
 */
import type { Figure } from './figure.ts';

export type QuantityKind = 'killed' | 'injured' | 'detained' | 'troops' | 'money' | 'age' | 'duration' | 'distance' | 'percent' | 'equipment';

/** Word starts that name a kind; the first of a figure's words that has one gives it. */
const KIND_WORDS: ReadonlyArray<[QuantityKind, RegExp]> = [
  ['killed', /^(?:kill|dead|death|die[ds]?$|dying|fatal|victim|bodies|toll|lives|perish|murder)/u],
  ['injured', /^(?:injur|wound|hurt|hospitali[sz])/u],
  ['detained', /^(?:detain|detention|arrest|custody|held$|jail|imprison|prisoner)/u],
  ['troops', /^(?:troop|soldier|servicem[ae]n|peace-?keep|paratroop|personnel$|contingent|force$|forces$|marines?$)/u],
  ['money', /^(?:\$|€|£|₽|₸|¥|₹|dollar|usd$|tenge|roubles?$|rubles?$|euros?$|pounds?$|yen$|rupees?$|yuan$)/u],
  ['age', /^(?:aged?$|old$|-year-old|year-old)/u],
  ['duration', /^(?:years?$|months?$|weeks?$|days?$|hours?$|decades?$|minutes?$|centur)/u],
  ['distance', /^(?:km$|kilomet|miles?$|metres?$|meters?$)/u],
  ['percent', /^(?:%|percent$|pct$)/u],
  ['equipment', /^(?:pieces?$|vehicles?$|tanks?$|aircraft$|planes?$|helicopters?$|equipment$|hardware$|weapons?$|arms$|artillery$|armou?r)/u],
];

/** A word's kind, or null ("people", "and"). Hyphenated words count whole: "security-force" is not "force". */
export function kindOfWord(word: string): QuantityKind | null {
  const lower = word.toLowerCase();
  for (const [kind, pattern] of KIND_WORDS) if (pattern.test(lower)) return kind;
  return null;
}

/** What happened to those counted: said anywhere in the words, it wins over what they are. */
const EVENTS: ReadonlySet<QuantityKind> = new Set(['killed', 'injured', 'detained']);

/**
 * The kind the words give: the first event among them ("16 members of the security forces were
 * killed" counts the killed), else the first kind in the order given; "years of age" and "81 years
 * old" are ages.
 */
export function kindOfWords(words: readonly string[]): QuantityKind | null {
  // An age said first describes whoever is counted: "a 30-year-old man was killed" is an age.
  const first = words.map(kindOfWord).find((kind) => kind !== null);
  if (first === 'age') return first;
  const event = words.map(kindOfWord).find((kind) => kind !== null && EVENTS.has(kind));
  if (event) return event;
  for (const [i, word] of words.entries()) {
    const kind = kindOfWord(word);
    if (kind === null) continue;
    if (kind === 'duration') {
      const next = words.slice(i + 1, i + 3).map((w) => w.toLowerCase());
      if (next[0] === 'old' || (next[0] === 'of' && next[1] === 'age')) return 'age';
    }
    return kind;
  }
  return null;
}

/** The kind a unit written in the claims data names ("people killed", "years since independence", "US dollars"). */
export function kindOfUnit(unit: string): QuantityKind | null {
  return kindOfWords(wordsOf(unit));
}

/** Words, with the currency signs and "%" as words of their own; hyphenated words stay whole. */
function wordsOf(text: string): string[] {
  return text.match(/[$€£₽₸¥₹%]|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

export interface FigureClause {
  /** The figure's own words after it, up to the end of its clause or the next figure. */
  after: string[];
  /** Words before it, from the start of its clause or the previous figure, nearest last. */
  before: string[];
}

/** Units that say who is counted, not what happened to them: the words before the figure may say it. */
const WHO_IS_COUNTED: ReadonlySet<string> = new Set(['units', 'people', 'persons', 'person', 'civilians', 'citizens', 'residents', 'others', 'more', 'protesters', 'demonstrators', 'in', 'of']);

/** Words read on each side: a clause rarely says what it counts further out than this. */
const MAX_AFTER = 12;
const MAX_BEFORE = 6;

/**
 * The words of a figure's clause on either side of it (see above for where a clause ends); none
 * before it when its unit names something of its own ("two books"). A currency sign or "%" inside
 * the figure ("$2 billion") is a word of `after`.
 */
export function figureClause(text: string, figure: Figure, all: readonly Figure[]): FigureClause {
  const next = all.find((other) => other.start >= figure.end)?.start ?? text.length;
  const previous = all.filter((other) => other.end <= figure.start).at(-1)?.end ?? 0;
  const tail = text.slice(figure.end, next).split(/[;:!?()[\]—–]|\.(?:\s|$)|\s-\s/u)[0] ?? '';
  // A figure that names what it counts ("two books") is not about the words before it.
  // A noun hyphenated to the number says what it counts ("the six-nation alliance", "a
  // 30-year-old man": an age, whatever happened to him), except
  // "-strong", which leaves that to the noun after it ("a 2,000-strong force").
  const glued = /^-([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)/u.exec(text.slice(figure.end))?.[1];
  if (glued !== undefined && glued.toLowerCase() !== 'strong' && kindOfWord(glued) === null) return { after: [glued], before: [] };
  // Its words end at that unit, but for what happened to them: "six former Soviet states … sent
  // troops" counts states, not troops; "16 members of the security forces were killed" the killed.
  if (figure.unit !== null && !WHO_IS_COUNTED.has(figure.unit) && kindOfWord(figure.unit) === null) {
    const words = wordsOf(tail);
    const unitAt = words.findIndex((word) => word.toLowerCase() === figure.unit);
    const own = unitAt >= 0 ? words.slice(0, unitAt + 1) : words;
    const events = unitAt >= 0 ? words.slice(unitAt + 1).filter((word) => EVENTS.has(kindOfWord(word) as QuantityKind)) : [];
    return { after: [...(figure.text.match(/[$€£₽₸¥₹%]/gu) ?? []), ...own, ...events].slice(0, MAX_AFTER), before: [] };
  }
  const head = text.slice(previous, figure.start).split(/[;:!?()[\]—–]|\.(?:\s|$)|\s-\s/u).at(-1) ?? '';
  const signs = figure.text.match(/[$€£₽₸¥₹%]/gu) ?? [];
  return { after: [...signs, ...wordsOf(tail)].slice(0, MAX_AFTER), before: wordsOf(head).slice(-MAX_BEFORE) };
}

/** What a figure counts: from its clause after it, else from before it (nearest first); null when neither says. */
export function quantityKind(clause: FigureClause): QuantityKind | null {
  return kindOfWords(clause.after) ?? kindOfWords([...clause.before].reverse());
}

/** Figures of two kinds are never compared; a figure whose kind is unknown may be, on its words. */
export function comparableKinds(a: QuantityKind | null, b: QuantityKind | null): boolean {
  return a === null || b === null || a === b;
}
