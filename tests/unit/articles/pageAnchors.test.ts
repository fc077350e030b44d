/**
 * Section ids never take an id the article page already uses: its fixed landmarks and reports
 * (read from the components' own markup, so a new id on the page must be listed in
 * pageAnchors.ts) and the ids it generates for paragraphs, dek lines, claims, quotes and removed
 * lines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_IDS, isGeneratedAnchor } from '../../../src/lib/articles/pageAnchors.ts';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { parseSavedPage } from '../../../src/lib/articles/parseSavedPage.ts';

const ARTICLE_PAGE_SOURCES = ['src/components', 'src/layouts', 'src/pages/articles'];

function astroFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const SUBHEADS = ['Main', 'Source and cleaning', 'Omitted claims', 'Intro', 'P 3', 'Dek 2', 'Claim: Tokayev spoke', 'Q and A', 'Removed line 4', 'Link status'];

describe('the article page ids a subhead may not take', () => {
  it('lists every literal id in the components, layouts and article pages', () => {
    const literal = new Set<string>();
    for (const folder of ARTICLE_PAGE_SOURCES) {
      for (const file of astroFiles(folder)) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bid="([^"{}]+)"/gu)) literal.add(match[1] as string);
      }
    }
    expect(literal.size).toBeGreaterThan(10);
    expect([...literal].filter((id) => !ARTICLE_PAGE_IDS.includes(id))).toEqual([]);
  });

  it('knows the generated forms', () => {
    for (const id of ['p-3', 'dek-12', 'claim-csto-summit', 'q-csto-summit-2', 'removed-line-40']) expect(isGeneratedAnchor(id)).toBe(true);
    for (const id of ['p-3-1', 'dek-one', 'claims', 'quarter-results', 'section-p-3', 'removed']) expect(isGeneratedAnchor(id)).toBe(false);
  });
});

describe('section ids of subheads shaped like page ids', () => {
  const paragraph = (n: number) => `The alliance met by video link on Monday and talks ran late into the evening, the ${n}th report said.`;

  it('a text file: every subhead gets an id of its own, unlike the page ids and the passages', () => {
    const lines = ['Tokayev speaks of a coup at the alliance summit', '', paragraph(1)];
    SUBHEADS.forEach((subhead, index) => lines.push('', subhead, '', paragraph(index + 2)));
    const parsed = parseArticle(lines.join('\n'), { file: 'anchors.txt' });
    const headed = parsed.sections.filter((section) => section.heading !== null);
    expect(headed.map((section) => section.heading?.text)).toEqual(SUBHEADS);
    const ids = headed.map((section) => section.id);
    expect(ids).toEqual(['main-1', 'source-and-cleaning-1', 'omitted-claims-1', 'intro-1', 'section-p-3', 'section-dek-2', 'section-claim-tokayev-spoke', 'section-q-and-a', 'section-removed-line-4', 'link-status-1']);
    const passages = parsed.sections.flatMap((section) => section.paragraphs.map((p) => p.id));
    expect(new Set([...ids, ...passages, ...ARTICLE_PAGE_IDS]).size).toBe(ids.length + passages.length + ARTICLE_PAGE_IDS.length);
  });

  it('a saved page: the same rule for its headings', () => {
    const body = SUBHEADS.map((subhead, index) => `<h2>${subhead}</h2><p>${paragraph(index + 2)} ${paragraph(index + 40)}</p>`).join('\n');
    const html = `<!doctype html><html lang="en"><head><title>Tokayev speaks of a coup</title></head><body><article><h1>Tokayev speaks of a coup at the alliance summit</h1><p>${paragraph(1)} ${paragraph(80)}</p>${body}</article></body></html>`;
    const { parsed } = parseSavedPage(new TextEncoder().encode(html), { file: 'content/articles/anchors.html' });
    const ids = parsed.sections.filter((section) => section.heading !== null).map((section) => section.id);
    expect(ids).toHaveLength(SUBHEADS.length);
    for (const id of ids) {
      expect(ARTICLE_PAGE_IDS).not.toContain(id);
      expect(isGeneratedAnchor(id)).toBe(false);
    }
  });
});
