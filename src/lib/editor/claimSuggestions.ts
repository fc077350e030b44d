/**
 * claimSuggestions: which existing claims a new article likely makes, for an editor to review.
 *
 * The article's dek lines and paragraphs are split into sentences (Intl.Segmenter). Each sentence
 * is scored against each claim on three kinds of evidence, and every suggestion says which it
 * rests on:
 * - words: the content words (stemmed, Porter; British and American spellings as one) the
 *   sentence shares with one wording of the claim: its statement, one article's quote of it, or
 *   its profile (all its wordings' words, by how many of them use each). Each word weighs its
 *   rarity in the corpus (wordWeights.ts: BM25 idf over the claims and the article's sentences),
 *   never its share of a claim's words. A wording counts only when it can identify a claim: at
 *   least MIN_WORDING_STEMS distinct content words ("who ruled from 1990 to 2019" is {rule}: it
 *   cannot), of which the sentence shares at least MIN_SHARED_STEMS, not all of them names. The
 *   score is the weight shared as a share of the wording (or of wording and sentence together,
 *   for a short sentence all about the claim), times the weight shared in itself, saturating:
 *   two rare words say more than four common ones. People's names are not words here.
 * - names: the sentence names one of the claim's sources (sourceNames.ts: "Mr Tokayev",
 *   "Tokayev's", "the Kazakh leader" through the aliases list, "He said…" after a sentence naming
 *   one person), or shares the claim's other names ("CSTO", "Almaty"), rare ones weighing more.
 *   Names only support wording: they count in proportion to the words' evidence, up to NAME_GATE,
 *   so a shared name alone suggests nothing. A sentence naming people, none of them the claim's
 *   sources, scores OTHER_SOURCE_FACTOR of what it would.
 * - figures: a figure in the sentence of the claim's kind (a death toll, detentions, troops, a
 *   duration…) and about the same thing (figureEvidence.ts) that matches it, rounded and
 *   spelled-out forms included ("about 2,000", "eight thousand"), or contradicts it ("2,500
 *   troops" against 2,030 troops): a contradiction is a reason to compare, not to skip.
 * A sentence is offered for at most `perSentence` claims, those scoring at least RELATIVE_CUTOFF of
 * its best, and not for a claim whose words a better claim of the sentence already has (and no
 * figure of its own): "an attempted coup" is the attempted-coup claim, not also the claim that the
 * coup attempt was defeated.
 * The result also lists, for each figure in the article, the claims it matches or contradicts,
 * and the sentences that match no claim, as candidates for new claims. Nothing here is accepted
 * automatically: `suggestedMention` is a mention in the claims format for the editor to check.
 * The dek is scored like the text, and a dek sentence (`inDek`, paragraph `dek-N`) is quoted like
 * any other: the build locates quotes in the dek lines too (claims/verifyClaims.ts).
 */
import { compareFigures, describeRelation } from '../figures/compareFigures.ts';
import { dekLineId } from '../articles/passageIds.ts';
import type { FigureRelation } from '../figures/figure.ts';
import type { Passage } from '../claims/locateQuote.ts';
import type { MentionInput } from '../claims/claimsData.ts';
import type { SpeakerAlias } from '../claims/speakerAliases.ts';
import { boundWrittenAgain, canContradict, claimFigures, comparableFigures, readFigures, type ClaimFigures, type ReadFigure } from './figureEvidence.ts';
import { isPersonName, namesSource, personTokens, sourceFinder, sourcesOf, type SourceFinder } from './sourceNames.ts';
import { contentStems, nameTokens, splitSentences, type Sentence } from './suggestionText.ts';
import { inverseDocumentFrequency, sumOf, type Idf } from './wordWeights.ts';

export { contentStems, nameTokens, namesSource, splitSentences, type Sentence };

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

