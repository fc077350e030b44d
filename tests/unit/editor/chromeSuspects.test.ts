import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromeSuspects, suspectReasonLabels, suspectReasons } from '../../../src/lib/editor/chromeSuspects.ts';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { loadCorpus } from '../../helpers/corpus.ts';

const suspects = (text: string) =>
  Object.fromEntries(chromeSuspects(parseArticle(text, { file: 'fixture.txt' })).map((s) => [s.text, s.reasons]));

describe('chromeSuspects', () => {
  it('short: a kept paragraph of at most five words that does not end like a sentence', () => {
    const text = 'Headline\nBody one.\nTokayev speaks\nThe curfew remains in place.\nFive words and no stop\nSix words here and no stop';
    expect(suspects(text)).toEqual({ 'Tokayev speaks': ['short'], 'Five words and no stop': ['short'] });
  });

  it('genuine short subheads and dek lines are not flagged as short', () => {
    const text = 'Headline\n\nA short dek line\n\nBody one.\n\nDeath toll\n\nBody two.\n\nWhat Putin said\n\nBody three.\n';
    const parsed = parseArticle(text, { file: 'fixture.txt' });
    expect(parsed.dek.map((line) => line.text)).toEqual(['A short dek line']);
    expect(parsed.sections.map((section) => section.heading?.text ?? null)).toEqual([null, 'Death toll', 'What Putin said']);
    expect(chromeSuspects(parsed)).toEqual([]);
  });

  it('repeated: the same text kept twice (spacing and case aside), or a paragraph repeating the title', () => {
    // Short non-sentences printed twice never get here: the parser removes them as repeated captions.
    const title = `Tokayev tells the CSTO video summit that the unrest was an attempted coup and that order has been restored ${'again '.repeat(4)}`.trim();
    const text = `${title}\nHe said no, and left the room.\nhe said  NO, and left the room.\n${title}\nOther.`;
    expect(suspects(text)).toEqual({
      'He said no, and left the room.': ['repeated'],
      'he said  NO, and left the room.': ['repeated'],
      [title]: ['repeated'],
    });
  });

  it('link-like: URLs, handles, hashtags, arrows, pipe menus and calls to action', () => {
    const lines = [
      'Full text at https://akorda.kz/en/speeches.',
      'More at www.example.kz today.',
      'Follow @KremlinRussia_E for updates.',
      'Posts tagged #Kazakhstan spread fast.',
      'Live updates » Almaty',
      'World | Asia | Europe',
      'Click here for the live blog.',
      'Follow us for more.',
      'Subscribe for the full story.',
      'Sign up to read on.',
      'Download our app to keep reading.',
      'WATCH: Tokayev addresses the nation.',
      'Listen to the podcast episode.',
    ];
    const found = suspects(`Headline\n${lines.join('\n')}`);
    for (const line of lines) expect(found[line], line).toContain('link-like');
  });

  it('link-like leaves ordinary text alone', () => {
    const lines = [
      'Tokayev said 7,939 people were detained | a figure later confirmed.',
      'He spoke to subscribers of state TV, who saw the address first.',
      'The section #2 of the decree, he said, was clear.',
      'The email address of the ministry was unreachable.',
    ];
    expect(suspects(`Headline\n${lines.join('\n')}`)).toEqual({});
  });

  it('all-caps: three or more words, every letter a capital; acronyms in text are fine', () => {
    const found = suspects('Headline\nBREAKING NEWS UPDATE\nThe CSTO and the OSCE met.\nKAZAKHSTAN CSTO');
    expect(found).toEqual({ 'BREAKING NEWS UPDATE': ['short', 'all-caps'], 'KAZAKHSTAN CSTO': ['short'] });
  });

  it('no-letters: a bare number, time or date', () => {
    // A clock time alone ("17:25") is removed as a dateline; "17.25" may be a figure, so it is kept and listed.
    expect(suspects('Headline\nBody.\n17.25\n2,030\n2,030 troops arrived.')).toEqual({
      '17.25': ['short', 'no-letters'],
      '2,030': ['short', 'no-letters'],
    });
  });

  it('lists each line once, with its reasons in a fixed order, sorted by line', () => {
    const promo = 'FOLLOW US AT WWW.EXAMPLE.KZ FOR NEWS.';
    const parsed = parseArticle(`Headline\nBody.\n${promo}\nMore.\nTap\n${promo}`, { file: 'f.txt' });
    expect(chromeSuspects(parsed)).toEqual([
      { line: 3, text: promo, reasons: ['repeated', 'link-like', 'all-caps'] },
      { line: 5, text: 'Tap', reasons: ['short'] },
      { line: 6, text: promo, reasons: ['repeated', 'link-like', 'all-caps'] },
    ]);
  });

  it('has a label for every reason', () => {
    for (const reason of suspectReasons) expect(suspectReasonLabels[reason].length).toBeGreaterThan(5);
    expect(Object.keys(suspectReasonLabels).sort()).toEqual([...suspectReasons].sort());
  });

  it('the five real articles: nothing kept looks like chrome', () => {
    // Every kept line of the five is a sentence-long paragraph, a real subhead or a real dek;
    // the chrome they carried is removed by named rules (pinned in corpus.test.ts).
    const list = loadCorpus().map((article) => [article.meta.slug, chromeSuspects(article.parsed)]);
    expect(list).toEqual([
      ['worldwarthird-foreign-interference', []],
      ['asumetech-kazakhstan-speaks-of-a-coup', []],
      ['sputnik-copy-blog-repost', []],
      ['newsdirectory3-two-coup-attempts', []],
      ['trixabia-attempted-coup-unsuccessful', []],
    ]);
  });

  it('the site fixtures, cleaned by the general rules, leave nothing suspect', () => {
    const dir = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
      expect(chromeSuspects(parseArticle(readFileSync(dir + file, 'utf8'), { file })), file).toEqual([]);
    }
  });

  it('would have flagged the chrome of a page the rules did not know', () => {
    // Chrome of kinds no rule covers (yet): the editor sees it before it is published. (It used
    // "Follow our coverage on www.example.kz", which is now removed as a link on a line of its own.)
    const text = [
      'Headline', '', 'Body one.', '', 'Body two.', '', 'TOP NEWS TODAY', '',
      'Live coverage » Almaty', '', 'Body three.', '',
    ].join('\n');
    expect(suspects(text)).toEqual({
      'TOP NEWS TODAY': ['short', 'all-caps'],
      // The parser took this line for a subhead, so it is not "short"; it is still link-like.
      'Live coverage » Almaty': ['link-like'],
    });
  });
});
