/**
 * wordWeights: how much a shared word says, by how rare it is in the corpus. The documents (the
 * caller's choice; the claim suggestions take each claim, all its wordings together, and each
 * sentence of the article being read): a word most of them use ("Kazakhstan", "unrest") says
 * little, a word few use ("Maidan", "curfew") says a lot. The weight is BM25's inverse document
 * frequency, ln(1 + (N − df + 0.5) / (df + 0.5)), which stays positive for a word every document
 * has.
 */

export type Idf = (stem: string) => number;

export function inverseDocumentFrequency(documents: Iterable<ReadonlySet<string>>): Idf {
  const df = new Map<string, number>();
  let n = 0;
  for (const document of documents) {
    n += 1;
    for (const stem of document) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const cache = new Map<string, number>();
  return (stem) => {
    let weight = cache.get(stem);
    if (weight === undefined) {
      const count = df.get(stem) ?? 0;
      weight = Math.log(1 + (n - count + 0.5) / (count + 0.5));
      cache.set(stem, weight);
    }
    return weight;
  };
}

export const sumOf = (values: Iterable<number>): number => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};
