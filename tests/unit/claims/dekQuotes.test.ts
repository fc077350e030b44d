/**
 * Quotes from the dek (issue 13, point 3): dek lines are passages `dek-1`, `dek-2`… that claims may
 * quote. The text comes first: a quote the body holds is located in the body even when the dek
 * repeats it; only a quote in no paragraph is located in the dek. Figures in the dek must be
 * quoted like the text's, and the dek's copy of a quote located in the body counts as quoted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/tempProject.ts';
import { decodeArticleText } from '../../../src/lib/articles/decodeArticleSource.ts';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { problemsOf } from '../../helpers/contentProblems.ts';
import { dekLineId, dekPassages, isDekLineId, passageLabel, passageRank } from '../../../src/lib/articles/passageIds.ts';
import { parseClaimsFile, parseNotClaimsFile } from '../../../src/lib/claims/claimsData.ts';
import { verifyClaims, type ArticleText } from '../../../src/lib/claims/verifyClaims.ts';
import { earliestQuote } from '../../../src/lib/claims/compareArticle.ts';
import { dekLinePassages } from '../../../src/lib/claims/passageLayout.ts';
import { buildSearchData, claimDoc, passageUrl, passageDoc } from '../../../src/lib/search/searchRecords.ts';

const FILE = 'content/claims/troops.yaml';

const article: ArticleText = {
  id: 'gamma',
  file: 'content/articles/gamma.txt',
  passages: [
    { id: 'p-1', line: 5, text: 'Leaders of the alliance met by video on Monday.' },
    { id: 'p-2', line: 7, text: 'The alliance sent 2,030 soldiers to Kazakhstan, its secretary general said.' },
  ],
  dek: dekPassages([
    { line: 2, text: 'A force of 2,500 peacekeepers will leave within ten days' },
    { line: 3, text: 'The alliance sent 2,030 soldiers to Kazakhstan' },
  ]),
};

const claimsFile = (quotes: string[], id = 'troop-strength') =>
  parseClaimsFile(
    `topic: troops\nclaims:\n  - id: ${id}\n    statement: The alliance sent troops.\n    speaker: the outlet\n    mentions:\n      - article: gamma\n        voice: outlet\n        quotes:\n${quotes.map((q) => `          - "${q}"`).join('\n')}\n`,
    FILE,
  );

describe('dek line ids', () => {
  it('are dek-1, dek-2… in the dek’s order, beside the raw line and text', () => {
    expect(dekPassages([{ line: 2, text: 'A' }, { line: 4, text: 'B' }])).toEqual([
      { id: 'dek-1', line: 2, text: 'A' },
      { id: 'dek-2', line: 4, text: 'B' },
    ]);
    expect(dekLineId(0)).toBe('dek-1');
    expect(isDekLineId('dek-12')).toBe(true);
    expect(isDekLineId('p-1')).toBe(false);
  });

  it('are pinned for the real article with a dek: dek-1 and dek-2 (a public id, never renumbered)', () => {
    const file = 'content/articles/003_5c0e006fbbd7d074.txt';
    const parsed = parseArticle(decodeArticleText(file, new Uint8Array(readFileSync(path.join(projectRoot, file)))), { file });
    expect(dekPassages(parsed.dek).map(({ id, line }) => [id, line])).toEqual([
      ['dek-1', 3],
      ['dek-2', 4],
    ]);
  });

  it('stand before every paragraph in reading order, and are named as dek lines', () => {
    expect(['p-2', 'dek-2', 'p-10', 'dek-1', 'p-1'].sort((a, b) => passageRank(a) - passageRank(b))).toEqual(['dek-1', 'dek-2', 'p-1', 'p-2', 'p-10']);
    expect(passageLabel('dek-1')).toBe('dek line 1');
    expect(passageLabel('p-12')).toBe('paragraph 12');
    expect(earliestQuote([{ paragraph: 'p-1', start: 0 }, { paragraph: 'dek-2', start: 5 }])).toEqual({ paragraph: 'dek-2', start: 5 });
  });
});

describe('verifyClaims with dek quotes', () => {
  // As a draft, so that uncovered figures are reported rather than thrown.
  const located = (quotes: string[]) => verifyClaims([claimsFile(quotes)], [{ ...article, draft: true }], null).claims[0]?.mentions[0]?.quotes;

  it('locates a quote found only in the dek in its dek line (#dek-N), with offsets in that line', () => {
    expect(located(['2,500 peacekeepers will leave within ten days'])).toEqual([
      { text: '2,500 peacekeepers will leave within ten days', paragraph: 'dek-1', start: 11, end: 56, anchor: 'q-troop-strength' },
    ]);
  });

  it('locates a quote found in the dek and in the text in the text: the body comes first', () => {
    const [quote] = located(['The alliance sent 2,030 soldiers to Kazakhstan']) ?? [];
    expect(quote).toMatchObject({ paragraph: 'p-2', start: 0 });
  });

  it('a quote in neither fails, naming the file, line, claim and the closest passage, dek lines included', () => {
    const problems = problemsOf(() => verifyClaims([claimsFile(['A force of 3,000 peacekeepers'])], [article], null));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 10, id: 'troop-strength' });
    expect(problems[0]?.message).toBe('Quote not found in article "gamma": "A force of 3,000 peacekeepers". Closest passage (dek-1): "A force of 2,500 peacekeepers"');
    expect(problems[0]?.hint).toContain('from a paragraph or a dek line');
  });

  it('checks the dek’s figures: one in no quote fails with its dek line and raw line (a quote covers only the dek copy it matches whole)', () => {
    const problems = problemsOf(() => verifyClaims([claimsFile(['sent 2,030 soldiers to Kazakhstan, its secretary general said'])], [article], null));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.id}: ${p.message}`)).toEqual([
      'content/articles/gamma.txt:2 gamma#dek-1: The number "2,500" in dek-1 (A force of 2,500 peacekeepers will leave within ten days) is in no claim\'s quote.',
      'content/articles/gamma.txt:3 gamma#dek-2: The number "2,030" in dek-2 (The alliance sent 2,030 soldiers to Kazakhstan) is in no claim\'s quote.',
    ]);
  });

  it('counts the dek’s copy of a quote located in the text as quoted, and takes a not-claims entry for a dek line', () => {
    const notClaims = parseNotClaimsFile('notClaims:\n  - article: gamma\n    paragraph: dek-1\n    number: "2,500"\n    reason: A plan, not a figure of the deployment.\n', 'content/claims/not-claims.yaml');
    const { numbers } = verifyClaims([claimsFile(['The alliance sent 2,030 soldiers to Kazakhstan'])], [article], notClaims);
    expect(numbers['gamma']?.uncovered).toEqual([]);
    expect(numbers['gamma']?.covered.map((n) => `${n.paragraph} ${n.number}`)).toEqual(['dek-2 2,030', 'p-2 2,030']);
    expect(numbers['gamma']?.excused.map((n) => `${n.paragraph} ${n.number}`)).toEqual(['dek-1 2,500']);
  });

  it('an article without a dek verifies as before', () => {
    const { claims } = verifyClaims([claimsFile(['sent 2,030 soldiers'])], [{ ...article, dek: [] }], null);
    expect(claims[0]?.mentions[0]?.quotes[0]).toMatchObject({ paragraph: 'p-2' });
  });
});

describe('dek lines on the page and in search', () => {
  it('render as passages with their id, a link to themselves, the quote marked by kind, text escaped', () => {
    const highlights = new Map([['dek-1', [{ start: 2, end: 6, anchor: 'q-troops', claim: 'troops', number: 1 }]]]);
    const [first, second] = dekLinePassages([{ line: 2, text: 'A <b>force</b> left' }, { line: 3, text: 'Second line' }], highlights, new Map([['troops', 'only-here' as const]]));
    expect(first).toEqual({
      id: 'dek-1',
      html:
        '<p id="dek-1" class="para dek"><a class="para-link" href="#dek-1"><span class="visually-hidden">Dek line </span><span aria-hidden="true">D</span>1</a> ' +
        '<span class="para-text" dir="auto">A <mark class="quote quote-only-here" id="q-troops">&#x3C;b>f<a class="quote-ref" href="#claim-troops" aria-label="Claim 1" data-n="1"></a></mark>orce&#x3C;/b> left</span></p>',
    });
    expect(second?.id).toBe('dek-2');
  });

  it('are search passages linking to #dek-N, after every paragraph, and a dek quote points at its line', () => {
    const data = buildSearchData(
      [{ id: 'gamma', title: 'T', outlet: 'O', sections: [{ heading: null, paragraphs: article.passages }], dek: article.dek ?? [] }],
      [{ id: 'plan', statement: 'S', topic: 'troops', speaker: 'the outlet', figure: null, mentions: [{ article: 'gamma', figure: null, quotes: [{ paragraph: 'dek-1', start: 11, end: 56 }] }] }],
    );
    const docs = data.passages.docs.map(passageDoc);
    expect(docs.map((d) => d.p)).toEqual([1, 2, -1, -2]);
    expect(passageUrl('gamma', -1)).toBe('/articles/gamma/#dek-1');
    expect(passageUrl('gamma', 2)).toBe('/articles/gamma/#p-2');
    const claim = data.claims.docs[0];
    expect(claim && claimDoc(claim).quotes).toEqual([[2, 11, 56]]);
  });
});
