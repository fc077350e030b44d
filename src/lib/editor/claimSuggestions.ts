/**
 * claimSuggestions: which existing claims a new article likely makes, for an editor to review.
 *
 * The article is split into sentences (Intl.Segmenter). Each sentence is scored against each
 * claim on three kinds of evidence, and every suggestion says which it rests on:
 * - words: how much of the claim's wording (its statement, or one article's quote of it) the
 *   sentence contains, stemmed (Porter) and weighted by how rare each word is among the claims;
 * - names: the capitalised names the sentence shares with the claim, weighted the same way;
 * - figures: a figure in the sentence that matches the claim's figure, rounded and spelled-out
 *   forms included ("about 2,000", "eight thousand"), or contradicts it about the same thing
 *   ("2,500 troops" against 2,030 troops): a contradiction is a reason to compare, not to skip.
 * The result also lists, for each figure in the article, the claims it matches or contradicts,
 * and the sentences that match no claim, as candidates for new claims. Nothing here is accepted
 * automatically: `suggestedMention` is a mention in the claims format for the editor to check.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarWords.ts';
import { stemmer } from 'stemmer';
import { compareFigures, describeRelation, figureOfValue } from '../figures/compareFigures.ts';
import type { Figure, FigureRelation } from '../figures/figure.ts';
import { parseFigures } from '../figures/parseFigures.ts';
import type { Passage } from '../claims/locateQuote.ts';
import type { MentionInput } from '../claims/claimsData.ts';
import { normalizeText, tokenize } from '../text/normalizeText.ts';
import { STOP_WORDS } from '../text/stopWords.ts';

export interface ClaimToMatch {
  id: string;
  statement: string;
  speaker: string;
  figure: { value: number; unit: string } | null;
  mentions: ReadonlyArray<{
    attributedTo: string | null;
    figure: number | null;
    quotes: ReadonlyArray<{ text: string }>;
  }>;
}

export interface Sentence {
  paragraph: string;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  text: string;
}

export interface ClaimMatch {
  claim: string;
  /** 0–1: 0.5 × words + 0.2 × names + 0.3 × figures. */
  score: number;
  reasons: string[];
  /** How the sentence's figure relates to the claim's, when it states one about the same thing. */
  figure: { text: string; value: number; relation: FigureRelation } | null;
}

export interface SentenceMatches {
  sentence: Sentence;
  matches: ClaimMatch[];
}

export interface FigureMatch {
  figure: string;
  paragraph: string;
  sentence: string;
  matches: Array<{ claim: string; relation: FigureRelation; note: string }>;
  contradicts: Array<{ claim: string; note: string }>;
}

export interface ClaimSuggestions {
  /** Claims the article likely makes, best first, each with its sentences, best first. */
  claims: Array<{ claim: string; sentences: Array<{ sentence: Sentence } & Omit<ClaimMatch, 'claim'>> }>;
  figures: FigureMatch[];
  /** Sentences that match no claim: candidates for new claims. */
  unmatched: Sentence[];
}

export interface SuggestOptions {
  /** Lowest score suggested. */
  threshold?: number;
  /** Most claims suggested per sentence. */
  perSentence?: number;
}

export const DEFAULT_THRESHOLD = 0.3;
const WEIGHTS = { words: 0.5, names: 0.2, figures: 0.3 } as const;
/** Other claims a sentence is offered for score at least this share of its best one. */
const RELATIVE_CUTOFF = 0.6;

/** Sentences of each paragraph, with their offsets; white space around them is not included. */
export function splitSentences(passages: readonly Passage[], locale = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const passage of passages) {
    for (const { segment, index } of segmenter.segment(passage.text)) {
      const lead = segment.length - segment.trimStart().length;
      const text = segment.trim();
      if (text === '') continue;
      sentences.push({ paragraph: passage.id, start: index + lead, end: index + lead + text.length, text });
    }
  }
  return sentences;
}

/** Content words, stemmed: "Troops were deployed" → ["troop", "deploi"]. */
export function contentStems(text: string): string[] {
  return tokenize(normalizeText(text))
    .filter((token) => !STOP_WORDS.has(token) && !/^\d/u.test(token) && token.length > 1)
    .map((token) => stemmer(token));
}

