/**
 * parseFigures: the figures of a text (see figure.ts for what a figure is): qualifiers, ranges,
 * vague quantities and the unit read from the words after the number.
 *
 * Parsing is linear in the length of the text: one pass makes tokens, one pass reads figures, and
 * each figure looks at most a few tokens either side.
 */
import { MONTH_NAMES } from '../text/calendarWords.ts';
import type { Figure, FigureKind, FigureRole } from './figure.ts';
import { gluedSym, gluedWord, spacedWord, symAt, type Token, tokenizeFigures, type Tokens, wordAt } from './figureTokens.ts';
import { ADJECTIVE_ENDING, DETERMINERS, isNumberWord, MODIFIERS, NOT_UNITS, PLURAL_SCALES, type QualifierPhrase, QUALIFIERS, RANGE_DASHES, SCALES, UPPER_INITIAL } from './numberWords.ts';
import { type Core, parseCore } from './numberCores.ts';

interface Qualifier {
  phrase: QualifierPhrase;
  text: string;
  start: number;
  next: number;
}

function qualifierAt(ts: Tokens, i: number): Qualifier | null {
  const token = ts[i];
  if (!token) return null;
  if (token.type === 'sym' && token.text === '~') return { phrase: { words: ['~'], kind: 'approximate', nearly: false }, text: '~', start: token.start, next: i + 1 };
  if (token.type !== 'word') return null;
  let best: QualifierPhrase | null = null;
  for (const phrase of QUALIFIERS) {
    if (best && best.words.length >= phrase.words.length) continue;
    const matches = phrase.words.every((word, offset) => (offset === 0 ? wordAt(ts, i) : spacedWord(ts, i + offset)) === word);
    if (matches && ts[i + phrase.words.length]?.spaced) best = phrase;
  }
  return best ? { phrase: best, text: best.words.join(' '), start: token.start, next: i + best.words.length } : null;
}

interface Found {
  figure: Figure;
  next: number;
}

function makeFigure(
  text: string,
  start: number,
  end: number,
  fields: Omit<Figure, 'text' | 'start' | 'end'>,
): Figure {
  return { text: text.slice(start, end), start, end, ...fields };
}

/** Low and high of "2,000-2,500", "two to three thousand"; null when the two do not make a range. */
function rangeOf(first: Core, second: Core): { low: number; high: number; precision: number } | null {
  const a = first.cardinal;
  const b = second.cardinal;
  if (!a || !b || first.role !== 'quantity' || second.role !== 'quantity') return null;
  // "from 1990 to 2019" and "2004-2014" are two years, not a count between them.
  if (first.yearLike && second.yearLike) return null;
  let low = a.value;
  let lowExp = a.exp;
  // "two to three thousand": the multiplier of the high end also applies to the low end.
  if (a.multExp === 0 && b.multExp > 0 && a.mantissa < b.mantissa) {
    low = a.value * 10 ** b.multExp;
    lowExp += b.multExp;
  }
  if (!(low < b.value)) return null;
  return { low, high: b.value, precision: 10 ** Math.min(lowExp, b.exp) };
}

function unitOf(ts: Tokens, core: Core): string | null {
  return core.unit ?? unitAfter(ts, core.next);
}

