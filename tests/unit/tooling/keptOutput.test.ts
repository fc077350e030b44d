/** keptOutput's file work: which files of a kept dist/ stay, and what a removed page leaves. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestOutputs, moveAside, pruneTo, removeOutputs } from '../../../src/integrations/keptOutput.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function site(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kept-output-'));
  folders.push(root);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  return root;
}

const listing = (root: string): string[] => (readdirSync(root, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();

describe('manifestOutputs', () => {
  it('lists the output files of every route, decoded', () => {
    const manifest = {
      version: 1,
      routes: {
        'src/pages/a.astro': { paths: { '/a/': { cacheKey: 'k', outputFile: 'a/index.html' } } },
        'src/pages/b.astro': { paths: { '/b/x/': { cacheKey: 'k', outputFile: 'b/%C3%A9/index.html' } } },
      },
    };
    expect([...(manifestOutputs(JSON.stringify(manifest)) ?? [])]).toEqual(['a/index.html', 'b/é/index.html']);
  });

  it('gives null for a missing, unreadable or unknown manifest: nothing is kept', () => {
    expect(manifestOutputs(null)).toBeNull();
    expect(manifestOutputs('{')).toBeNull();
    expect(manifestOutputs(JSON.stringify({ version: 2, routes: {} }))).toBeNull();
    expect(manifestOutputs(JSON.stringify({ version: 1, routes: { r: { paths: { '/a/': { cacheKey: 'k' } } } } }))).toBeNull();
  });
});

describe('pruneTo', () => {
  it('keeps exactly the listed files and the folders that hold them', () => {
    const root = site([
      'index.html',
      'articles/a/index.html',
      'articles/a/raw.txt',
      'articles/b/index.html',
      'events/e/index.html',
      'events/e/claims.json',
      '_astro/old.css',
      'search-index/abc/t/x.json',
      'sitemap-0.xml',
    ]);
    pruneTo(root, new Set(['index.html', 'articles/a/index.html', 'events/e/index.html']));
    expect(listing(root)).toEqual(['articles', 'articles/a', 'articles/a/index.html', 'events', 'events/e', 'events/e/index.html', 'index.html']);
  });

  it('empties the folder when nothing is listed, and leaves a missing folder missing', () => {
    const root = site(['a/b/c.html', 'd.html']);
    pruneTo(root, new Set());
    expect(listing(root)).toEqual([]);
    expect(() => pruneTo(path.join(root, 'none'), new Set(['x']))).not.toThrow();
  });
});

describe('removeOutputs', () => {
  it('removes the files and the folders they leave empty, not their non-empty parents', () => {
    const root = site(['articles/gone/index.html', 'articles/gone/table/index.html', 'articles/kept/index.html']);
    expect(removeOutputs(root, ['articles/gone/table/index.html', 'articles/gone/index.html', 'articles/never/index.html'])).toBe(3);
    expect(listing(root)).toEqual(['articles', 'articles/kept', 'articles/kept/index.html']);
  });
});

describe('moveAside', () => {
  it('moves a finished build\'s folder to its place aside, replacing what was there', () => {
    const root = site(['dist/search-index/h1/t/a.json', 'dist/search-index/manifest.json', 'dist/index.html', 'aside/search-index/old/t/b.json']);
    const to = path.join(root, 'aside', 'search-index');
    moveAside(path.join(root, 'dist'), { 'search-index': to }, true);
    expect(listing(to)).toEqual(['h1', 'h1/t', 'h1/t/a.json', 'manifest.json']);
    expect(listing(path.join(root, 'dist'))).toEqual(['index.html']);
  });

  it('moves nothing from a build that did not finish, and leaves nothing older aside', () => {
    const root = site(['dist/search-index/h1/t/a.json', 'aside/search-index/old/t/b.json']);
    const to = path.join(root, 'aside', 'search-index');
    moveAside(path.join(root, 'dist'), { 'search-index': to }, false);
    expect(listing(path.join(root, 'aside'))).toEqual([]);
    expect(listing(path.join(root, 'dist'))).toContain('search-index/h1/t/a.json');
  });
});