export interface ClaimMatch {
  claim: string;
  /** 0–1: 0.5 × words + 0.2 × names (gated by the words) + 0.3 × figures. */
  score: number;
  reasons: string[];
  /** How the sentence's figure relates to the claim's, when it states one about the same thing. */
  figure: { text: string; value: number; relation: FigureRelation } | null;
  /** The claim's sources the sentence names, by any of their names ("the Kazakh leader"). */
  sources?: string[];
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
  /** Other claims a sentence is offered for score at least this share of its best one (0–1). */
  relativeCutoff?: number;
  /** The article's dek lines: scored like the text; their sentences are marked `inDek`. */
  dek?: readonly string[];
  /** Other names of the claims' sources (content/claims/aliases.yaml). */
  aliases?: readonly SpeakerAlias[];
}

export const DEFAULT_THRESHOLD = 0.125;
const WEIGHTS = { words: 0.5, names: 0.2, figures: 0.3 } as const;
/** Other claims a sentence is offered for score at least this share of its best one. */
export const RELATIVE_CUTOFF = 0.4;
/** A wording with fewer distinct content words is too short to identify a claim. */
export const MIN_WORDING_STEMS = 3;
/** A sentence shares at least this many of a wording's content words, or the wording says nothing of it. */
export const MIN_SHARED_STEMS = 2;
/** Weight shared (in idf units) at which the words' evidence is 1 − 1/e of its most. */
const EVIDENCE_SCALE = 7;
/** Names count fully once the words score this much, and in proportion below it. */
const NAME_GATE = 0.35;
/** A word of a name counts for this much of its weight as a word (it counts as a name too). */
const NAME_AS_WORD = 0.5;
/** A sentence that names people, none of them the claim's sources, is scaled by this. */
const OTHER_SOURCE_FACTOR = 0.75;

/** A way the claim is worded: its stems, each with a factor on its weight (1 in a statement or quote). */
type Wording = Map<string, number>;

interface PreparedClaim {
  claim: ClaimToMatch;
  /**
   * The statement's and each quote's stems, when long enough to identify the claim, and, when it
   * has several, the claim's profile: every stem of them, by the share of wordings that use it,
   * squared ("coup" in five of five weighs 1, a word one of five uses 0.04).
   */
  wordings: Wording[];
  /** The claim's sources, one each ("A and B" is two). */
  sources: Set<string>;
  /** Names in its wording that are not people's names: places, organisations. */
  names: Set<string>;
  figures: ClaimFigures;
}

function prepare(claim: ClaimToMatch, personStems: ReadonlySet<string>, personNames: ReadonlySet<string>): PreparedClaim {
  const quotes = claim.mentions.flatMap((mention) => mention.quotes.map((quote) => quote.text));
  const stemSets = [claim.statement, ...quotes]
    .map((text) => new Set(contentStems(text).filter((stem) => !personStems.has(stem))))
    .filter((stems) => stems.size >= MIN_WORDING_STEMS);
  const wordings: Wording[] = stemSets.map((stems) => new Map([...stems].map((stem) => [stem, 1])));
  if (stemSets.length > 1) {
    const uses = new Map<string, number>();
    for (const stems of stemSets) for (const stem of stems) uses.set(stem, (uses.get(stem) ?? 0) + 1);
    wordings.push(new Map([...uses].map(([stem, count]) => [stem, (count / stemSets.length) ** 2])));
  }
  const sources = new Set([claim.speaker, ...claim.mentions.map((m) => m.attributedTo)].flatMap((s) => (s === null ? [] : sourcesOf(s))));
  return {
    claim,
    wordings,
    sources,
    names: new Set([claim.statement, ...quotes].flatMap((text) => nameTokens(text)).filter((name) => !personNames.has(name))),
    figures: claimFigures(claim.figure, claim.mentions.map((m) => m.figure), quotes),
  };
}

const RELATION_SCORE: Record<FigureRelation, number> = { same: 1, consistent: 0.8, contradicts: 0.6 };

