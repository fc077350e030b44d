/**
 * draftClaims: a first draft of an event's claims, from its cleaned articles alone.
 *
 * Every sentence of every article is a candidate assertion (`passages`); its wording is read as
 * terms (`wording`), its source from attribution (`attribution`), its quantities by figure
 * reading (src/lib/figures). Passages of different articles that make the same assertion are
 * grouped (`alignPassages`); each group becomes a claim with one mention per article, and every
 * other sentence a single-article claim, ranked below the groups, so that omissions show. For
 * each claim the draft gives the speaker (the source most mentions name, else the outlet), the
 * figure and its unit, a statement taken from the clearest passage (the one most like the
 * others) for the editor to rewrite, a topic from the group's key words, and whether the
 * mentions diverge (different figures or sources, as the build computes it).
 *
 * Pure and deterministic: the same articles give the same drafts, in the same order.
 */
import { claimDifferences } from '../claims/divergence.ts';
import type { Figure } from '../figures/figure.ts';
import { parseFigures } from '../figures/parseFigures.ts';
import { normalizeText, tokenize } from '../text/normalizeText.ts';
import { STOP_WORDS } from '../text/stopWords.ts';
import { alignPassages, DEFAULT_ALIGN, type AlignInput, type AlignOptions } from './alignPassages.ts';
import { attributeArticle, personIndex, type Attribution } from './attribution.ts';
import { eventPassages, type EventArticle, type SentencePassage } from './passages.ts';
import { selectGroups } from './selectGroups.ts';
import { nameAliases, termOf, termsOf } from './wording.ts';

export type { EventArticle } from './passages.ts';

export interface DraftMention {
  article: string;
  voice: 'attributed' | 'outlet';
  attributedTo: string | null;
  figure: number | null;
  quotes: string[];
  /** Where the quote is, and how its source was read, for the editor. */
  paragraph: string;
  cue: string;
}

export interface DraftClaim {
  id: string;
  topic: string;
  statement: string;
  /** Where the statement was taken from. */
  statementFrom: { article: string; paragraph: string };
  speaker: string;
  figure: { value: number; unit: string } | null;
  mentions: DraftMention[];
  /** The fields the mentions differ in ("figure", "source"); empty when they agree. */
  divergences: string[];
  keywords: string[];
}

export interface Drafts {
  claims: DraftClaim[];
  /** Sentences too short to be an assertion (under two content words, no digits). */
  skipped: number;
}

export interface DraftOptions {
  align?: AlignOptions;
  locale?: string;
}

interface Candidate {
  passage: SentencePassage;
  attribution: Attribution;
  terms: string[];
  /** The quantities with a unit, as figure reading gives them (unit as a term, to compare). */
  quantities: Array<{ unit: string; figure: Figure }>;
}

const OUTLET = 'the outlet';
const MIN_TERMS = 2;

function candidates(articles: readonly EventArticle[], locale: string): { list: Candidate[]; skipped: number } {
  const passages = eventPassages(articles, { locale });
  const texts = passages.map((p) => p.text);
  const aliases = nameAliases(texts);
  const index = personIndex(texts, aliases);
  const list: Candidate[] = [];
  let skipped = 0;
  for (const article of articles) {
    const own = passages.filter((p) => p.article === article.slug);
    const attributions = attributeArticle(own, index, aliases);
    own.forEach((passage, k) => {
      const read = attributions[k] as Attribution;
      // A frame ("Tokayev told an online meeting of the CSTO") reports the setting itself.
      const attribution: Attribution = passage.frame ? { voice: 'outlet', speaker: null, cue: 'frame of a statement' } : read;
      // Who speaks is compared apart (alignPassages); their name and title are not what is said.
      const speakerTerms = new Set(termsOf(`${read.speaker ?? ''} president minister spokesperson`, aliases));
      const terms = termsOf(passage.text, aliases).filter((term) => read.speaker === null || !speakerTerms.has(term));
      if (terms.length < MIN_TERMS && !/\d/u.test(passage.text)) {
        skipped += 1;
        return;
      }
      const quantities = parseFigures(passage.text).filter((f) => f.role === 'quantity' && f.unit !== null);
      list.push({
        passage,
        attribution,
        terms,
        quantities: quantities.map((figure) => ({ unit: termOf(figure.unit as string) ?? (figure.unit as string), figure })),
      });
    });
  }
  return { list, skipped };
}

