/**
 * figureEvidence: whether a figure in a sentence is about what a claim's figure counts, and how
 * the two relate.
 *
 * Two tests must both pass before figures are compared:
 * - the kind (src/lib/figures/quantityKind.ts): a death toll is compared with death tolls only,
 *   detentions with detentions, durations with durations; a figure whose kind its words do not
 *   say may still be compared on its words;
 * - the words of its clause: the claim's unit, or a word that names the same countable thing
 *   ("soldiers" for "troops"). Words that say only who is counted ("people") or the measure
 *   ("years", "km") count only when the claim's unit has nothing more specific: "20 years" of an
 *   author's experience is not "30 years since independence".
 * A number written to the unit, of 100 or more ("7,939"), is evidence on its own, whatever words
 * stand next to it, unless its kind says otherwise.
 */
import { stemmer } from 'stemmer';
import { compareFigures, figureOfValue } from '../figures/compareFigures.ts';
import type { Figure } from '../figures/figure.ts';
import { parseFigures } from '../figures/parseFigures.ts';
import { comparableKinds, figureClause, kindOfUnit, kindOfWord, quantityKind, type QuantityKind } from '../figures/quantityKind.ts';
import { contentStems } from './suggestionText.ts';

/** Words that name the same countable thing in news copy; a figure's unit matches across them. */
const UNIT_GROUPS: readonly string[][] = [
  ['troop', 'soldier', 'servicemen', 'peacekeep', 'paratroop', 'personnel', 'contingent', 'forc'],
  ['kill', 'dead', 'death', 'di', 'fatal', 'victim', 'bodi', 'toll'],
  ['detain', 'arrest', 'detent', 'custodi', 'held'],
  ['injur', 'wound', 'hurt', 'hospit'],
  ['tenge', 'dollar', 'rubl', 'euro', 'usd', 'pound', 'yen', 'rupe', 'price', 'cost', 'loss'],
];

/** A currency sign is a unit too: "$2 billion" counts dollars. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = { $: 'dollars', '€': 'euros', '£': 'pounds', '₽': 'roubles', '₸': 'tenge', '¥': 'yen', '₹': 'rupees' };

/**
 * Says who is counted or in what measure, not what: "164 people killed", "7,939 people
 * detained", "30 years since independence".
 */
const GENERIC_UNITS: ReadonlySet<string> = new Set(
  ['people', 'person', 'citizen', 'civilian', 'resident', 'total', 'number', 'year', 'month', 'week', 'day', 'hour', 'decade', 'km', 'kilometre', 'mile', 'percent'].map((word) => stemmer(word)),
);

export function unitStems(words: string): Set<string> {
  const stems = new Set(contentStems(words.replace(/[$€£₽₸¥₹]/gu, (sign) => ` ${CURRENCY_WORDS[sign] ?? ''} `)));
  for (const group of UNIT_GROUPS) if (group.some((stem) => stems.has(stem))) for (const stem of group) stems.add(stem);
  return stems;
}

/**
 * Whether a figure's words say it counts what the claim's figure counts. Generic words ("people",
 * "years") count only when the claim's unit has nothing more specific.
 */
export function sameThing(around: ReadonlySet<string>, units: ReadonlySet<string>): boolean {
  const specific = [...units].filter((stem) => !GENERIC_UNITS.has(stem));
  const wanted = specific.length > 0 ? specific : [...units];
  return wanted.some((stem) => around.has(stem));
}

/**
 * Stricter, for a contradiction: every specific word of the claim's unit (or a word of its
 * group) is there. "160 people killed" is about "people killed", not about "children killed".
 */
export function exactlySameThing(around: ReadonlySet<string>, unit: string): boolean {
  const words = contentStems(unit).filter((stem) => !GENERIC_UNITS.has(stem));
  return words.length > 0 && words.every((stem) => [...unitStems(stem)].some((mate) => around.has(mate)));
}

/** A number written to the unit ("7,939", "at least 164", not "2,000") of 100 or more. */
export function distinctive(found: Figure, known: Figure): boolean {
  return found.value === known.value && found.precision === 1 && found.value >= 100 && known.role === found.role;
}

/** Kinds that are measures of something else, named after them. */
const MEASURES: ReadonlySet<QuantityKind> = new Set(['duration', 'distance', 'percent', 'money', 'age']);