/** What scoring needs of a sentence, read once however many claims it is scored against. */
interface ReadSentence {
  sentence: Sentence;
  stems: Set<string>;
  /** Its stems that come from its names ("unit", "state" of "United States") or a source's alias ("the Kremlin leader"): names, not wording. */
  nameStems: Set<string>;
  /** Its names that are not people's names. */
  names: string[];
  /** Its names that are people's names, for the reasons. */
  people: string[];
  /** The sources it names, by any of their names. */
  sources: Set<string>;
  figures: ReadFigure[];
}

function readSentence(sentence: Sentence, previous: Sentence | undefined, finder: SourceFinder, personStems: ReadonlySet<string>, personNames: ReadonlySet<string>): ReadSentence {
  const names = nameTokens(sentence.text);
  return {
    sentence,
    stems: new Set(contentStems(sentence.text).filter((stem) => !personStems.has(stem))),
    nameStems: new Set([...names, ...finder.aliasesIn(sentence.text)].flatMap((name) => contentStems(name))),
    names: names.filter((name) => !personNames.has(name)),
    people: names.filter((name) => personNames.has(name)),
    sources: finder.named(sentence.text, previous?.text),
    figures: readFigures(sentence.text),
  };
}

/**
 * The words' evidence against one wording: the weight shared as a share of the wording's weight
 * (or of the wording's and the sentence's together, below), times the weight shared in itself,
 * saturating (1 − e^(−shared / EVIDENCE_SCALE)). A stem's weight is its idf times its factor in
 * the wording; a stem of the sentence's names counts NAME_AS_WORD of it. At least
 * MIN_SHARED_STEMS stems are shared, not all of them names.
 */
function wordingEvidence(read: ReadSentence, wording: Wording, idf: Idf): { score: number; shared: string[] } | null {
  const common = [...wording.keys()].filter((stem) => read.stems.has(stem));
  if (common.length < MIN_SHARED_STEMS || common.every((stem) => read.nameStems.has(stem))) return null;
  const asWord = (stem: string) => (read.nameStems.has(stem) ? NAME_AS_WORD : 1) * idf(stem);
  const shared = sumOf(common.map(asWord));
  const ofWording = sumOf(common.map((stem) => asWord(stem) * (wording.get(stem) ?? 0))) / sumOf([...wording].map(([stem, factor]) => idf(stem) * factor));
  // A short sentence that is all about the claim ("The curfew remains in place.") is evidence
  // even when the claim says more: the share of the sentence's weight shared counts too, as the
  // geometric mean of both shares, never below the wording's share.
  const ofSentence = shared / sumOf([...read.stems].map(asWord));
  const share = Math.max(ofWording, Math.sqrt(ofWording * ofSentence));
  const score = share * (1 - Math.exp(-shared / EVIDENCE_SCALE));
  return { score, shared: common.sort((a, b) => idf(b) - idf(a)) };
}

/** The words' evidence: that of the best wording of the claim, its profile included. */
function wordEvidence(read: ReadSentence, prepared: PreparedClaim, idf: Idf): { score: number; shared: string[] } {
  let best = { score: 0, shared: [] as string[] };
  for (const wording of prepared.wordings) {
    const evidence = wordingEvidence(read, wording, idf);
    if (evidence && evidence.score > best.score) best = evidence;
  }
  return best;
}

/** A match with the words it rests on, for comparing it with the sentence's other matches. */
type ScoredMatch = ClaimMatch & { shared: string[] };