const MONTHS_AND_DAYS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/**
 * Names: capitalised words, folded. A capital at the start of a sentence proves nothing ("Public
 * transport…"), so a sentence's first word counts only when it is an acronym ("CSTO"); a name
 * there is still matched as a word. A name alone (a source, a speaker) is read with
 * `inSentence: false`.
 */
export function nameTokens(text: string, { inSentence = true }: { inSentence?: boolean } = {}): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
    const before = text.slice(0, match.index).replace(/["'“”‘’«»(\s]+$/u, '');
    const sentenceStart = inSentence && (before === '' || /[.!?…]$/u.test(before));
    if (sentenceStart && !/^\p{Lu}{2,}$/u.test(match[0])) continue;
    for (const token of tokenize(normalizeText(match[0]))) {
      if (STOP_WORDS.has(token) || MONTHS_AND_DAYS.has(token) || token.length < 2) continue;
      names.add(token);
    }
  }
  return [...names];
}

/** Words that name the same countable thing in news copy; a figure's unit matches across them. */
const UNIT_GROUPS: readonly string[][] = [
  ['troop', 'soldier', 'servicemen', 'peacekeep', 'paratroop', 'personnel', 'contingent'],
  ['kill', 'dead', 'death', 'di', 'fatal', 'victim', 'bodi', 'toll'],
  ['detain', 'arrest', 'detent', 'custodi', 'held'],
  ['injur', 'wound', 'hurt', 'hospit'],
  ['tenge', 'dollar', 'rubl', 'euro', 'usd', 'pound', 'yen', 'rupe', 'price', 'cost', 'loss'],
];

/** A currency sign is a unit too: "$2 billion" counts dollars. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = { $: 'dollars', '€': 'euros', '£': 'pounds', '₽': 'roubles', '₸': 'tenge', '¥': 'yen', '₹': 'rupees' };

/** Says who is counted, not what happened to them: "164 people killed" and "7,939 people detained". */
const GENERIC_UNITS: ReadonlySet<string> = new Set(['peopl', 'person', 'citizen', 'civilian', 'resid', 'total', 'number']);

function unitStems(words: string): Set<string> {
  const stems = new Set(contentStems(words.replace(/[$€£₽₸¥₹]/gu, (sign) => ` ${CURRENCY_WORDS[sign] ?? ''} `)));
  for (const group of UNIT_GROUPS) if (group.some((stem) => stems.has(stem))) for (const stem of group) stems.add(stem);
  return stems;
}

/**
 * Whether a figure's words say it counts what the claim's figure counts. Generic words ("people")
 * count only when the claim's unit has nothing more specific.
 */
function sameThing(around: ReadonlySet<string>, units: ReadonlySet<string>): boolean {
  const specific = [...units].filter((stem) => !GENERIC_UNITS.has(stem));
  const wanted = specific.length > 0 ? specific : [...units];
  return wanted.some((stem) => around.has(stem));
}

/**
 * Stricter, for a contradiction: every specific word of the claim's unit (or a word of its
 * group) is there. "160 people killed" is about "people killed", not about "children killed".
 */
function exactlySameThing(around: ReadonlySet<string>, unit: string): boolean {
  const words = contentStems(unit).filter((stem) => !GENERIC_UNITS.has(stem));
  return words.length > 0 && words.every((stem) => [...unitStems(stem)].some((mate) => around.has(mate)));
}

/**
 * The words that say what a figure counts, within its clause and never past a neighbouring
 * figure: its unit and up to five words after it ("2,030 soldiers and 250 pieces…" → "soldiers
 * and"); and, when it has no unit or only a generic one, up to four words before it ("Police
 * detained 7,939 people", "the death toll at 164", "its troops, about 2,000").
 */
function figureContext(sentence: string, figure: Figure, all: readonly Figure[]): string {
  const next = all.find((other) => other.start >= figure.end)?.start ?? sentence.length;
  const previous = all.filter((other) => other.end <= figure.start).at(-1)?.end ?? 0;
  const words = (text: string) => text.split(/\s+/u).filter(Boolean);
  const after = words(sentence.slice(figure.end, next).split(/[;:.!?()]/u)[0] ?? '').slice(0, 5);
  const unit = figure.unit ?? '';
  const needsBefore = unit === '' || contentStems(unit).every((stem) => GENERIC_UNITS.has(stem));
  const before = needsBefore ? words(sentence.slice(previous, figure.start).split(/[;:!?()]|\.\s/u).at(-1) ?? '').slice(-4) : [];
  return [...before, unit, ...after].join(' ');
}