function figureAt(text: string, ts: Tokens, i: number): Found | null {
  const qualifier = qualifierAt(ts, i);
  const opener = qualifier ? null : wordAt(ts, i);
  if (opener === 'between' || opener === 'from') {
    const first = parseCore(ts, i + 1);
    const connector = first ? first.next : -1;
    const word = spacedWord(ts, connector);
    const dash = symAt(ts, connector);
    const joined = opener === 'between' ? word === 'and' : word === 'to' || (dash !== null && RANGE_DASHES.has(dash));
    const second = first && joined ? parseCore(ts, connector + 1) : null;
    const range = first && second ? rangeOf(first, second) : null;
    if (range && second) {
      const start = (ts[i] as Token).start;
      const fields = { kind: 'range', role: 'quantity', value: range.low, ...range, qualifier: null, unit: unitOf(ts, second) } as const;
      return { figure: makeFigure(text, start, second.end, fields), next: second.next };
    }
  }
  const core = parseCore(ts, qualifier ? qualifier.next : i);
  if (core) {
    const fieldsOf = (kind: FigureKind, low: number, high: number, role: FigureRole = core.role) => ({
      kind,
      role,
      value: core.value,
      low,
      high,
      precision: core.precision,
      qualifier: null,
      unit: role === 'quantity' ? unitOf(ts, core) : null,
    });
    // A qualifier bounds counts only; "about 3 pm" is read as the time.
    if (core.role !== 'quantity') {
      return { figure: makeFigure(text, core.start, core.end, fieldsOf(core.kind, core.low, core.high)), next: core.next };
    }
    const start = qualifier ? qualifier.start : core.start;
    const phrase = qualifier?.phrase;
    const connector = core.next;
    const dash = symAt(ts, connector);
    if (!phrase || phrase.kind === 'approximate') {
      const joined = spacedWord(ts, connector) === 'to' || (dash !== null && RANGE_DASHES.has(dash));
      const second = joined ? parseCore(ts, connector + 1) : null;
      const range = second ? rangeOf(core, second) : null;
      if (range && second) {
        const low = phrase ? (range.low * 9) / 10 : range.low;
        const high = phrase ? (range.high * 11) / 10 : range.high;
        const fields = { kind: 'range', role: 'quantity', value: range.low, low, high, precision: range.precision, qualifier: qualifier?.text ?? null, unit: core.unit ?? unitOf(ts, second) } as const;
        return { figure: makeFigure(text, start, second.end, fields), next: second.next };
      }
    }
    const v = core.value;
    let fields: Omit<Figure, 'text' | 'start' | 'end'>;
    if (!phrase) fields = fieldsOf('exact', v, v, core.yearLike ? 'year' : 'quantity');
    else if (phrase.kind === 'lower-bound') fields = fieldsOf('lower-bound', v, Infinity);
    else if (phrase.kind === 'upper-bound') fields = fieldsOf('upper-bound', -Infinity, v);
    else fields = fieldsOf('approximate', (v * 9) / 10, phrase.nearly ? v : (v * 11) / 10);
    return { figure: makeFigure(text, start, core.end, { ...fields, qualifier: qualifier?.text ?? null }), next: core.next };
  }
  if (qualifier) return null;
  const vague = vagueAt(ts, i);
  if (!vague) return null;
  const start = (ts[i] as Token).start;
  const end = (ts[vague.next - 1] as Token).end;
  const fields = { kind: 'vague', role: 'quantity', value: vague.low, low: vague.low, high: vague.high, precision: vague.precision, qualifier: null, unit: unitAfter(ts, vague.next) } as const;
  return { figure: makeFigure(text, start, end, fields), next: vague.next };
}

/** "dozens", "tens of thousands", "several hundred": counts given only by their order of magnitude. */
function vagueAt(ts: Tokens, i: number): { low: number; high: number; precision: number; next: number } | null {
  const word = wordAt(ts, i);
  if (word === null) return null;
  // Twice the order of magnitude up to just below the next: "thousands" is [2000, 9999].
  const magnitude = (exp: number, next: number) => ({ low: 2 * 10 ** exp, high: 10 ** (exp + 1) - 1, precision: 10 ** exp, next });
  if (word === 'dozens') return { low: 24, high: 99, precision: 1, next: i + 1 };
  if (word === 'scores' && spacedWord(ts, i + 1) === 'of') return { low: 40, high: 99, precision: 1, next: i + 1 };
  if (word === 'tens' || word === 'hundreds') {
    const scaleWord = spacedWord(ts, i + 1) === 'of' ? spacedWord(ts, i + 2) : null;
    const scale = scaleWord === null ? undefined : PLURAL_SCALES.get(scaleWord);
    const times = word === 'tens' ? 1 : 2;
    if (scale !== undefined) return magnitude(scale + times, i + 3);
    return word === 'hundreds' ? magnitude(2, i + 1) : null;
  }
  const plural = PLURAL_SCALES.get(word);
  if (plural !== undefined) return magnitude(plural, i + 1);
  if (word === 'several' || (word === 'a' && spacedWord(ts, i + 1) === 'few')) {
    const at = word === 'a' ? i + 2 : i + 1;
    const scaleWord = spacedWord(ts, at);
    const scale = scaleWord === 'hundred' ? 2 : scaleWord === null ? undefined : SCALES.get(scaleWord);
    if (scale === undefined) return null;
    // "several hundred thousand"
    const more = scale === 2 ? SCALES.get(spacedWord(ts, at + 1) ?? '') : undefined;
    return more === undefined ? magnitude(scale, at + 1) : magnitude(scale + more, at + 2);
  }
  return null;
}