function scoreSentence(read: ReadSentence, prepared: PreparedClaim, idf: Idf): ScoredMatch {
  const reasons: string[] = [];

  const words = wordEvidence(read, prepared, idf);
  if (words.score > 0) reasons.push(`words: ${Math.round(words.score * 100)}% (${words.shared.slice(0, 8).join(', ')}; rarest first)`);

  // Names: the claim's source named, or the share of the sentence's other names the claim has.
  const namedSources = [...read.sources].filter((source) => prepared.sources.has(source));
  const commonNames = read.names.filter((name) => prepared.names.has(name));
  const otherNames = read.names.length === 0 ? 0 : sumOf(commonNames.map(idf)) / sumOf(read.names.map(idf));
  const names = Math.max(namedSources.length > 0 ? 1 : 0, otherNames);
  const gate = Math.min(1, words.score / NAME_GATE);
  if (namedSources.length > 0 || commonNames.length > 0) {
    const sourceNames = read.people.filter((name) => namedSources.some((source) => personTokens(source).includes(name)));
    const list = [...new Set([...sourceNames, ...commonNames])];
    reasons.push(`names: ${[...list, ...namedSources.filter((source) => !sourceNames.some((name) => personTokens(source).includes(name))).map((source) => `${source} (by another name)`)].join(', ')}`);
  }
  // Someone else said it: the sentence names people, none of them this claim's sources.
  const otherPeople = [...read.sources].filter(isPersonName);
  const someoneElse = namedSources.length === 0 && otherPeople.length > 0 && [...prepared.sources].some(isPersonName);

  // Figures: the best relation between a figure of the sentence and one of the claim's.
  let figureScore = 0;
  let figure: ClaimMatch['figure'] = null;
  let figureReason = '';
  for (const found of read.figures) {
    const again = boundWrittenAgain(found, prepared.figures);
    for (const known of again ? [again] : comparableFigures(found, prepared.figures)) {
      const relation = compareFigures(found.figure, known);
      if (relation === 'contradicts' && !canContradict(found, prepared.figures)) continue;
      if (RELATION_SCORE[relation] > figureScore) {
        figureScore = RELATION_SCORE[relation];
        figure = { text: found.figure.text, value: found.figure.value, relation };
        figureReason = `figure: ${describeRelation(found.figure, known)}`;
      }
    }
  }
  if (figureReason) reasons.push(figureReason);
  if (someoneElse) reasons.push(`names someone else: ${otherPeople.join(', ')}`);

  const raw = WEIGHTS.words * words.score + WEIGHTS.names * names * gate + WEIGHTS.figures * figureScore;
  const score = someoneElse ? raw * OTHER_SOURCE_FACTOR : raw;
  return { claim: prepared.claim.id, score: Math.round(score * 1000) / 1000, reasons, figure, sources: namedSources, shared: words.shared };
}

function dekSentences(dek: readonly string[]): Sentence[] {
  return splitSentences(dek.map((text, index) => ({ id: dekLineId(index), text }))).map((sentence) => ({ ...sentence, inDek: true }));
}