/**
 * A number written to the unit ("7,939", "at least 164", not "2,000") of 100 or more is
 * distinctive: the same number in another text is evidence on its own, whatever words stand
 * next to it.
 */
function distinctive(found: Figure, known: Figure): boolean {
  return found.value === known.value && found.precision === 1 && found.value >= 100 && known.role === found.role;
}

interface PreparedClaim {
  claim: ClaimToMatch;
  /** Stem sets of the statement and of each quote, each a way the claim can be worded. */
  wordings: Array<Set<string>>;
  names: Set<string>;
  /**
   * The claim's figures: its value, each mention's, and each as a quote writes it when that is
   * a value ("about 2,000", not "at least 164": a bound agrees with too much).
   */
  figures: Figure[];
  /** The words that say what the claim's figures count. */
  units: Set<string>;
}

function prepare(claim: ClaimToMatch): PreparedClaim {
  const quotes = claim.mentions.flatMap((mention) => mention.quotes.map((quote) => quote.text));
  const values = [claim.figure?.value, ...claim.mentions.map((mention) => mention.figure)]
    .filter((value): value is number => typeof value === 'number')
    .map(figureOfValue);
  // How the articles wrote the claim's figure ("at least 164 people", "about 2,000 troops") adds
  // the words that say what it counts. Other numbers in a quote are not the claim's figure: "164
  // killed, three of them children" quoted for the children claim is not about 164.
  const units = unitStems(claim.figure?.unit ?? '');
  const stated: Figure[] = [];
  for (const quote of quotes) {
    const found = parseFigures(quote);
    for (const figure of found) {
      if (figure.role !== 'quantity' || !values.some((value) => compareFigures(figure, value) !== 'contradicts')) continue;
      for (const stem of unitStems(figureContext(quote, figure, found))) units.add(stem);
      if (figure.kind === 'exact' || figure.kind === 'approximate' || figure.kind === 'range') stated.push(figure);
    }
  }
  const sources = claim.mentions.map((m) => m.attributedTo).filter((s): s is string => s !== null);
  return {
    claim,
    wordings: [claim.statement, ...quotes].map((text) => new Set(contentStems(text))),
    names: new Set([
      ...[claim.statement, ...quotes].flatMap((text) => nameTokens(text)),
      ...[claim.speaker, ...sources].flatMap((name) => nameTokens(name, { inSentence: false })),
    ]),
    figures: [...values, ...stated],
    units,
  };
}

