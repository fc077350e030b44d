/**
 * verificationGroups: the claims and articles cut into groups that verifyClaims can check one at a
 * time with the same result as all at once, so that a rebuild re-verifies only the groups an edit
 * reached (src/loaders/verifyCached.ts keeps the others' results).
 *
 * A group is a set of articles linked by claims (two articles are in one group when a claim
 * mentions both), with every claim that mentions them and their not-a-claim entries. verifyClaims
 * reads nothing across groups: a quote is found in its own article, a claim's differences come
 * from its own mentions, and an article's numbers are checked against the quotes of the claims
 * that mention it. What it does check across the whole input (duplicate claim ids, mentions of
 * unknown articles, not-a-claim entries for unknown articles) is checked here first: with any of
 * them there are no groups, and the caller verifies the whole input, so the error lists every
 * problem exactly as one run would.
 */
import type { ArticleText, VerifiedClaims } from './verifyClaims.ts';
import type { ClaimsFile, NotClaimsFile } from './claimsData.ts';

export interface VerificationGroup {
  files: ClaimsFile[];
  articles: ArticleText[];
  notClaims: NotClaimsFile | null;
}

/** The groups, or null when the input has a problem only a check of the whole input reports. */
export function verificationGroups(
  files: readonly ClaimsFile[],
  articles: readonly ArticleText[],
  notClaims: NotClaimsFile | null,
): VerificationGroup[] | null {
  const index = new Map(articles.map((article, i) => [article.id, i]));
  if (index.size !== articles.length) return null;
  // Union-find over article positions.
  const parent = articles.map((_article, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) [parent[i], i] = [r, parent[i] as number];
    return r;
  };
  const ids = new Set<string>();
  for (const file of files) {
    for (const claim of file.claims) {
      if (ids.has(claim.id)) return null;
      ids.add(claim.id);
      let first: number | undefined;
      for (const mention of claim.mentions) {
        const at = index.get(mention.article);
        if (at === undefined) return null;
        if (first === undefined) first = root(at);
        else parent[root(at)] = first = root(first);
      }
    }
  }
  for (const entry of notClaims?.notClaims ?? []) if (!index.has(entry.article)) return null;

  // One group per root, in the order of its first article; claims without mentions go with the first.
  const groupOf = new Map<number, VerificationGroup>();
  const groups: VerificationGroup[] = [];
  const group = (at: number): VerificationGroup => {
    const r = root(at);
    let found = groupOf.get(r);
    if (!found) {
      found = { files: [], articles: [], notClaims: notClaims ? { ...notClaims, notClaims: [] } : null };
      groupOf.set(r, found);
      groups.push(found);
    }
    return found;
  };
  articles.forEach((article, i) => group(i).articles.push(article));
  const unmentioned: VerificationGroup = { files: [], articles: [], notClaims: notClaims ? { ...notClaims, notClaims: [] } : null };
  for (const file of files) {
    const parts = new Map<VerificationGroup, ClaimsFile>();
    for (const claim of file.claims) {
      const first = claim.mentions[0];
      const target = first ? group(index.get(first.article) as number) : unmentioned;
      let part = parts.get(target);
      if (!part) {
        part = { ...file, claims: [] };
        parts.set(target, part);
        target.files.push(part);
      }
      part.claims.push(claim);
    }
  }
  for (const entry of notClaims?.notClaims ?? []) group(index.get(entry.article) as number).notClaims?.notClaims.push(entry);
  return unmentioned.files.length > 0 ? [...groups, unmentioned] : groups;
}

/**
 * The groups' results as one result of the whole input: claims in the order of the claims files,
 * numbers in the order of the articles, as verifyClaims returns them.
 */
export function mergeVerified(files: readonly ClaimsFile[], articles: readonly ArticleText[], results: readonly VerifiedClaims[]): VerifiedClaims {
  const claimById = new Map(results.flatMap((result) => result.claims.map((claim) => [claim.id, claim] as const)));
  const numberById = new Map(results.flatMap((result) => Object.entries(result.numbers)));
  const claims = files.flatMap((file) => file.claims.map((claim) => claimById.get(claim.id))).filter((claim) => claim !== undefined);
  const numbers: VerifiedClaims['numbers'] = {};
  for (const article of articles) {
    const coverage = numberById.get(article.id);
    if (coverage) numbers[article.id] = coverage;
  }
  return { claims, numbers };
}
