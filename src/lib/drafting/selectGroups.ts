/**
 * selectGroups: which groups and single passages become draft claims.
 *
 * A sentence and its clauses are candidates alike, so two groups can pair the same passages
 * (one by the sentence, one by a clause of it): a later group (groups with more passages come
 * first) keeps only its passages that overlap no passage of an earlier group already pairing
 * them with another article; a group left with one passage dissolves. A single-article assertion
 * is drafted once: as its whole sentence when no part of the sentence is in a group, else as
 * each of its clauses that no grouped passage overlaps. Indexed by paragraph, so the cost grows
 * with the passages, not with their square.
 */
import type { SentencePassage } from './passages.ts';

const paragraphKey = (p: SentencePassage) => `${p.articleIndex}:${p.paragraphIndex}`;
const overlap = (a: SentencePassage, b: SentencePassage) => a.start < b.end && b.start < a.end;

/** Groups of passage indices: the groups kept (2+ passages), then the singles kept, as given. */
export function selectGroups(groups: readonly number[][], passages: readonly SentencePassage[]): number[][] {
  const ranked = groups.filter((g) => g.length > 1).sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number));
  const accepted: number[][] = [];
  // paragraph → accepted passages in it, with the accepted group they belong to.
  const acceptedIn = new Map<string, Array<{ group: number; index: number }>>();
  const overlapping = (i: number) => {
    const p = passages[i] as SentencePassage;
    return (acceptedIn.get(paragraphKey(p)) ?? []).filter(({ index }) => overlap(passages[index] as SentencePassage, p));
  };
  for (const group of ranked) {
    // How many passages of each accepted group this group overlaps.
    const sharedWith = new Map<number, Set<number>>();
    for (const i of group) for (const hit of overlapping(i)) sharedWith.set(hit.group, (sharedWith.get(hit.group) ?? new Set()).add(hit.index));
    const rest = group.filter((i) => !overlapping(i).some((hit) => (sharedWith.get(hit.group)?.size ?? 0) >= 2));
    if (rest.length < 2) continue;
    const id = accepted.length;
    accepted.push(rest);
    for (const i of rest) {
      const key = paragraphKey(passages[i] as SentencePassage);
      acceptedIn.set(key, [...(acceptedIn.get(key) ?? []), { group: id, index: i }]);
    }
  }
  // Passages a group lost are candidates again, as single-article assertions.
  const inAccepted = new Set(accepted.flat());
  const sentenceGrouped = new Set(
    [...inAccepted].map((i) => {
      const p = passages[i] as SentencePassage;
      return `${paragraphKey(p)}:${p.sentence.start}`;
    }),
  );
  const singles = groups
    .flat()
    .filter((i) => !inAccepted.has(i))
    .sort((a, b) => a - b)
    .filter((i) => {
      const p = passages[i] as SentencePassage;
      if (overlapping(i).length > 0) return false;
      const isPart = p.end - p.start < p.sentence.end - p.sentence.start;
      // A clause alone only when its sentence is not drafted whole (another clause is grouped).
      return !isPart || sentenceGrouped.has(`${paragraphKey(p)}:${p.sentence.start}`);
    })
    .map((i) => [i]);
  return [...accepted, ...singles];
}