/** A word, with any words joined to it by hyphens ("peace-keepers", "well-armed"). */
function wordWithHyphens(ts: Tokens, i: number): { lower: string; capital: boolean; next: number } | null {
  const token = ts[i];
  if (!token || token.type !== 'word' || !token.spaced) return null;
  let lower = token.lower;
  let next = i + 1;
  while (gluedSym(ts, next) === '-' && gluedWord(ts, next + 1) !== null) {
    lower += `-${(ts[next + 1] as Token).lower}`;
    next += 2;
  }
  return { lower, capital: UPPER_INITIAL.test(token.text), next };
}

type WordAt = NonNullable<ReturnType<typeof wordWithHyphens>>;

const isModifierWord = (word: WordAt): boolean =>
  MODIFIERS.has(word.lower) || (!NOT_UNITS.has(word.lower) && (word.capital || ADJECTIVE_ENDING.test(word.lower)));

/** Most adjectives read in one list: a bound on the work, and more than any real list has. */
const MAX_LIST_ITEMS = 12;

/**
 * The last adjective of a list of them joined by commas and a final "and" / "or" ("Russian,
 * Belarusian, Armenian, Tajik and Kyrgyz"), or null when `word` starts no such list. Without the
 * final conjunction it is not a list: "2,500 Russian, officials said" has no unit.
 */
function lastOfAdjectiveList(ts: Tokens, word: WordAt): WordAt | null {
  let current = word;
  for (let items = 0; items < MAX_LIST_ITEMS && isModifierWord(current); items++) {
    let at = current.next;
    const comma = gluedSym(ts, at) === ',';
    if (comma) at += 1;
    const conjunction = spacedWord(ts, at);
    const last = conjunction === 'and' || conjunction === 'or';
    if (last) at += 1;
    if (!comma && !last) return null;
    const following = wordWithHyphens(ts, at);
    if (!following || !isModifierWord(following)) return null;
    if (last) return following;
    current = following;
  }
  return null;
}

/** What the number counts, from the words at token `n`; null when it is followed by a verb or nothing. */
function unitAfter(ts: Tokens, n: number): string | null {
  const token = ts[n];
  if (!token) return null;
  if (token.type === 'sym') return token.text === '%' ? '%' : null;
  let word = wordWithHyphens(ts, n);
  if (!word) return null;
  if (word.lower === 'percent' || word.lower === 'pct') return '%';
  if (word.lower === 'per' && spacedWord(ts, word.next) === 'cent') return '%';
  if (word.lower === 'of') {
    // "dozens of victims", "16 members of": skip the "of" (and a determiner) before the noun.
    const at = DETERMINERS.has(spacedWord(ts, word.next) ?? '') ? word.next + 1 : word.next;
    word = wordWithHyphens(ts, at);
  }
  // "2,500 Russian, Belarusian, Armenian, Tajik and Kyrgyz troops": a list of adjectives is one.
  if (word) word = lastOfAdjectiveList(ts, word) ?? word;
  let fallback: string | null = null;
  for (let skipped = 0; word; skipped++) {
    const lower = word.lower;
    const following = wordWithHyphens(ts, word.next);
    const modifier = MODIFIERS.has(lower) || (!NOT_UNITS.has(lower) && (word.capital || ADJECTIVE_ENDING.test(lower)));
    // "2,030 Russian soldiers", "2,000 more troops": the noun comes after an adjective or two.
    if (skipped < 2 && modifier && following && !NOT_UNITS.has(following.lower) && !isNumberWord(following.lower)) {
      if (!lower.endsWith('ed') && !lower.endsWith('ing') && !NOT_UNITS.has(lower)) fallback = lower;
      word = following;
      continue;
    }
    if (NOT_UNITS.has(lower) || isNumberWord(lower) || MONTH_NAMES.has(lower)) return fallback;
    // "164 killed": a participle is what happened, not what was counted.
    return lower.endsWith('ed') ? fallback : lower;
  }
  return fallback;
}

/** The figures of `text`, in text order and non-overlapping. Never throws. */
export function parseFigures(text: string): Figure[] {
  const ts = tokenizeFigures(text);
  const figures: Figure[] = [];
  for (let i = 0; i < ts.length; ) {
    const found = figureAt(text, ts, i);
    if (found) {
      figures.push(found.figure);
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  return figures;
}
