/**
 * The files the loaders write beside the content store (article details, the claims file) and
 * the pages' cache keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleDetailFile, checkArticleDetail, detailFolder, pruneDetailFolder, readArticleDetail, resetDetailFolder, writeArticleDetail } from '../../../src/data/articleDetail.ts';
import { readClaimsFile, writeClaimsFile } from '../../../src/data/claimsFile.ts';
import { pageKey } from '../../../src/data/pageKey.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const detail = {
  dek: [],
  sections: [{ id: 'intro', heading: null, paragraphs: [{ id: 'p-1', line: 1, text: 'One paragraph.' }] }],
  removed: [{ line: 2, text: 'Share', rule: 'share-buttons', reason: 'A share button.' }],
  comparison: { rows: [], omitted: [] },
  characterNotes: [],
};

const claim = {
  id: 'c-1',
  status: 'reviewed',
  statement: 'Something happened.',
  topic: 'meeting',
  speaker: 'the outlet',
  figure: null,
  file: 'content/claims/meeting.yaml',
  line: 3,
  event: 'some-event',
  divergent: false,
  differences: [],
  mentions: [{ article: 'a', voice: 'outlet', attributedTo: null, figure: null, details: {}, quotes: [] }],
  comparedAcross: ['a'],
};

describe('article detail files', () => {
  const write = (folder: string, slug: string, previous?: string) => {
    const { text } = checkArticleDetail(detail);
    const file = articleDetailFile(folder, slug);
    return { file, written: writeArticleDetail(file, text, `digest-of-${text.length}`, previous), digest: `digest-of-${text.length}` };
  };

  it('round-trip, and the files of removed articles are pruned', () => {
    const folder = detailFolder(tempDir());
    resetDetailFolder(folder);
    const stale = write(folder, 'old-article');
    const { file } = write(folder, 'an-article');
    expect(readArticleDetail({ file, digest: 'x' })).toEqual(detail);
    pruneDetailFolder(folder, new Set(['an-article']));
    expect(readArticleDetail({ file, digest: 'x' })).toEqual(detail);
    expect(() => readArticleDetail({ file: stale.file, digest: 'x' })).toThrow(/old-article\.json is missing or unreadable.*run the build again/su);
  });

  it('are not rewritten when the recorded digest is the text’s and the file is there', () => {
    const folder = detailFolder(tempDir());
    resetDetailFolder(folder);
    const first = write(folder, 'an-article');
    expect(first.written).toBe(true);
    expect(write(folder, 'an-article', first.digest).written).toBe(false);
    expect(write(folder, 'an-article', 'another digest').written).toBe(true);
    rmSync(first.file);
    expect(write(folder, 'an-article', first.digest).written).toBe(true);
    expect(readArticleDetail({ file: first.file, digest: 'x' })).toEqual(detail);
  });

  it('refuse a detail that does not match the schema', () => {
    expect(() => checkArticleDetail({ ...detail, sections: [{ id: 'intro', heading: null, paragraphs: [{ id: 'x', line: 1, text: '' }] }] })).toThrow();
  });
});

describe('the claims file', () => {
  it('is read once per digest and again when the digest changes', () => {
    const dir = tempDir();
    const { file } = writeClaimsFile(dir, [claim]);
    const first = readClaimsFile({ file, digest: 'one' });
    expect(first).toEqual([claim]);
    writeFileSync(file, JSON.stringify([{ ...claim, statement: 'Changed.' }]));
    expect(readClaimsFile({ file, digest: 'one' })).toBe(first);
    expect(readClaimsFile({ file, digest: 'two' })[0]?.statement).toBe('Changed.');
  });
});

describe('pageKey', () => {
  it('changes with any input, maps included, and only then', () => {
    const labels = new Map([['a', { label: 'A' }]]);
    const key = pageKey({ id: 'x' }, labels);
    expect(pageKey({ id: 'x' }, new Map([['a', { label: 'A' }]]))).toBe(key);
    expect(pageKey({ id: 'y' }, labels)).not.toBe(key);
    expect(pageKey({ id: 'x' }, new Map([['a', { label: 'B' }]]))).not.toBe(key);
    expect(pageKey({ id: 'x' })).not.toBe(key);
  });

  it('keys by content, not by which objects carry it, at any depth and in any position', () => {
    const claim = { id: 'c', mentions: [{ article: 'a', quote: 'q' }], seen: new Map([['a', 1]]) };
    const key = pageKey([claim], 'x', [[{ id: 'a' }]]);
    expect(pageKey([claim], 'x', [[{ id: 'a' }]])).toBe(key);
    expect(pageKey([structuredClone(claim)], 'x', [[{ id: 'a' }]])).toBe(key);
    expect(pageKey([{ ...claim, mentions: [{ article: 'a', quote: 'Q' }] }], 'x', [[{ id: 'a' }]])).not.toBe(key);
    expect(pageKey([{ ...claim, seen: new Map([['a', 2]]) }], 'x', [[{ id: 'a' }]])).not.toBe(key);
    expect(pageKey([claim], 'x', [[{ id: 'b' }]])).not.toBe(key);
    expect(pageKey([claim], 'x', [{ id: 'a' }])).not.toBe(key);
    expect(pageKey([claim, 'x'], [[{ id: 'a' }]])).not.toBe(key);
    expect(pageKey([claim], '#x', [[{ id: 'a' }]])).not.toBe(key);
    expect(pageKey([claim], undefined, [[{ id: 'a' }]])).not.toBe(pageKey([claim], null, [[{ id: 'a' }]]));
    expect(pageKey({ group: { claims: [claim] } })).not.toBe(pageKey({ group: { claims: [{ ...claim, id: 'd' }] } }));
    expect(pageKey({ at: new Date('2022-01-05') })).not.toBe(pageKey({ at: new Date('2022-01-06') }));
    expect(pageKey({ ids: new Set(['a']) })).not.toBe(pageKey({ ids: new Set(['b']) }));
    expect(pageKey({ a: 1, b: 2 })).not.toBe(pageKey({ a: 2, b: 1 }));
  });
});

describe('pagePath', () => {
  it('keeps the first page at the list itself and numbers the others', async () => {
    const { pagePath, paginate, ARTICLES_PER_PAGE } = await import('../../../src/lib/claims/claimViews.ts');
    expect(pagePath('/sources/', 1)).toBe('/sources/');
    expect(pagePath('/report/', 3)).toBe('/report/page/3/');
    expect(paginate(Array.from({ length: 2 * ARTICLES_PER_PAGE + 1 }, (_, i) => i), ARTICLES_PER_PAGE).map((p) => p.length)).toEqual([ARTICLES_PER_PAGE, ARTICLES_PER_PAGE, 1]);
  });
});
