/**
 * alignPassages: groups the passages of different articles that make the same assertion.
 *
 * Each passage is a tf-idf vector over the event (sublinear term counts, idf over the event's
 * passages, so a word every article uses — the country, "president" — weighs little and a rare
 * one — "shields", "7939" — a lot). Two passages' similarity is the cosine of their vectors,
 * lowered when both name different speakers (Putin's assertion is not Tokayev's) and raised
 * when both give a quantity of the same unit ("2,030 soldiers", "2,500 peacekeepers": the same
 * figure, possibly divergent). Grouping is agglomerative with average linkage: candidate pairs
 * (passages sharing a rare term) are taken best first, and two groups merge when the mean
 * similarity across them reaches the threshold and they have no article in common, so a group
 * holds at most one passage per article. Ties are broken by passage order: the result is
 * deterministic.
 */
import { compareFigures } from '../figures/compareFigures.ts';
import type { Figure } from '../figures/figure.ts';

/** Units that say little about what is counted: their figures must agree to count as one. */
const GENERIC_UNITS = new Set(['peopl', 'person', 'year', 'time', 'dai', 'week', 'month', 'hour', 'minut']);

export interface AlignInput {
  articleIndex: number;
  terms: readonly string[];
  /** The named speaker, or null for the outlet's own voice. */
  speaker: string | null;
  /** The quantities the passage gives, with their units as terms. */
  quantities: ReadonlyArray<{ unit: string; figure: Figure }>;
}

export interface AlignOptions {
  /** Mean similarity two groups need to merge. */
  threshold: number;
  /** Factor on the similarity of two passages that name different speakers. */
  otherSpeaker: number;
  /** Added to the similarity of two passages that give a quantity of the same unit. */
  sameUnit: number;
  /** Weight of the containment score (shared weight over the shorter passage's) against the cosine. */
  containment: number;
  /** Share of the threshold the mean similarity across two groups needs (1: average linkage). */
  linkage: number;
  /** Factor on the similarity of two passages that share fewer than three terms. */
  fewShared: number;
  /** Merge groups that make the same assertion, several passages of one article included. */
  mergeGroups: boolean;
}

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.17, otherSpeaker: 0.6, sameUnit: 0.12, containment: 0.5, linkage: 1, fewShared: 0.7, mergeGroups: true };

interface Vector {
  terms: string[];
  weights: Float64Array;
  /** term → weight, for dot products. */
  byTerm: Map<string, number>;
  /** Weights before normalisation, and their sum. */
  raw: Float64Array;
  mass: number;
}