/** "…, Tokayev said." and the quotation marks around a quoted statement, off the statement. */
export function statementFrom(text: string): string {
  let s = text
    .replace(/[,;]?\s*[”"’]?\s*(?:,\s*)?(?:he|she|they|the \p{Ll}+|[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,3})\s+(?:said|added|stressed|explained|noted|alleged|insisted|claimed)(?:\s+on \p{Lu}\p{Ll}+day)?\s*\.?\s*$/u, '')
    .replace(/^[\s“”"‘’'«»]+|[\s“”"‘’'«»]+$/gu, '')
    .trim();
  if (s === '') s = text.trim();
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?…]$/u.test(s) ? s : `${s}.`;
}

/** Normalised words of a text by term, to name terms in plain words. */
function surfaceWords(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of tokenize(normalizeText(text))) {
      if (STOP_WORDS.has(word) || !/^[a-z][a-z0-9]*$/u.test(word)) continue;
      const term = termOf(word);
      if (term === null) continue;
      const forms = counts.get(term) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(term, forms);
    }
  }
  const out = new Map<string, string>();
  for (const [term, forms] of counts) {
    const [best] = [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]));
    if (best) out.set(term, best[0]);
  }
  return out;
}

/** The group's key terms: by weight summed over its passages, rarer terms first on ties. */
function keyTerms(members: readonly Candidate[], df: ReadonlyMap<string, number>, total: number): string[] {
  const score = new Map<string, number>();
  for (const member of members) {
    for (const term of new Set(member.terms)) {
      if (/^\d/u.test(term)) continue;
      const idf = Math.log((total + 1) / ((df.get(term) ?? 0) + 0.5));
      score.set(term, (score.get(term) ?? 0) + idf);
    }
  }
  // Shared terms first: what the passages have in common is what the claim is about.
  const shared = (term: string) => members.filter((m) => m.terms.includes(term)).length;
  return [...score.keys()].sort((a, b) => shared(b) - shared(a) || (score.get(b) as number) - (score.get(a) as number) || a.localeCompare(b));
}

const kebab = (words: readonly string[]) =>
  words
    .join('-')
    .replace(/[^a-z0-9-]+/gu, '')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');

/** The source most mentions name; the outlet when none does. Ties go to the first named. */
function claimSpeaker(mentions: readonly DraftMention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.attributedTo) counts.set(m.attributedTo, (counts.get(m.attributedTo) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > (counts.get(best) as number)) best = name;
  return best ?? OUTLET;
}

/**
 * The unit the claim counts: the unit most of its articles give a quantity in (at least two, or
 * the only article); null when none does. "killed at least 164 people" in a sentence about the
 * meeting gives the meeting no figure.
 */
function claimUnit(members: readonly Candidate[]): string | null {
  const articles = new Map<string, Set<number>>();
  for (const c of members) for (const q of c.quantities) articles.set(q.unit, (articles.get(q.unit) ?? new Set()).add(c.passage.articleIndex));
  const total = new Set(members.map((c) => c.passage.articleIndex)).size;
  let best: string | null = null;
  for (const [unit, seen] of [...articles].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (seen.size < Math.min(2, total)) continue;
    if (best === null || seen.size > (articles.get(best) as Set<number>).size) best = unit;
  }
  return best;
}

/**
 * One mention per article: its passages in reading order, a passage inside another of the same
 * article (a clause of a grouped sentence) left out; voice and source from the first passage,
 * the figure from the first quantity in the claim's unit.
 */
