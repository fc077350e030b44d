import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContentError } from '../../../src/lib/contentError.ts';
import { isBreadcrumb, parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { accountedLines, nonBlankLines } from '../../helpers/corpus.ts';

const parse = (text: string, titleOverride?: { text: string; reason: string }) =>
  parseArticle(text, { file: 'fixture.txt', titleOverride });

const rules = (text: string) => Object.fromEntries(parse(text).removed.map((r) => [r.text, r.rule]));

describe('cleaning rules, one fixture each', () => {
  it('comment-form: "Leave a Reply", "Post a Comment", "No comments:", the email notice', () => {
    const text = 'Headline\n\nBody one.\n\nNo comments:\nPost a Comment\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n';
    expect(rules(text)).toEqual({
      'No comments:': 'comment-form',
      'Post a Comment': 'comment-form',
      'Leave a Reply': 'comment-form',
      'Your email address will not be published. Required fields are marked *': 'comment-form',
    });
  });

  it('after-comment-form: anything after the comment form, such as a teaser', () => {
    const text = 'Headline\n\nBody one.\n\nLeave a Comment\n\n[서울=뉴시스] Reporter X = a teaser for another story\n';
    expect(rules(text)['[서울=뉴시스] Reporter X = a teaser for another story']).toBe('after-comment-form');
  });

  it('read-more: "Read More About: World News" and "Read More »"', () => {
    expect(rules('Headline\n\nBody.\n\nRead More About: World News\n\nRead More »\n')).toEqual({
      'Read More About: World News': 'read-more',
      'Read More »': 'read-more',
    });
  });

  it('site-chrome: "Exit mobile version"', () => {
    expect(rules('Headline\n\nBody.\n\nExit mobile version')).toEqual({ 'Exit mobile version': 'site-chrome' });
  });

  it('language-editions: a line of language names only', () => {
    expect(rules('Headline\n\nBody.\n\nहिंदी मराठी\n')).toEqual({ 'हिंदी मराठी': 'language-editions' });
    expect(rules('Headline\n\nBody in English and हिंदी.\n')).toEqual({});
  });

  it('wire-signoff: "/yunhap news"', () => {
    expect(rules('Headline\n\nBody.\n\n/yunhap news\n')).toEqual({ '/yunhap news': 'wire-signoff' });
  });

  it('outlet-label: a bare agency name before the text', () => {
    const parsed = parse('Sputnik\nFirst paragraph of copy.\nSecond.', { text: 'Editorial title', reason: 'The file has no headline.' });
    expect(parsed.removed.map((r) => r.rule)).toEqual(['outlet-label']);
    expect(parsed.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['First paragraph of copy.', 'Second.']);
  });

  it('outlet-label only applies to the first line', () => {
    expect(rules('Headline\n\nBody.\n\nSputnik\n\nMore body.')).toEqual({});
  });

  it('breadcrumb: crumbs plus a truncated headline, before the headline', () => {
    const text = 'Home World Kazakhstan speaks of a “coup” and Putin...\n\nKazakhstan speaks of a “coup” and Putin: we will not allow revolutions\n\nBody.';
    const parsed = parse(text);
    expect(parsed.removed.map((r) => [r.line, r.rule])).toEqual([[1, 'breadcrumb']]);
    expect(parsed.title.line).toBe(3);
  });

  it('isBreadcrumb needs the truncated text to start the next line', () => {
    expect(isBreadcrumb('Home News Something else entirely...', 'A headline that differs')).toBe(false);
    expect(isBreadcrumb('Home News Big headline here today', 'Big headline here today')).toBe(false);
  });

  it('repeated-caption: a short line printed more than once is dropped everywhere, a lone subhead kept', () => {
    const text = [
      'Headline', '', 'Caption', '', 'Para one.', '', 'Caption', '', 'Para two.', '', 'A real subhead', '', 'Para three.', '',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.removed.map((r) => [r.line, r.rule])).toEqual([[3, 'repeated-caption'], [7, 'repeated-caption']]);
    expect(parsed.sections.map((s) => [s.id, s.heading?.text ?? null, s.paragraphs.map((p) => p.id)])).toEqual([
      ['intro', null, ['p-1', 'p-2']],
      ['a-real-subhead', 'A real subhead', ['p-3']],
    ]);
  });

  it('a repeated line that is a sentence is text, not a caption', () => {
    expect(rules('Headline\n\nHe said no.\n\nHe said no.\n')).toEqual({});
  });
});

describe('context rules: lines that only their neighbours show to be chrome', () => {
  const texts = (text: string) => parse(text).sections.flatMap((s) => [...(s.heading ? [`# ${s.heading.text}`] : []), ...s.paragraphs.map((p) => p.text)]);

  it('share-buttons: a bare network name or "Like" goes with the share buttons around it', () => {
    const text = 'Headline\n\nBody.\n\nShare this:\nTwitter\n\nFacebook\n\nLike this:\nLike\nLoading...\n';
    expect(rules(text)).toEqual({
      'Share this:': 'share-buttons', Twitter: 'share-buttons', Facebook: 'share-buttons',
      'Like this:': 'share-buttons', Like: 'share-buttons', 'Loading...': 'share-buttons',
    });
  });

  it('share-buttons: two bare network names together are a share bar; one alone is kept', () => {
    expect(rules('Headline\n\nBody.\n\nFacebook\nTwitter\n\nMore body.')).toEqual({ Facebook: 'share-buttons', Twitter: 'share-buttons' });
    expect(rules('Headline\n\nBody.\n\nTelegram\n\nMore body.')).toEqual({});
    // Text between a share button and a network name breaks the run.
    expect(rules('Headline\n\nBody.\n\nTweet\n\nMore body.\n\nTelegram\n')).toEqual({ Tweet: 'share-buttons' });
  });

  it('cookie-notice: the banner and its buttons, before the headline', () => {
    const parsed = parse('We use cookies to improve your experience.\nAccept\nReject\n\nThe headline\n\nBody.');
    expect(Object.fromEntries(parsed.removed.map((r) => [r.text, r.rule]))).toEqual({
      'We use cookies to improve your experience.': 'cookie-notice', Accept: 'cookie-notice', Reject: 'cookie-notice',
    });
    expect(parsed.title.text).toBe('The headline');
  });

  it('related-links: a block under the heading ends at the blank line, so the next subhead stays', () => {
    const text = 'Headline\n\nBody one.\n\nRelated stories\nWho is Tokayev?\nWhat is the CSTO...\n\nA real subhead\n\nBody two.';
    expect(rules(text)).toEqual({
      'Related stories': 'related-links', 'Who is Tokayev?': 'related-links', 'What is the CSTO...': 'related-links',
    });
    expect(texts(text)).toEqual(['Body one.', '# A real subhead', 'Body two.']);
  });

  it('related-links: headlines set apart by blank lines run on until a line reads as text', () => {
    const text = 'Headline\n\nBody one.\n\nMore from World\n\nBelarus leader praises CSTO\n\nUkraine talks open this week\n\nBody two goes on.\n\nA real subhead\n\nBody three.';
    expect(rules(text)).toEqual({
      'More from World': 'related-links',
      'Belarus leader praises CSTO': 'related-links',
      'Ukraine talks open this week': 'related-links',
    });
    expect(texts(text)).toEqual(['Body one.', 'Body two goes on.', '# A real subhead', 'Body three.']);
  });

  it('related-links: a known limit, a subhead right after a blank-separated list reads as one more headline', () => {
    const text = 'Headline\n\nBody one.\n\nRelated\n\nWho is Tokayev?\n\nWhat happens next\n\nBody two.';
    expect(rules(text)['What happens next']).toBe('related-links');
  });

  it('related-links: the list never takes the first line of text, the headline', () => {
    const parsed = parse('Most read\n\nKazakh leader calls unrest a coup\n\nBody.');
    expect(parsed.title.text).toBe('Kazakh leader calls unrest a coup');
    expect(parsed.removed.map((r) => r.text)).toEqual(['Most read']);
  });

  it('advertisement: promoted headlines directly under "Sponsored", but not a subhead after a blank line', () => {
    expect(rules('Headline\n\nBody.\n\nSponsored\nThe best travel insurance for 2022\n\nMore body.')).toEqual({
      Sponsored: 'advertisement', 'The best travel insurance for 2022': 'advertisement',
    });
    const text = 'Headline\n\nBody.\n\nSponsored\n\nA real subhead\n\nMore body.';
    expect(rules(text)).toEqual({ Sponsored: 'advertisement' });
    expect(texts(text)).toEqual(['Body.', '# A real subhead', 'More body.']);
  });

  it('photo-caption: the one other line of a short block that holds a photo credit', () => {
    expect(rules('Headline\n\nBody.\n\nTroops in Almaty on 7 January\nPhoto: Reuters/Pavel Mikheyev\n\nMore.')).toEqual({
      'Troops in Almaty on 7 January': 'photo-caption', 'Photo: Reuters/Pavel Mikheyev': 'photo-credit',
    });
    // Credit first, caption second (as BBC pages print them), and a caption that is a sentence.
    expect(rules('Headline\n\nBody.\n\n© AFP\nTroops patrol a street in Almaty on 10 January.\n\nMore.')).toEqual({
      '© AFP': 'photo-credit', 'Troops patrol a street in Almaty on 10 January.': 'photo-caption',
    });
  });

  it('photo-caption: a credit inside running text, or in a block with two other lines, leaves its neighbours', () => {
    expect(rules('Headline\nBody one.\nShort line\nPhoto: Reuters/Pavel Mikheyev\nBody two.\nBody three.')).toEqual({
      'Photo: Reuters/Pavel Mikheyev': 'photo-credit',
    });
    expect(rules('Headline\n\nLine a.\nLine b.\nPhoto: Reuters/Pavel Mikheyev\n\nBody.')).toEqual({
      'Photo: Reuters/Pavel Mikheyev': 'photo-credit',
    });
    const long = `Troops ${'patrol the streets of Almaty '.repeat(8)}on 10 January.`;
    expect(rules(`Headline\n\nBody.\n\n${long}\n© AFP\n\nMore.`)).toEqual({ '© AFP': 'photo-credit' });
  });

  it('photo-caption: never the first line of text, the headline', () => {
    const parsed = parse('Troops in Almaty\nPhoto: Reuters/Pavel Mikheyev\n\nBody.');
    expect(parsed.title.text).toBe('Troops in Almaty');
  });

  it('keeps article sentences that start like chrome, as paragraphs', () => {
    const body = [
      'By Sunday, 164 people had been killed.',
      'Tags were found on the bodies',
      'Advertisement revenue fell',
      'ALMATY, Jan 10 (Reuters) - Kazakh President Kassym-Jomart Tokayev said order had been restored.',
      'Share prices fell on the Kazakhstan Stock Exchange.',
      'Photographs of the burnt-out mayor’s office were shared widely.',
    ];
    const text = `Headline\n\n${body.join('\n\n')}\n`;
    expect(rules(text)).toEqual({});
    // Standing alone, the two lines without a full stop read as subheads: kept either way.
    expect(texts(text)).toEqual([body[0], body[1], `# ${body[2]}`, ...body.slice(3)]);
  });
});

describe('structure', () => {
  it('dek: subtitle lines right under the headline', () => {
    const parsed = parse('Headline\n\n“Quoted kicker”… More\nSecond dek line\n\nBody starts here.\n');
    expect(parsed.dek.map((d) => d.line)).toEqual([3, 4]);
    expect(parsed.sections[0]?.paragraphs[0]?.text).toBe('Body starts here.');
  });

  it('a first paragraph that ends like a sentence is not a dek', () => {
    expect(parse('Headline\n\nThe lead paragraph.\n\nMore.').dek).toEqual([]);
  });

  it('a file without blank lines: every line is a paragraph, no subheads', () => {
    const parsed = parse('Headline here\nShort line\nA sentence.\nAnother line', undefined);
    expect(parsed.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['Short line', 'A sentence.', 'Another line']);
    expect(parsed.sections.map((s) => s.id)).toEqual(['intro']);
  });

  it('a short standalone last line is a subhead, so text appended later cannot renumber it', () => {
    const parsed = parse('Headline\n\nBody.\n\nThe end\n');
    expect(parsed.sections.map((s) => [s.id, s.paragraphs.length])).toEqual([['intro', 1], ['the-end', 0]]);
    const appended = parse('Headline\n\nBody.\n\nThe end\n\nMore text.\n');
    expect(appended.sections.map((s) => [s.id, s.paragraphs.map((p) => p.id)])).toEqual([['intro', ['p-1']], ['the-end', ['p-2']]]);
  });

  it('subhead ids are slugs, unique within the article, and never "intro"', () => {
    const text = 'H\n\nP.\n\nIntro\n\nP.\n\nSame\n\nP.\n\nSame\n\nP.\n\nOther\n\nP.';
    // "Same" twice would be a repeated caption; use distinct case to keep both as subheads.
    const parsed = parse(text.replace('Same\n\nP.\n\nSame', 'Same\n\nP.\n\nsame Again'));
    expect(parsed.sections.map((s) => s.id)).toEqual(['intro', 'intro-1', 'same', 'other']);
  });

  it('keeps text exactly as written, trimming only surrounding spaces and no-break spaces', () => {
    const parsed = parse('Headline\n\n  *Not* <b>bold</b> [the city of] _x_ &amp;\u00a0 \n');
    expect(parsed.sections[0]?.paragraphs[0]?.text).toBe('*Not* <b>bold</b> [the city of] _x_ &amp;');
  });

  it('CRLF and lone CR line endings give the same lines as LF', () => {
    const lf = parse('Headline\n\nOne.\n\nTwo.');
    expect(parse('Headline\r\n\r\nOne.\r\n\r\nTwo.')).toEqual(lf);
    expect(parse('Headline\r\rOne.\r\rTwo.')).toEqual(lf);
  });

  it('a title override keeps every line in the text', () => {
    const parsed = parse('First sentence of copy.\nSecond.', { text: 'Editors’ title', reason: 'No headline in the file.' });
    expect(parsed.title).toEqual({ text: 'Editors’ title', line: null, overrideReason: 'No headline in the file.' });
    expect(parsed.sections[0]?.paragraphs.map((p) => p.line)).toEqual([1, 2]);
  });
});

describe('errors', () => {
  it('a file whose first line is a paragraph needs a title override, and says so with the line', () => {
    let error: unknown;
    try {
      parse('Sputnik\nA long first paragraph that ends with a full stop, as copy does.\nMore.');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems[0]).toMatchObject({ file: 'fixture.txt', line: 2 });
    expect((error as Error).message).toMatch(/fixture\.txt:2: The file has no headline.*\n.*overrides\.title/);
  });

  it('an empty or chrome-only file is rejected, naming the file', () => {
    expect(() => parse('')).toThrow(/fixture\.txt: The file has no article text/);
    expect(() => parse('  \n\u00a0\n')).toThrow(ContentError);
    expect(() => parse('Leave a Reply\nRead More »\n')).toThrow(/no article text/);
  });
});

describe('invariant on generated inputs: every non-blank line is accounted for exactly once', () => {
  const word = fc.constantFrom(
    'Tokayev', 'said', 'the', 'coup', 'CSTO', '164', 'people', '“quoted”', '*', '<b>', '[x]', 'Read', 'More', 'Leave',
    'a', 'Reply', 'Sputnik', 'हिंदी', 'मराठी', '/yunhap', 'news', 'Home', 'World', '...', '…', 'Caption', '.', ':',
  );
  const line = fc.oneof(
    fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')),
    fc.constantFrom('', '', '  ', 'Leave a Reply', 'Caption', 'Read More »', 'Exit mobile version', 'A subhead here'),
  );
  const document = fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => lines.join('\n'));

  it('holds, or the parser throws a ContentError', () => {
    fc.assert(
      fc.property(document, fc.boolean(), (text, override) => {
        try {
          const parsed = parse(text, override ? { text: 'T', reason: 'No headline in the file.' } : undefined);
          expect(accountedLines(parsed)).toEqual(
            nonBlankLines(text).map(({ line, text: t }) => expect.objectContaining({ line, text: t })),
          );
          const ids = parsed.sections.flatMap((s) => [s.id, ...s.paragraphs.map((p) => p.id)]);
          expect(new Set(ids).size).toBe(ids.length);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('section ids beside the dek', () => {
  it('a subhead that slugs like a dek line never takes its id', () => {
    const text = [
      'Tokayev speaks of a coup at the alliance summit',
      'Leaders meet by video link',
      '',
      'The alliance met by video link on Monday, and the talks ran late into the evening in the capital.',
      '',
      'Dek 1',
      '',
      'The troops of the alliance are due to leave once their mission in the country is over.',
    ].join('\n');
    const parsed = parseArticle(text, { file: 'dek.txt' });
    expect(parsed.dek.map((row) => row.text)).toEqual(['Leaders meet by video link']);
    expect(parsed.sections.map((section) => section.id)).toEqual(['intro', 'dek-1-1']);
  });
});