export function suggestClaims(passages: readonly Passage[], claims: readonly ClaimToMatch[], options: SuggestOptions = {}): ClaimSuggestions {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const perSentence = options.perSentence ?? 3;
  const relativeCutoff = options.relativeCutoff ?? RELATIVE_CUTOFF;
  const allSources = claims.flatMap((claim) => [claim.speaker, ...claim.mentions.flatMap((m) => (m.attributedTo === null ? [] : [m.attributedTo]))]);
  const finder = sourceFinder(allSources, options.aliases ?? []);
  const personNames = new Set(allSources.flatMap(sourcesOf).flatMap(personTokens));
  const personStems = new Set([...personNames].flatMap((name) => contentStems(name)));
  const prepared = claims.map((claim) => prepare(claim, personStems, personNames));
  const sentences = [...dekSentences(options.dek ?? []), ...splitSentences(passages)];
  const reads = sentences.map((sentence, i) => readSentence(sentence, sentences[i - 1], finder, personStems, personNames));
  // Documents: each claim (all its wordings: a word says how rare it is among claims, however
  // often one claim's quotes repeat it) and each sentence of the article.
  const idf = inverseDocumentFrequency([...prepared.map((claim) => new Set(claim.wordings.flatMap((wording) => [...wording.keys()]))), ...reads.map((read) => read.stems)]);

  // Only claims that share a word or a name with a sentence, or have a figure when it has one,
  // can score above zero against it: the others are not scored at all.
  const byToken = new Map<string, number[]>();
  prepared.forEach((claim, index) => {
    for (const token of new Set([...claim.wordings.flatMap((wording) => [...wording.keys()]), ...claim.names])) {
      const list = byToken.get(token);
      if (list) list.push(index);
      else byToken.set(token, [index]);
    }
  });
  const withFigures = prepared.flatMap((claim, index) => (claim.figures.figures.length > 0 ? [index] : []));

  const bySentence: Array<SentenceMatches & { read: ReadSentence }> = reads.map((read) => {
    const candidates = new Set<number>(read.figures.length > 0 ? withFigures : []);
    for (const token of [...read.stems, ...read.names]) for (const index of byToken.get(token) ?? []) candidates.add(index);
    const matches = [...candidates]
      .map((index) => scoreSentence(read, prepared[index] as PreparedClaim, idf))
      .filter((match) => match.score >= threshold)
      .sort((a, b) => b.score - a.score || a.claim.localeCompare(b.claim))
      .slice(0, perSentence);
    // A sentence that clearly makes one claim is not offered for its weaker neighbours, nor for a
    // claim whose evidence a better one already explains: the same words and no figure of its own
    // ("an attempted coup" is the attempted-coup claim, not also "the coup attempt was defeated").
    const best = matches[0]?.score ?? 0;
    const kept: ScoredMatch[] = [];
    for (const match of matches) {
      if (match.score < relativeCutoff * best) continue;
      const explained = match.figure === null && match.shared.length > 0 && kept.some((better) => match.shared.every((stem) => better.shared.includes(stem)));
      if (!explained) kept.push(match);
    }
    return { sentence: read.sentence, read, matches: kept.map(({ shared: _shared, ...match }) => match) };
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
    for (const found of read.figures) {
      const { figure } = found;
      const entry: FigureMatch = { figure: figure.text, paragraph: sentence.paragraph, sentence: sentence.text, matches: [], contradicts: [] };
      for (const claim of prepared) {
        const again = boundWrittenAgain(found, claim.figures);
        const about = again ? [again] : comparableFigures(found, claim.figures);
        if (about.length === 0) continue;
        const relations = about.map((known) => ({ known, relation: compareFigures(figure, known) }));
        const agreeing = relations.find((r) => r.relation === 'same') ?? relations.find((r) => r.relation === 'consistent');
        if (agreeing) {
          entry.matches.push({ claim: claim.claim.id, relation: agreeing.relation, note: describeRelation(figure, agreeing.known) });
        } else if (canContradict(found, claim.figures)) {
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

const REPORTING = /\b(said|says|say|told|tells|according to|stated|announced|claimed|added|noted|warned|declared|vowed|called|accused|insisted|stressed|reported|wrote|promised|promises|described|denounced)\b/iu;

/**
 * A mention in the claims format for a suggested sentence: the sentence as its one quote (it is
 * verbatim, so it verifies, in a paragraph or in the dek), the voice and source guessed from the
 * claim's known sources named in it (`match.sources`, as suggestClaims found them: aliases and
 * "he said" included; without it, those the sentence names outright), and the figure it states.
 * The editor trims the quote and checks every field.
 */
export function suggestedMention(article: string, claim: ClaimToMatch, sentence: Sentence, match: Pick<ClaimMatch, 'figure' | 'sources'>): MentionInput {
  const sources = [...new Set([...claim.mentions.map((m) => m.attributedTo), claim.speaker])].filter(
    (source): source is string => source !== null && source !== 'the outlet',
  );
  // The sources suggestClaims found (aliases and "he said" included), else those named outright.
  const named = new Set(match.sources ?? sources.flatMap(sourcesOf).filter((source) => namesSource(sentence.text, source)));
  // A joint source ("A and B") is guessed only when the sentence names both.
  const source = sources.find((candidate) => {
    const parts = sourcesOf(candidate);
    return parts.length > 0 && parts.every((part) => named.has(part));
  });
  const mention: MentionInput = {
    article,
    voice: source && REPORTING.test(sentence.text) ? 'attributed' : 'outlet',
    quotes: [sentence.text],
  };
  if (mention.voice === 'attributed' && source) mention.attributedTo = source;
  if (match.figure && claim.figure) mention.figure = match.figure.value;
  return mention;
}
