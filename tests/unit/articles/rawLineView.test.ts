import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { rawLineView } from '../../../src/lib/articles/rawLineView.ts';
import { loadCorpus } from '../../helpers/corpus.ts';

// A blank line between the breadcrumb and the headline: a headline set right against the
// navigation reads as masthead chrome to the structure cleaning (merged from issue 13).
const raw = [
  'Home › World › Asia',
  '',
  'Leaders meet on the unrest',
  '',
  'The leaders met by video on Monday.',
  '',
  'Share on Facebook',
  '',
  'What they said',
  '',
  'They spoke of a coup.',
  '',
].join('\r\n');

describe('rawLineView', () => {
  const parsed = parseArticle(raw, { file: 'fixture.txt' });
  const view = rawLineView(raw, parsed);

  it('gives every line of the file one fate, in order, with the text as received', () => {
    expect(view.map(({ line, fate }) => [line, fate.kind])).toEqual([
      [1, 'removed'],
      [2, 'blank'],
      [3, 'title'],
      [4, 'blank'],
      [5, 'paragraph'],
      [6, 'blank'],
      [7, 'removed'],
      [8, 'blank'],
      [9, 'heading'],
      [10, 'blank'],
      [11, 'paragraph'],
    ]);
    expect(view[0]?.text).toBe('Home › World › Asia');
    expect(view[4]?.fate).toEqual({ kind: 'paragraph', paragraph: 'p-1' });
    expect(view[6]?.fate).toMatchObject({ kind: 'removed', rule: 'share-buttons' });
    expect(view[8]?.fate).toEqual({ kind: 'heading', section: 'what-they-said' });
  });

  it('names a line the parse does not account for instead of dropping it', () => {
    const partial = { ...parsed, removed: [] };
    expect(rawLineView(raw, partial)[0]?.fate).toEqual({ kind: 'unaccounted' });
  });

  it('accounts for every non-blank line of the five real articles', () => {
    for (const { parsed: article, raw: text } of loadCorpus()) {
      const lines = rawLineView(text, article);
      expect(lines.filter((l) => l.fate.kind === 'unaccounted')).toEqual([]);
      expect(lines.filter((l) => l.fate.kind === 'paragraph')).toHaveLength(article.sections.flatMap((s) => s.paragraphs).length);
    }
  });
});
