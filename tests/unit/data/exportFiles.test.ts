/** The site-wide export files (src/data/exportFiles.ts) and the article names file. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportArticleOf, placeExport, writeCachedPieces, writePieces, writeSiteExports } from '../../../src/data/exportFiles.ts';
import { articleNamesOf, namesFile, writeArticleNames } from '../../../src/data/articleDetail.ts';
import { claimsCsv, claimsJsonString, type ExportArticle, type ExportClaim } from '../../../src/lib/claims/claimsExport.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'export-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const article: ExportArticle = exportArticleOf('alpha', {
  source: { file: 'content/articles/alpha.txt', sha256: 'a'.repeat(64) },
  title: { text: 'Alpha' },
  outlet: 'Alpha News',
  status: 'reviewed',
  attribution: 'confirmed',
  foundAt: null,
  lineage: 'Wire copy.',
  language: 'en',
  event: 'summit',
  published: { from: 'editor' },
  page: null,
});
const claim: ExportClaim = {
  id: 'c1',
  event: 'summit',
  statement: 'Ünïcode “quotes” and 😀',
  topic: 'troops',
  speaker: 'the CSTO',
  figure: null,
  divergent: false,
  differences: [],
  mentions: [{ article: 'alpha', voice: 'outlet', attributedTo: null, figure: null, details: {}, quotes: [{ text: 'sent troops', paragraph: 'p-1', anchor: 'q-c1' }] }],
};

describe('writePieces', () => {
  it('writes the pieces joined, in UTF-8, across flushes, and leaves no partial file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'out', 'big.txt');
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}: ${'é😀'.repeat(200)}\n`);
    writePieces(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(path.dirname(file))).toEqual(['big.txt']);
  });

  it('keeps the last complete file when the pieces fail midway', () => {
    const dir = tempDir();
    const file = path.join(dir, 'out.txt');
    writePieces(file, ['before']);
    function* failing() {
      yield 'half';
      throw new Error('stopped');
    }
    expect(() => writePieces(file, failing())).toThrow('stopped');
    expect(readFileSync(file, 'utf8')).toBe('before');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});

describe('writeSiteExports', () => {
  it('writes both exports with the bytes of the single-string exports, and keeps them while the inputs stay', () => {
    const dir = tempDir();
    const site = 'https://example.org';
    expect(writeSiteExports(dir, site, [article], [claim], 'd1', dir).map((w) => w.name)).toEqual(['claims.json', 'claims.csv']);
    expect(readFileSync(path.join(dir, 'claims.json'), 'utf8')).toBe(claimsJsonString([article], [claim], { site }));
    expect(readFileSync(path.join(dir, 'claims.csv'), 'utf8')).toBe(claimsCsv([article], [claim], { site }));
    const before = statSync(path.join(dir, 'claims.json')).mtimeMs;
    expect(writeSiteExports(dir, site, [article], [claim], 'd1', dir)).toEqual([]);
    expect(statSync(path.join(dir, 'claims.json')).mtimeMs).toBe(before);
    // A new claims digest, an article's change or another origin writes them again.
    expect(writeSiteExports(dir, site, [article], [claim], 'd2', dir)).toEqual([
      { name: 'claims.json', reused: 1, computed: 0 },
      { name: 'claims.csv', reused: 1, computed: 0 },
    ]);
    // The outlet is in the CSV rows, not in the JSON claim: only the CSV piece is recomputed.
    expect(writeSiteExports(dir, site, [{ ...article, outlet: 'Renamed' }], [claim], 'd2', dir)).toEqual([
      { name: 'claims.json', reused: 1, computed: 0 },
      { name: 'claims.csv', reused: 0, computed: 1 },
    ]);
    expect(readFileSync(path.join(dir, 'claims.csv'), 'utf8')).toBe(claimsCsv([{ ...article, outlet: 'Renamed' }], [claim], { site }));
    expect(readFileSync(path.join(dir, 'claims.json'), 'utf8')).toBe(claimsJsonString([{ ...article, outlet: 'Renamed' }], [claim], { site }));
    expect(writeSiteExports(dir, undefined, [{ ...article, outlet: 'Renamed' }], [claim], 'd2', dir)).toHaveLength(2);
    expect(readFileSync(path.join(dir, 'claims.json'), 'utf8')).toContain('"url": "/articles/alpha/"');
    // A file removed by hand is written again.
    rmSync(path.join(dir, 'claims.csv'));
    expect(writeSiteExports(dir, undefined, [{ ...article, outlet: 'Renamed' }], [claim], 'd2', dir).map((w) => w.name)).toEqual(['claims.csv']);
  });
});

describe('writeCachedPieces', () => {
  const piece = (text: string, id?: string) => ({ text: () => text, ...(id ? { claim: { ...claim, id } } : {}) });
  const keyOf = (p: { claim?: ExportClaim }) => p.claim?.id ?? null;

  it('copies the keyed pieces the last file holds and computes the rest, bytes in order', () => {
    const file = path.join(tempDir(), 'out.txt');
    expect(writeCachedPieces(file, [piece('['), piece('é1', 'a'), piece(','), piece('😀2', 'b'), piece(']')], keyOf)).toEqual({ reused: 0, computed: 2 });
    expect(readFileSync(file, 'utf8')).toBe('[é1,😀2]');
    let asked = 0;
    const lazy = (text: string, id: string) => ({ claim: { ...claim, id }, text: () => ((asked += 1), text) });
    // 'a' and 'b' come from the file (their text is not asked for), 'c' is new.
    expect(writeCachedPieces(file, [piece('{'), lazy('changed?', 'b'), piece(';'), lazy('3', 'c'), piece(';'), lazy('x', 'a'), piece('}')], keyOf)).toEqual({ reused: 2, computed: 1 });
    expect(asked).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('{😀2;3;é1}');
  });

  it('computes every piece when the index is gone', () => {
    const file = path.join(tempDir(), 'out.txt');
    writeCachedPieces(file, [piece('1', 'a')], keyOf);
    rmSync(`${file}.pieces.json`);
    expect(writeCachedPieces(file, [piece('2', 'a')], keyOf)).toEqual({ reused: 0, computed: 1 });
    expect(readFileSync(file, 'utf8')).toBe('2');
  });
});

describe('placeExport', () => {
  it('puts the file into the site, replacing what was there, and names a missing one', () => {
    const dir = tempDir();
    writePieces(path.join(dir, 'cache', 'claims.json'), ['{}\n']);
    writePieces(path.join(dir, 'dist', 'claims.json'), ['stale']);
    placeExport(path.join(dir, 'cache', 'claims.json'), path.join(dir, 'dist', 'claims.json'));
    expect(readFileSync(path.join(dir, 'dist', 'claims.json'), 'utf8')).toBe('{}\n');
    // Rewriting the cache file (a rename) leaves the site's copy as it was.
    writePieces(path.join(dir, 'cache', 'claims.json'), ['{"new":1}\n']);
    expect(readFileSync(path.join(dir, 'dist', 'claims.json'), 'utf8')).toBe('{}\n');
    expect(() => placeExport(path.join(dir, 'cache', 'claims.csv'), path.join(dir, 'dist', 'claims.csv'))).toThrow(/claims\.csv is missing.*Run the build again/);
    expect(existsSync(path.join(dir, 'dist', 'claims.csv'))).toBe(false);
  });
});

describe('the article names file', () => {
  it('gives each article its names, and reads the file again once it changes', () => {
    const folder = path.join(tempDir(), 'article-details');
    const entry = (id: string) => ({ id, data: { detail: { file: path.join(folder, `${id}.json`), digest: 'x' } } });
    writeArticleNames(folder, { a: { claims: ['c1'], articles: ['b'] }, b: { claims: [], articles: [] } });
    expect(articleNamesOf(entry('a'))).toEqual({ claims: ['c1'], articles: ['b'] });
    writeArticleNames(folder, { a: { claims: ['c1', 'c2'], articles: ['b'] } });
    // Same size class of change could share an mtime on a coarse clock: move it on to be sure.
    const later = new Date(Date.now() + 5000);
    utimesSync(namesFile(folder), later, later);
    expect(articleNamesOf(entry('a')).claims).toEqual(['c1', 'c2']);
    expect(() => articleNamesOf(entry('b'))).toThrow(/no entry for b/);
  });
});