/** Inverse document frequency over the claims: a word every claim uses says little. */
function idfTable(claims: readonly PreparedClaim[]): (token: string) => number {
  const df = new Map<string, number>();
  for (const claim of claims) {
    const seen = new Set([...claim.wordings.flatMap((w) => [...w]), ...claim.names]);
    for (const token of seen) df.set(token, (df.get(token) ?? 0) + 1);
  }
  const n = Math.max(1, claims.length);
  return (token) => Math.log(1 + n / (df.get(token) ?? 0.5));
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

const RELATION_SCORE: Record<FigureRelation, number> = { same: 1, consistent: 0.8, contradicts: 0.6 };

/** What scoring needs of a sentence, read once however many claims it is scored against. */
interface ReadSentence {
  sentence: Sentence;
  stems: Set<string>;
  names: string[];
  /** Its quantities, each with the words that say what it counts. */
  figures: Array<{ figure: Figure; around: Set<string> }>;
}

function readSentence(sentence: Sentence): ReadSentence {
  const found = parseFigures(sentence.text);
  return {
    sentence,
    stems: new Set(contentStems(sentence.text)),
    names: nameTokens(sentence.text),
    figures: found
      .filter((figure) => figure.role === 'quantity')
      .map((figure) => ({ figure, around: unitStems(figureContext(sentence.text, figure, found)) })),
  };
}

function scoreSentence(read: ReadSentence, prepared: PreparedClaim, idf: (token: string) => number): ClaimMatch {
  const { stems } = read;
  const reasons: string[] = [];

  // Words: the share of one wording of the claim that the sentence contains.
  let words = 0;
  let shared: string[] = [];
  for (const wording of prepared.wordings) {
    const total = sum([...wording].map(idf));
    if (total === 0) continue;
    const common = [...wording].filter((stem) => stems.has(stem));
    if (common.length === 0) continue;
    const share = sum(common.map(idf)) / total;
    if (share > words) {
      words = share;
      shared = common;
    }
  }
  if (words > 0) reasons.push(`words: ${Math.round(words * 100)}% of the claim's wording (${shared.slice(0, 8).join(', ')})`);

  // Names: the share of the sentence's names that the claim has too.
  const sentenceNames = read.names;
  const commonNames = sentenceNames.filter((name) => prepared.names.has(name));
  const names = sentenceNames.length === 0 ? 0 : sum(commonNames.map(idf)) / sum(sentenceNames.map(idf));
  if (commonNames.length > 0) reasons.push(`names: ${commonNames.join(', ')}`);

  // Figures: the best relation between a figure of the sentence and one of the claim's, about
  // the same thing (the words next to the figures agree).
  let figureScore = 0;
  let figure: ClaimMatch['figure'] = null;
  let figureReason = '';
  for (const { figure: found, around } of read.figures) {
    const about = sameThing(around, prepared.units);
    for (const known of prepared.figures) {
      if (!about && !distinctive(found, known)) continue;
      const relation = compareFigures(found, known);
      if (relation === 'contradicts' && !exactlySameThing(around, prepared.claim.figure?.unit ?? '')) continue;
      if (RELATION_SCORE[relation] > figureScore) {
        figureScore = RELATION_SCORE[relation];
        figure = { text: found.text, value: found.value, relation };
        figureReason = `figure: ${describeRelation(found, known)}`;
      }
    }
  }
  if (figureReason) reasons.push(figureReason);

  const score = WEIGHTS.words * words + WEIGHTS.names * names + WEIGHTS.figures * figureScore;
  return { claim: prepared.claim.id, score: Math.round(score * 1000) / 1000, reasons, figure };
}

export function suggestClaims(
  passages: readonly Passage[],
  claims: readonly ClaimToMatch[],
  options: SuggestOptions = {},
): ClaimSuggestions {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const perSentence = options.perSentence ?? 3;
  const prepared = claims.map(prepare);
  const idf = idfTable(prepared);
  const sentences = splitSentences(passages);

  // Only claims that share a word or a name with a sentence, or have a figure when it has one,
  // can score above zero against it: the others are not scored at all.
  const byToken = new Map<string, number[]>();
  prepared.forEach((claim, index) => {
    for (const token of new Set([...claim.wordings.flatMap((wording) => [...wording]), ...claim.names])) {
      const list = byToken.get(token);
      if (list) list.push(index);
      else byToken.set(token, [index]);
    }
  });
  const withFigures = prepared.flatMap((claim, index) => (claim.figures.length > 0 ? [index] : []));

  const bySentence: Array<SentenceMatches & { read: ReadSentence }> = sentences.map((sentence) => {
    const read = readSentence(sentence);
    const candidates = new Set<number>(read.figures.length > 0 ? withFigures : []);
    for (const token of [...read.stems, ...read.names]) for (const index of byToken.get(token) ?? []) candidates.add(index);
    const matches = [...candidates]
      .map((index) => scoreSentence(read, prepared[index] as PreparedClaim, idf))
      .filter((match) => match.score >= threshold)
      .sort((a, b) => b.score - a.score || a.claim.localeCompare(b.claim))
      .slice(0, perSentence);
    // A sentence that clearly makes one claim is not offered for its weaker neighbours.
    const best = matches[0]?.score ?? 0;
    return { sentence, read, matches: matches.filter((match) => match.score >= RELATIVE_CUTOFF * best) };
  });

  const byClaim = new Map<string, ClaimSuggestions['claims'][number]['sentences']>();
  for (const { sentence, matches } of bySentence) {
    for (const { claim, ...match } of matches) byClaim.set(claim, [...(byClaim.get(claim) ?? []), { sentence, ...match }]);
  }
  const claimsOut = [...byClaim]
    .map(([claim, found]) => ({ claim, sentences: found.sort((a, b) => b.score - a.score) }))
    .sort((a, b) => (b.sentences[0]?.score ?? 0) - (a.sentences[0]?.score ?? 0) || a.claim.localeCompare(b.claim));

  const figures: FigureMatch[] = [];
  const aboutAClaim = new Set<Sentence>();
  for (const { sentence, read } of bySentence) {
    for (const { figure, around } of read.figures) {
      const entry: FigureMatch = { figure: figure.text, paragraph: sentence.paragraph, sentence: sentence.text, matches: [], contradicts: [] };
      for (const claim of prepared) {
        const sameUnits = sameThing(around, claim.units);
        const about = claim.figures.filter((known) => sameUnits || distinctive(figure, known));
        if (about.length === 0) continue;
        const relations = about.map((known) => ({ known, relation: compareFigures(figure, known) }));
        const agreeing = relations.find((r) => r.relation === 'same') ?? relations.find((r) => r.relation === 'consistent');
        if (agreeing) {
          entry.matches.push({ claim: claim.claim.id, relation: agreeing.relation, note: describeRelation(figure, agreeing.known) });
        } else if (claim.claim.figure && exactlySameThing(around, claim.claim.figure.unit)) {
          // Only a claim about what this figure counts can be contradicted by it: every word of
          // the claim's unit is there ("killed", not "children killed" for "164 people killed").
          const contradiction = relations[0];
          if (contradiction) entry.contradicts.push({ claim: claim.claim.id, note: describeRelation(figure, contradiction.known) });
        }
      }
      // A figure that is exactly one claim's is explained by it ("three children" is the children
      // claim's figure, not a contradiction of the death toll).
      if (entry.matches.some((match) => match.relation === 'same')) entry.contradicts = [];
      if (entry.matches.length > 0 || entry.contradicts.length > 0) aboutAClaim.add(sentence);
      figures.push(entry);
    }
  }

  return {
    claims: claimsOut,
    figures,
    // A sentence whose figure matches or contradicts a claim's is about that claim, not a new one.
    unmatched: bySentence.filter(({ sentence, matches }) => matches.length === 0 && !aboutAClaim.has(sentence)).map(({ sentence }) => sentence),
  };
}

/**
 * Whether a sentence names a source: a person by any of their names ("Tokayev" for "Kassym-Jomart
 * Tokayev"), an institution by most of its words ("the interior ministry" for "Kazakhstan's
 * interior ministry"; a country name alone is not enough).
 */
export function namesSource(sentence: string, source: string): boolean {
  const sourceNames = nameTokens(source, { inSentence: false });
  if (sourceNames.length >= 2 && sourceNames.length === contentStems(source).length) {
    const names = new Set(nameTokens(sentence));
    return sourceNames.some((name) => names.has(name));
  }
  const stems = new Set(contentStems(sentence));
  const wanted = contentStems(source);
  const found = wanted.filter((stem) => stems.has(stem)).length;
  return found >= 2 && found * 2 >= wanted.length;
}

const REPORTING = /\b(said|says|say|told|tells|according to|stated|announced|claimed|added|noted|warned|declared|vowed|called|accused|insisted|stressed|reported|wrote)\b/iu;

/**
 * A mention in the claims format for a suggested sentence: the sentence as its one quote (it is
 * verbatim, so it verifies), the voice and source guessed from the claim's known sources named
 * in it, and the figure it states. The editor trims the quote and checks every field.
 */
export function suggestedMention(article: string, claim: ClaimToMatch, sentence: Sentence, match: Pick<ClaimMatch, 'figure'>): MentionInput {
  const sources = [...new Set([...claim.mentions.map((m) => m.attributedTo), claim.speaker])].filter(
    (source): source is string => source !== null && source !== 'the outlet',
  );
  const named = sources.find((source) => namesSource(sentence.text, source));
  const mention: MentionInput = {
    article,
    voice: named && REPORTING.test(sentence.text) ? 'attributed' : 'outlet',
    quotes: [sentence.text],
  };
  if (mention.voice === 'attributed' && named) mention.attributedTo = named;
  if (match.figure && claim.figure) mention.figure = match.figure.value;
  return mention;
}
