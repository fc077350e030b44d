/**
 * The labelled saved web pages (tests/fixtures/labelled/<name>.html), one per kind of site: a
 * broadcaster with image source and caption lines, a press agency with JSON-LD, a regional portal
 * with a cookie banner and related links, a blog with comments, an aggregator with a "Source link"
 * and a pop-up, a translated page with a language switcher. Each is read with the general code only
 * and compared with <name>.expected.json, written as an editor would want the article: title,
 * date, byline, dek, sections and paragraphs, and every block of chrome removed. Every .html in the
 * folder is picked up.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSavedPage } from '../../../src/lib/articles/parseSavedPage.ts';
import { pageBlocks } from '../../../src/lib/articles/pageBlocks.ts';
import { parsePageDocument } from '../../../src/lib/articles/pageDom.ts';
import { locateQuote } from '../../../src/lib/claims/locateQuote.ts';
import { accountedLines } from '../../helpers/corpus.ts';

const dir = fileURLToPath(new URL('../../fixtures/labelled/', import.meta.url));

interface Expected {
  site: string;
  kind: string;
  title: string;
  published: string | null;
  byline: string | null;
  dek: string[];
  sections: { id: string; heading: string | null; paragraphs: string[] }[];
  removed: Record<string, string>;
  figures: { text: string; claim: string; relation: string }[];
}

const names = readdirSync(dir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

describe('labelled saved pages', () => {
  it('has the six kinds of site', () => {
    const kinds = names.map((name) => (JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8')) as Expected).kind);
    expect(new Set(kinds)).toEqual(new Set(['broadcaster', 'press-agency', 'regional', 'blog', 'aggregator', 'translation']));
  });

  for (const name of names) {
    describe(name, () => {
      const bytes = new Uint8Array(readFileSync(`${dir}${name}.html`));
      const expected = JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8')) as Expected;
      const { parsed, page } = parseSavedPage(bytes, { file: `${name}.html` });

      it('has the right headline, date and byline', () => {
        expect(parsed.title.text).toBe(expected.title);
        expect(page.published?.value ?? null).toBe(expected.published);
        expect(page.byline?.value ?? null).toBe(expected.byline);
      });

      it('keeps the dek, subheads and paragraphs, in order, and nothing else', () => {
        expect(parsed.dek.map((line) => line.text)).toEqual(expected.dek);
        expect(
          parsed.sections.map((section) => ({
            id: section.id,
            heading: section.heading?.text ?? null,
            paragraphs: section.paragraphs.map((paragraph) => paragraph.text),
          })),
        ).toEqual(expected.sections);
      });

      it('removes every block of chrome, each with a reason', () => {
        const removed = new Map(parsed.removed.map((block) => [block.text, block]));
        for (const text of Object.keys(expected.removed)) {
          expect(removed.has(text), `not removed: "${text}"`).toBe(true);
          expect(removed.get(text)?.reason).not.toBe('');
          expect(removed.get(text)?.path).toMatch(/^(?:… > )?[a-z]/u);
        }
      });

      it('accounts for every text block of the page exactly once', () => {
        const blocks = pageBlocks(parsePageDocument(new TextDecoder().decode(bytes)), name);
        const accounted = accountedLines(parsed);
        expect(accounted.map((row) => row.line)).toEqual(blocks.map((block) => block.number));
        // The title may be the page's heading or its metadata; every other block keeps its text.
        const byNumber = new Map(blocks.map((block) => [block.number, block.text]));
        for (const row of accounted) expect(row.text).toBe(byNumber.get(row.line));
      });

      it('holds every passage of its answer key verbatim', () => {
        const key = parse(readFileSync(`${dir}${name}.claims.yaml`, 'utf8')) as Record<string, string[]>;
        const passages = parsed.sections.flatMap((section) => section.paragraphs);
        for (const [claim, quotes] of Object.entries(key)) {
          for (const quote of quotes) expect(locateQuote(quote, passages), `${claim}: ${quote}`).not.toBeNull();
        }
      });
    });
  }
});
