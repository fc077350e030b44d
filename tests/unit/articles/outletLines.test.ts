import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outletLineViews } from '../../../src/lib/articles/outletLines.ts';
import { outletLineSet } from '../../../src/lib/articles/pageModel.ts';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';

/** What each file's view must equal: the set built from the other files' texts. */
const expected = (texts: ReadonlyArray<string | null>, i: number): Set<string> =>
  outletLineSet(texts.filter((text, j): text is string => j !== i && text !== null));

describe('outletLineViews', () => {
  it('gives each file the lines of the other files, as outletLineSet does', () => {
    const line = fc.constantFrom('Subscribe now', 'subscribe  NOW', 'Home | World', 'The minister spoke.', '', '  ', 'Ends here.', 'x');
    const text = fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.array(fc.option(text, { nil: null }), { maxLength: 6 }), (texts) => {
        const views = outletLineViews(texts);
        texts.forEach((_text, i) => {
          const view = views[i] as (typeof views)[number];
          const want = expected(texts, i);
          expect(view.size).toBe(want.size);
          expect(new Set(view)).toEqual(want);
          for (const key of [...want, 'subscribe now', 'home | world', 'the minister spoke.', 'nothing']) expect(view.has(key)).toBe(want.has(key));
        });
      }),
    );
  });

  it('a line printed twice in one file is not printed on another page', () => {
    const [view] = outletLineViews(['Menu\nMenu\nText.', 'Other text.']);
    expect(view?.has('menu')).toBe(false);
    expect(view?.size).toBe(1);
  });

  it('parses a file the same whether given the views or the other texts', () => {
    const texts = [
      'World News Daily\nHome | World | Politics\n\nTalks resume in the capital\n\nThe two delegations met on Monday and agreed to continue the talks next week.\n\nSubscribe to our newsletter',
      'World News Daily\nHome | World | Politics\n\nFloods close the main road\n\nHeavy rain closed the main road into the city on Tuesday, officials said.\n\nSubscribe to our newsletter',
      'World News Daily\n\nMarkets steady after the vote\n\nShares closed steady after the vote, as traders waited for the new budget.',
    ];
    const views = outletLineViews(texts);
    texts.forEach((text, i) => {
      const byTexts = parseArticle(text, { file: `f${i}.txt`, outletTexts: texts.filter((_t, j) => j !== i) });
      const byViews = parseArticle(text, { file: `f${i}.txt`, outletLines: views[i] });
      expect(byViews).toEqual(byTexts);
    });
    // The fixture exercises the outlet rule: the shared lines are removed.
    const parsed = parseArticle(texts[0] as string, { file: 'f0.txt', outletLines: views[0] });
    expect(parsed.removed.some((line) => line.text === 'Subscribe to our newsletter')).toBe(true);
  });
});
