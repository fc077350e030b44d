/**
 * The site fixtures (tests/fixtures/sites/<name>.txt), one per kind of site: a wire story, a blog
 * with share buttons, a portal with a cookie banner and related links, a translated page, a page
 * of photos with credits and captions, a page with ad breaks. Each is parsed with the general
 * rules only (no overrides) and compared with <name>.expected.json, written by hand as an editor
 * would want the article. Every .txt in the folder is picked up, so a new fixture only needs its
 * two files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeArticleText } from '../../../src/lib/articles/decodeArticleSource.ts';
import { parseArticle, type ParsedArticle } from '../../../src/lib/articles/parseArticle.ts';
import { cleaningRules } from '../../../src/lib/articles/cleaningRules.ts';
import { accountedLines, nonBlankLines } from '../../helpers/corpus.ts';

const sitesDir = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

interface Expected {
  title: string;
  dek: string[];
  sections: { id: string; heading: string | null; paragraphs: string[] }[];
  /** line text → rule; a text printed twice (an "Advertisement" break) is listed once. */
  removed: Record<string, string>;
}

const names = readdirSync(sitesDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();

const view = (parsed: ParsedArticle) => ({
  title: parsed.title.text,
  dek: parsed.dek.map((line) => line.text),
  sections: parsed.sections.map((section) => ({
    id: section.id,
    heading: section.heading?.text ?? null,
    paragraphs: section.paragraphs.map((paragraph) => paragraph.text),
  })),
});

describe('site fixtures', () => {
  it('there are at least six, each with its expected result', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    const files = new Set(readdirSync(sitesDir));
    for (const name of names) expect(files.has(`${name}.expected.json`), `${name}.expected.json`).toBe(true);
  });

  for (const name of names) {
    describe(name, () => {
      const file = `${sitesDir}${name}.txt`;
      const raw = decodeArticleText(file, new Uint8Array(readFileSync(file)));
      const expected = JSON.parse(readFileSync(`${sitesDir}${name}.expected.json`, 'utf8')) as Expected;
      const parsed = parseArticle(raw, { file: `tests/fixtures/sites/${name}.txt` });

      it('has the expected title, dek, sections and paragraphs', () => {
        expect(parsed.title.line).not.toBeNull();
        expect(view(parsed)).toEqual({ title: expected.title, dek: expected.dek, sections: expected.sections });
      });

      it('removes exactly the expected lines, each with its rule', () => {
        expect([...new Set(parsed.removed.map((line) => line.text))].sort()).toEqual(Object.keys(expected.removed).sort());
        for (const line of parsed.removed) {
          expect(`${line.line}: ${line.text} → ${line.rule}`).toBe(`${line.line}: ${line.text} → ${expected.removed[line.text]}`);
          expect(line.reason).toBe(cleaningRules[line.rule].reason);
        }
      });

      it('accounts for every non-blank line exactly once', () => {
        expect(accountedLines(parsed)).toEqual(nonBlankLines(raw).map(({ line, text }) => expect.objectContaining({ line, text })));
      });

      it('numbers paragraphs p-1…p-N in reading order', () => {
        const ids = parsed.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.id));
        expect(ids).toEqual(ids.map((_, index) => `p-${index + 1}`));
      });
    });
  }
});
