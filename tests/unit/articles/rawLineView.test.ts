import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { rawLineView } from '../../../src/lib/articles/rawLineView.ts';
import { loadCorpus } from '../../helpers/corpus.ts';

const raw = [
  'Home › World › Asia',
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
      [2, 'title'],
      [3, 'blank'],
      [4, 'paragraph'],
      [5, 'blank'],
      [6, 'removed'],
      [7, 'blank'],
      [8, 'heading'],
      [9, 'blank'],
      [10, 'paragraph'],
    ]);
    expect(view[0]?.text).toBe('Home › World › Asia');
    expect(view[3]?.fate).toEqual({ kind: 'paragraph', paragraph: 'p-1' });
    expect(view[5]?.fate).toMatchObject({ kind: 'removed', rule: 'share-buttons' });
    expect(view[7]?.fate).toEqual({ kind: 'heading', section: 'what-they-said' });
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
