import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContentError } from '../../src/lib/contentError.ts';
import { isBreadcrumb, parseArticle } from '../../src/lib/parseArticle.ts';
import { accountedLines, nonBlankLines } from '../helpers/corpus.ts';

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
