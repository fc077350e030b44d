import { describe, expect, it } from 'vitest';
import type { ClaimsFile, NotClaimsFile } from '../../../src/lib/claims/claimsData.ts';
import { mergeVerified, verificationGroups } from '../../../src/lib/claims/verificationGroups.ts';
import { verifyClaims, type ArticleText } from '../../../src/lib/claims/verifyClaims.ts';

const article = (id: string, ...texts: string[]): ArticleText => ({
  id,
  file: `content/articles/${id}.txt`,
  passages: texts.map((text, i) => ({ id: `p-${i + 1}`, text, line: i + 1 })),
});

const claim = (id: string, line: number, mentions: Array<[string, string]>) => ({
  id,
  status: 'reviewed' as const,
  statement: `Statement of ${id}.`,
  speaker: 'the outlet',
  mentions: mentions.map(([articleId, quote]) => ({ article: articleId, voice: 'outlet' as const, quotes: [quote] })),
  line,
  mentionLines: mentions.map((_m, i) => line + 1 + i),
  quoteLines: mentions.map((_m, i) => [line + 2 + i]),
});

const file = (name: string, claims: ClaimsFile['claims']): ClaimsFile => ({ file: `content/claims/${name}.yaml`, topic: name, event: undefined, eventLine: 1, claims });

// Two groups (a+b linked by one claim, c alone) and d with no claims; a's number is excused.
const articles = [
  article('a', 'Troops arrived on Monday.', 'About 2000 people gathered.'),
  article('b', 'The troops arrived Monday.'),
  article('c', 'Talks ended without a deal; 3 envoys left.'),
  article('d', 'Nothing here is claimed.'),
];
const files = [
  file('troops', [claim('troops-arrived', 3, [['b', 'The troops arrived Monday.'], ['a', 'Troops arrived on Monday.']])]),
  file('talks', [claim('talks-ended', 3, [['c', 'Talks ended without a deal; 3 envoys left.']]), claim('talks-no-deal', 9, [['c', 'without a deal']])]),
];
const notClaims: NotClaimsFile = {
  file: 'content/claims/not-claims.yaml',
  notClaims: [{ article: 'a', paragraph: 'p-2', number: '2000', reason: 'A crowd estimate, not a claim.', line: 2 }],
};

describe('verificationGroups', () => {
  it('cuts the input into linked groups whose results merge into the result of the whole', () => {
    const groups = verificationGroups(files, articles, notClaims);
    expect(groups?.map((group) => group.articles.map((a) => a.id))).toEqual([['a', 'b'], ['c'], ['d']]);
    const merged = mergeVerified(files, articles, (groups ?? []).map((group) => verifyClaims(group.files, group.articles, group.notClaims)));
    const whole = verifyClaims(files, articles, notClaims);
    expect(merged).toEqual(whole);
    expect(Object.keys(merged.numbers)).toEqual(Object.keys(whole.numbers));
    expect(merged.claims.map((c) => c.id)).toEqual(['troops-arrived', 'talks-ended', 'talks-no-deal']);
  });

  it('gives no groups when only a check of the whole input can report the problem', () => {
    const duplicate = [...files, file('again', [claim('talks-ended', 3, [['d', 'Nothing here']])])];
    expect(verificationGroups(duplicate, articles, notClaims)).toBeNull();
    const unknown = [...files, file('other', [claim('elsewhere', 3, [['zz', 'Nothing here']])])];
    expect(verificationGroups(unknown, articles, notClaims)).toBeNull();
    expect(verificationGroups(files, articles, { ...notClaims, notClaims: [{ ...notClaims.notClaims[0]!, article: 'zz' }] })).toBeNull();
    expect(() => verifyClaims(duplicate, articles, notClaims)).toThrow(/Duplicate claim id "talks-ended"/u);
  });
});
