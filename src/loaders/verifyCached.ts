/**
 * verifyCached: verifyClaims with its result kept per group of linked articles and claims
 * (src/lib/claims/verificationGroups.ts) in the build cache, keyed on the group's whole input (its
 * claims as parsed, with their lines; its articles' passages; its not-a-claim entries) and on the
 * code. A rebuild after one article's edit re-verifies that article's group only. Any problem
 * sends the whole input through verifyClaims, so a failing build reports exactly what it did.
 */
import type { ClaimsFile, NotClaimsFile } from '../lib/claims/claimsData.ts';
import { mergeVerified, verificationGroups } from '../lib/claims/verificationGroups.ts';
import { verifyClaims, type ArticleText, type VerifiedClaims } from '../lib/claims/verifyClaims.ts';
import { digestOf, type BuildCache } from '../data/buildCache.ts';

export const VERIFY_CACHE = 'verify';

export function verifyCached(
  files: readonly ClaimsFile[],
  articles: readonly ArticleText[],
  notClaims: NotClaimsFile | null,
  cache: { store: BuildCache; code: string } | undefined,
): VerifiedClaims {
  const groups = cache ? verificationGroups(files, articles, notClaims) : null;
  if (!cache || !groups) return verifyClaims(files, articles, notClaims);
  const results: VerifiedClaims[] = [];
  try {
    for (const group of groups) {
      const key = digestOf(cache.code, group);
      const known = cache.store.get<VerifiedClaims>(VERIFY_CACHE, key);
      if (known) results.push(known);
      else {
        const result = verifyClaims(group.files, group.articles, group.notClaims);
        cache.store.set(VERIFY_CACHE, key, result);
        results.push(result);
      }
    }
  } catch {
    // A group failed: one run over everything gives the error with every problem, as before.
    return verifyClaims(files, articles, notClaims);
  }
  return mergeVerified(files, articles, results);
}