function mentionsOf(members: readonly Candidate[], unit: string | null): DraftMention[] {
  const byArticle = new Map<number, Candidate[]>();
  for (const c of members) byArticle.set(c.passage.articleIndex, [...(byArticle.get(c.passage.articleIndex) ?? []), c]);
  return [...byArticle.keys()]
    .sort((a, b) => a - b)
    .map((articleIndex) => {
      const own = (byArticle.get(articleIndex) as Candidate[]).sort(
        (a, b) => a.passage.paragraphIndex - b.passage.paragraphIndex || a.passage.start - b.passage.start || b.passage.end - a.passage.end,
      );
      const kept = own.filter(
        (c) =>
          !own.some(
            (other) =>
              other !== c &&
              other.passage.paragraph === c.passage.paragraph &&
              other.passage.start <= c.passage.start &&
              other.passage.end >= c.passage.end &&
              other.passage.end - other.passage.start > c.passage.end - c.passage.start,
          ),
      );
      const first = kept[0] as Candidate;
      return {
        article: first.passage.article,
        voice: first.attribution.voice,
        attributedTo: first.attribution.speaker,
        figure: unit === null ? null : (kept.flatMap((c) => c.quantities).find((q) => q.unit === unit)?.figure.value ?? null),
        quotes: [...new Set(kept.map((c) => c.passage.text))],
        paragraph: first.passage.paragraph,
        cue: first.attribution.cue,
      };
    });
}

export function draftClaims(articles: readonly EventArticle[], options: DraftOptions = {}): Drafts {
  const { list, skipped } = candidates(articles, options.locale ?? 'en');
  const inputs: AlignInput[] = list.map((c) => ({
    articleIndex: c.passage.articleIndex,
    terms: c.terms,
    speaker: c.attribution.speaker,
    quantities: c.quantities,
  }));
  const aligner = alignPassages(inputs, options.align ?? DEFAULT_ALIGN);
  const df = new Map<string, number>();
  for (const c of list) for (const term of new Set(c.terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const surface = surfaceWords(list.map((c) => c.passage.text));

  // Groups across articles first (more articles first), then single-article assertions; within
  // each, in reading order of the first passage.
  const kept = selectGroups(aligner.groups, list.map((c) => c.passage));
  const articleCount = (group: readonly number[]) => new Set(group.map((i) => (list[i] as Candidate).passage.articleIndex)).size;
  const order = [...kept].sort((a, b) => articleCount(b) - articleCount(a) || (a[0] as number) - (b[0] as number));
  const usedIds = new Set<string>();
  const claims = order.map((group) => {
    const members = group.map((i) => list[i] as Candidate);
    // The clearest passage: the one most like the others; then the shortest; then the first.
    const centrality = group.map((i) => group.reduce((sum, j) => (j === i ? sum : sum + aligner.similarity(i, j)), 0));
    let clearest = 0;
    group.forEach((_, k) => {
      const better = (centrality[k] as number) - (centrality[clearest] as number);
      const shorter = (members[k] as Candidate).passage.text.length < (members[clearest] as Candidate).passage.text.length;
      if (better > 1e-9 || (Math.abs(better) <= 1e-9 && shorter)) clearest = k;
    });
    const main = members[clearest] as Candidate;
    const unit = claimUnit(members);
    const mentions = mentionsOf(members, unit);
    const keys = keyTerms(members, df, list.length);
    const keywords = keys.slice(0, 4).map((t) => surface.get(t) ?? t);
    let base = kebab(keywords.slice(0, 4)) || 'claim';
    if (/^\d/u.test(base)) base = `claim-${base}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
    usedIds.add(id);
    const withFigure = unit === null ? undefined : [main, ...members].map((c) => c.quantities.find((q) => q.unit === unit)).find((q) => q !== undefined);
    const divergences = claimDifferences(mentions.map((m) => ({ ...m, details: {}, quotes: m.quotes.map((text) => ({ text })) }))).map((d) => d.field);
    return {
      id,
      topic: kebab(keywords.slice(0, 1)) || 'other',
      statement: statementFrom(main.passage.text),
      statementFrom: { article: main.passage.article, paragraph: main.passage.paragraph },
      speaker: claimSpeaker(mentions),
      figure: withFigure ? { value: withFigure.figure.value, unit: withFigure.figure.unit as string } : null,
      mentions,
      divergences,
      keywords,
    };
  });
  return { claims, skipped };
}