/** tf-idf vectors, unit length. */
function vectors(inputs: readonly AlignInput[]): { vectors: Vector[]; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const input of inputs) for (const term of new Set(input.terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = inputs.length;
  const out = inputs.map((input) => {
    const counts = new Map<string, number>();
    for (const term of input.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const terms = [...counts.keys()].sort();
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((term, k) => {
      const w = (1 + Math.log(counts.get(term) as number)) * Math.log((n + 1) / ((df.get(term) as number) + 0.5));
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    const raw = Float64Array.from(weights);
    const mass = raw.reduce((sum, w) => sum + w, 0);
    const byTerm = new Map<string, number>();
    terms.forEach((term, k) => {
      weights[k] = (weights[k] as number) / norm;
      byTerm.set(term, weights[k] as number);
    });
    return { terms, weights, byTerm, raw, mass };
  });
  return { vectors: out, df };
}

/** Cosine, and containment: the idf mass the two share over the smaller one's (raw, not normalised). */
function compare(a: Vector, b: Vector): { cosine: number; containment: number; shared: number } {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  let dot = 0;
  let shared = 0;
  let count = 0;
  small.terms.forEach((term, k) => {
    const other = large.byTerm.get(term);
    if (other !== undefined) {
      dot += (small.weights[k] as number) * other;
      shared += small.raw[k] as number;
      count += 1;
    }
  });
  const mass = Math.min(a.mass, b.mass);
  return { cosine: dot, containment: mass === 0 ? 0 : shared / mass, shared: count };
}

/**
 * The passages a group's mean similarity is measured on: all of them up to 16, else 16 spread
 * evenly in passage order (deterministic), so that merging large groups stays cheap.
 */
const SAMPLE = 16;
/** Up to this many passages, every pair is compared (about 125,000 comparisons). */
const ALL_PAIRS = 500;
function sample(members: readonly number[]): readonly number[] {
  if (members.length <= SAMPLE) return members;
  return Array.from({ length: SAMPLE }, (_, k) => members[Math.floor((k * members.length) / SAMPLE)] as number);
}

export interface Aligner {
  similarity(i: number, j: number): number;
  /** Groups of passage indices (each sorted), in order of their first passage. */
  groups: number[][];
}

export function alignPassages(inputs: readonly AlignInput[], options: AlignOptions = DEFAULT_ALIGN): Aligner {
  const { vectors: vecs, df } = vectors(inputs);
  const n = inputs.length;
  const cache = new Map<number, number>();
  const similarity = (i: number, j: number): number => {
    if (i === j) return 1;
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * n + b;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const x = inputs[a] as AlignInput;
    const y = inputs[b] as AlignInput;
    const { cosine, containment, shared } = compare(vecs[a] as Vector, vecs[b] as Vector);
    let s = Math.max(cosine, options.containment * containment);
    // Two words in common ("possibility", "groups") is a coincidence as often as a paraphrase,
    // and all the more when the two count the same thing differently ("125 people killed" in
    // 2014, "164 people killed" this week): then only the count's own words are shared.
    if (shared < 3) {
      s *= options.fewShared;
      if (x.quantities.some((p) => y.quantities.some((q) => p.unit === q.unit && compareFigures(p.figure, q.figure) === 'contradicts'))) s *= options.fewShared;
    }
    if (x.speaker !== null && y.speaker !== null && x.speaker !== y.speaker) s *= options.otherSpeaker;
    // The same unit and figures that agree (or differ only in precision): likely the same count.
    // "125 killed" against "164 killed" gets no help: contradicting figures must be grouped on
    // their wording alone (and are then marked divergent).
    if (s > 0 && x.quantities.some((p) => y.quantities.some((q) => p.unit === q.unit && (!GENERIC_UNITS.has(p.unit) || compareFigures(p.figure, q.figure) !== 'contradicts')))) s += options.sameUnit;
    cache.set(key, s);
    return s;
  };

  // Candidate pairs. In a small event (up to ALL_PAIRS passages) every two passages of
  // different articles are compared. In a larger one, only passages that share a term no more
  // common than a quarter of the passages, and at most 80 (a shared common word alone cannot
  // carry a pair over the threshold, and comparing every pair would grow with the square).
  // A passage of fewer than three distinct terms ("It was an attempted coup") is too short to
  // compare on wording: it stays a single-article assertion.
  const comparable = vecs.map((vector) => vector.terms.length >= 3);
  const pairs: Array<{ i: number; j: number; s: number }> = [];
  const consider = (i: number, j: number) => {
    if (inputs[i]?.articleIndex === inputs[j]?.articleIndex) return;
    const s = similarity(i, j);
    if (s >= options.threshold) pairs.push({ i, j, s });
  };
  if (n <= ALL_PAIRS) {
    for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) if (comparable[i] && comparable[j]) consider(i, j);
  } else {
    const maxDf = Math.max(2, Math.min(80, Math.floor(n / 4)));
    const postings = new Map<string, number[]>();
    vecs.forEach((vector, i) => {
      if (!comparable[i]) return;
      for (const term of vector.terms) if ((df.get(term) as number) <= maxDf) postings.set(term, [...(postings.get(term) ?? []), i]);
    });
    const seen = new Set<number>();
    for (const list of postings.values()) {
      for (let x = 0; x < list.length; x += 1) {
        for (let y = x + 1; y < list.length; y += 1) {
          const key = (list[x] as number) * n + (list[y] as number);
          if (seen.has(key)) continue;
          seen.add(key);
          consider(list[x] as number, list[y] as number);
        }
      }
    }
  }
  pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  const groupOf = inputs.map((_, i) => i);
  const members = new Map<number, number[]>(inputs.map((_, i) => [i, [i]]));
  const articlesOf = new Map<number, Set<number>>(inputs.map((input, i) => [i, new Set([input.articleIndex])]));
  for (const { i, j } of pairs) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const ai = articlesOf.get(gi) as Set<number>;
    const aj = articlesOf.get(gj) as Set<number>;
    if ([...ai].some((a) => aj.has(a))) continue;
    const mi = members.get(gi) as number[];
    const mj = members.get(gj) as number[];
    const si = sample(mi);
    const sj = sample(mj);
    let total = 0;
    for (const p of si) for (const q of sj) total += similarity(p, q);
    if (total / (si.length * sj.length) < options.threshold * options.linkage) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    const merged = [...mi, ...mj].sort((a, b) => a - b);
    members.set(keep, merged);
    members.delete(drop);
    articlesOf.set(keep, new Set([...ai, ...aj]));
    articlesOf.delete(drop);
    for (const p of merged) groupOf[p] = keep;
  }

  // Second pass: two groups that make the same assertion in articles they share (an article
  // that reports the meeting three times, a sentence grouped once whole and once by a clause)
  // merge when the mean similarity of their passages of different articles reaches the
  // threshold; such an article then has several passages in the group (several quotes).
  if (options.mergeGroups) {
    const meanAcross = (a: number, b: number): number => {
      let total = 0;
      let count = 0;
      for (const p of sample(members.get(a) as number[])) {
        for (const q of sample(members.get(b) as number[])) {
          if (inputs[p]?.articleIndex === inputs[q]?.articleIndex) continue;
          total += similarity(p, q);
          count += 1;
        }
      }
      return count === 0 ? 0 : total / count;
    };
    // Rounds: the linked group pairs, best mean first; a pair whose groups changed earlier in
    // the round is measured again before it merges. Until a round merges nothing.
    for (let merged = true; merged; ) {
      merged = false;
      const seenPairs = new Set<string>();
      const linked: Array<{ a: number; b: number; mean: number }> = [];
      for (const { i, j } of pairs) {
        const a = Math.min(groupOf[i] as number, groupOf[j] as number);
        const b = Math.max(groupOf[i] as number, groupOf[j] as number);
        const key = `${a}:${b}`;
        if (a === b || seenPairs.has(key)) continue;
        seenPairs.add(key);
        if ((members.get(a) as number[]).length < 2 && (members.get(b) as number[]).length < 2) continue;
        const mean = meanAcross(a, b);
        if (mean >= options.threshold) linked.push({ a, b, mean });
      }
      linked.sort((x, y) => y.mean - x.mean || x.a - y.a || x.b - y.b);
      const changed = new Set<number>();
      for (const { a, b } of linked) {
        const ga = groupOf[a] as number;
        const gb = groupOf[b] as number;
        if (ga === gb || !members.has(ga) || !members.has(gb)) continue;
        if ((changed.has(ga) || changed.has(gb)) && meanAcross(ga, gb) < options.threshold) continue;
        const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
        const all = [...(members.get(keep) as number[]), ...(members.get(drop) as number[])].sort((x, y) => x - y);
        members.set(keep, all);
        members.delete(drop);
        for (const p of all) groupOf[p] = keep;
        changed.add(keep);
        merged = true;
      }
    }
  }
  const groups = [...members.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
  return { similarity, groups };
}