/** A sentence's quantity, with what its clause says it counts. */
export interface ReadFigure {
  figure: Figure;
  /** Stems of its clause's words (after it, and before it when those say nothing). */
  around: Set<string>;
  kind: QuantityKind | null;
}

/** The quantities of a text, each with its clause's words and kind. */
export function readFigures(text: string): ReadFigure[] {
  const found = parseFigures(text);
  return found
    .filter((figure) => figure.role === 'quantity')
    .map((figure) => {
      const clause = figureClause(text, figure, found);
      const kind = quantityKind(clause);
      // Its own words, up to the first that says what it counts ("2,500 Russian, … and Kyrgyz
      // troops"), with what a measure measures ("30 years of independence", "a 1,770 km border")
      // or what a force is made of ("a 2,000-strong force of paratroopers"). The words before it
      // count only when its own say nothing.
      const said = clause.after.findIndex((word) => kindOfWord(word) !== null);
      const measure = said >= 0 && MEASURES.has(kindOfWord(clause.after[said] as string) as QuantityKind);
      const of = said >= 0 && clause.after[said + 1]?.toLowerCase() === 'of' ? 2 : 0;
      const words = said >= 0 ? clause.after.slice(0, said + 1 + (measure ? 3 : of)) : [...clause.before.slice(-4), ...clause.after.slice(0, 5)];
      return { figure, around: unitStems(words.join(' ')), kind };
    });
}

/** What the claim's figures are, for comparing a sentence's figures with them. */
export interface ClaimFigures {
  /** Its value, each mention's, and each as a quote writes it when that is a value ("about 2,000"). */
  figures: Figure[];
  /** The words that say what they count. */
  units: Set<string>;
  kind: QuantityKind | null;
  /** The claim's own unit, for contradictions. */
  unit: string;
  /**
   * Bounds as quotes write them ("at least 164"): a sentence that writes one again gives the same
   * figure as that outlet; compared with nothing else, they would mask a contradiction of the
   * claim's own value ("225" is not consistent with "at least 164" when the claim says 164).
   */
  bounds: Figure[];
}

export function claimFigures(figure: { value: number; unit: string } | null, mentionFigures: ReadonlyArray<number | null>, quotes: readonly string[]): ClaimFigures {
  const values = [figure?.value, ...mentionFigures].filter((value): value is number => typeof value === 'number').map(figureOfValue);
  const kind = figure ? kindOfUnit(figure.unit) : null;
  // How the articles wrote the claim's figure ("at least 164 people", "about 2,000 troops") adds
  // the words that say what it counts. Other numbers in a quote are not the claim's figure: "164
  // killed, three of them children" quoted for the children claim is not about 164.
  const units = unitStems(figure?.unit ?? '');
  const stated: Figure[] = [];
  const bounds: Figure[] = [];
  if (values.length > 0) {
    for (const quote of quotes) {
      for (const read of readFigures(quote)) {
        if (!comparableKinds(read.kind, kind) || !values.some((value) => compareFigures(read.figure, value) !== 'contradicts')) continue;
        for (const stem of read.around) units.add(stem);
        const { kind: written } = read.figure;
        if (written === 'exact' || written === 'approximate' || written === 'range') stated.push(read.figure);
        else if (written === 'lower-bound' || written === 'upper-bound') bounds.push(read.figure);
      }
    }
  }
  return { figures: [...values, ...stated], units, kind, unit: figure?.unit ?? '', bounds };
}

/** The claim's figures a sentence's figure can be compared with: same kind, and about the same thing. */
export function comparableFigures(read: ReadFigure, claim: ClaimFigures): Figure[] {
  if (!comparableKinds(read.kind, claim.kind)) return [];
  const about = sameThing(read.around, claim.units);
  return claim.figures.filter((known) => about || distinctive(read.figure, known));
}

/** A bound a quote of the claim writes, written again by the sentence (same kind, same thing). */
export function boundWrittenAgain(read: ReadFigure, claim: ClaimFigures): Figure | null {
  if (!comparableKinds(read.kind, claim.kind)) return null;
  const about = sameThing(read.around, claim.units);
  return claim.bounds.find((known) => (about || distinctive(read.figure, known)) && compareFigures(read.figure, known) === 'same') ?? null;
}

/** Only a claim about exactly what a figure counts can be contradicted by it. */
export function canContradict(read: ReadFigure, claim: ClaimFigures): boolean {
  return claim.unit !== '' && exactlySameThing(read.around, claim.unit);
}
