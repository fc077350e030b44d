/**
 * Hard-wrapped copies (PDF, e-mail, plain-text archives): a paragraph broken every 60–100
 * characters is one paragraph again, and one-paragraph-per-line copies are never joined.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, type Paragraph } from '../../../src/lib/articles/parseArticle.ts';
import { rawLineView } from '../../../src/lib/articles/rawLineView.ts';
import { joinWrappedText, unwrapLines } from '../../../src/lib/articles/wrappedLines.ts';
import { accountedLines, nonBlankLines } from '../../helpers/corpus.ts';

const WRAPPED = [
  'Alliance leaders back the mission in Kazakhstan',
  '',
  'Leaders of the Collective Security Treaty Organization held a video summit on',
  'Monday to discuss the deployment of troops to Kazakhstan after a week of unrest',
  'in which dozens of people were killed.',
  '',
  'President Kassym-Jomart Tokayev told the meeting that the country had faced an',
  'attempted coup and that order had been restored. He said the so-called',
  'peacekeeping troops would leave once their mission was complete.',
  '',
  'Page 2 of 3',
  '',
  'What the leaders said',
  '',
  'Russian President Vladimir Putin said the alliance would not allow colour revo-',
  'lutions in the region, and that the crisis had shown the value of the alliance.',
  '',
].join('\n');

const paragraphs = (text: string): Paragraph[] => parseArticle(text, { file: 'wrapped.txt' }).sections.flatMap((section) => section.paragraphs);

describe('a hard-wrapped text file', () => {
  const parsed = parseArticle(WRAPPED, { file: 'wrapped.txt' });
  const all = parsed.sections.flatMap((section) => section.paragraphs);

  it('has one paragraph per wrapped paragraph, its lines joined by one space', () => {
    expect(all.map((p) => [p.id, p.line, p.wrappedLines?.map((row) => row.line)])).toEqual([
      ['p-1', 3, [3, 4, 5]],
      ['p-2', 7, [7, 8, 9]],
      ['p-3', 15, [15, 16]],
    ]);
    expect(all[0]?.text).toBe(
      'Leaders of the Collective Security Treaty Organization held a video summit on Monday to discuss the deployment of troops to Kazakhstan after a week of unrest in which dozens of people were killed.',
    );
    // A quote that runs across a line break is in one paragraph's text.
    expect(all[1]?.text).toContain('restored. He said the so-called peacekeeping troops');
    // A word broken by a hyphen keeps the hyphen and loses only the line break.
    expect(all[2]?.text).toContain('colour revo-lutions in the region');
  });

  it('keeps the subhead and removes the page number', () => {
    expect(parsed.sections.map((section) => section.heading?.text ?? null)).toEqual([null, 'What the leaders said']);
    expect(parsed.removed.map((row) => [row.line, row.rule])).toEqual([[11, 'page-number']]);
  });

  it('accounts for every line, and the raw view gives each wrapped line its paragraph', () => {
    expect(accountedLines(parsed)).toEqual(nonBlankLines(WRAPPED).map(({ line, text }) => expect.objectContaining({ line, text })));
    const fates = rawLineView(WRAPPED, parsed).filter((row) => row.fate.kind === 'paragraph');
    expect(fates.map((row) => [row.line, row.fate.kind === 'paragraph' && row.fate.paragraph])).toEqual([
      [3, 'p-1'], [4, 'p-1'], [5, 'p-1'], [7, 'p-2'], [8, 'p-2'], [9, 'p-2'], [15, 'p-3'], [16, 'p-3'],
    ]);
  });
});

describe('copies that are not wrapped stay one paragraph per line', () => {
  it('short paragraphs of a web copy with no blank lines between them', () => {
    const text = [
      'Tokayev calls the unrest an attempted coup',
      'Tokayev said order had been restored and that the alliance troops would leave soon.',
      'The health ministry said 164 people had been killed in the unrest across the country.',
      'Putin told the summit that the alliance would not allow the situation to be shaken.',
    ].join('\n');
    expect(paragraphs(text).map((p) => p.wrappedLines)).toEqual([undefined, undefined, undefined]);
  });

  it('a list of short items one per line, each starting a sentence', () => {
    const text = [
      'Tokayev calls the unrest an attempted coup',
      '',
      'Key points:',
      'Tokayev says the unrest was an attempted coup',
      'Putin says Russia would not allow "colour revolutions"',
      'Officials say 164 people have died',
      '',
      'The alliance met by video link on Monday, and the talks ran late into the evening in the capital.',
    ].join('\n');
    expect(paragraphs(text).filter((p) => p.wrappedLines)).toEqual([]);
  });

  it('lines longer than a fixed width', () => {
    const long = 'The alliance met by video link on Monday, and the talks ran late into the evening in the capital, where';
    const text = ['Tokayev calls the unrest an attempted coup', '', long, 'officials said the troops would leave once their mission was complete.'].join('\n');
    expect(long.length).toBeGreaterThan(100);
    expect(paragraphs(text)).toHaveLength(2);
  });
});

describe('unwrapLines', () => {
  const rows = (first: number, lines: string[]) => lines.map((text, index) => ({ line: first + index, text }));

  it('starts a new paragraph at a list item and at a short line', () => {
    const block = rows(1, [
      'The ministry listed the measures it had taken since the start of the week, and',
      'said they would stay in force until the end of the month:',
      '- a curfew in Almaty and in the regions where the unrest had been most severe,',
      'with checkpoints on the main roads;',
    ]);
    expect(unwrapLines(block).map((run) => run.map((row) => row.line))).toEqual([[1, 2], [3, 4]]);
  });

  it('decides within a block, whatever the rest of the file holds', () => {
    const block = rows(10, ['The alliance said its troops would leave once their mission was over, and that', 'the withdrawal would start within days of the decision.']);
    const alone = unwrapLines(block);
    const withOthers = unwrapLines([...rows(1, ['A line of a different width altogether, short.']), ...block, ...rows(20, ['Another one.'])]);
    expect(withOthers.filter((run) => run[0]?.line === 10)).toEqual(alone);
    expect(alone).toHaveLength(1);
  });

  it('joins with one space, and without one after a hyphen that breaks a word', () => {
    expect(joinWrappedText(rows(1, ['so-', 'called troops']))).toBe('so-called troops');
    expect(joinWrappedText(rows(1, ['the 1990s -', 'and after']))).toBe('the 1990s - and after');
    expect(joinWrappedText(rows(1, ['Kazakh-', 'Russian talks']))).toBe('Kazakh- Russian talks');
  });
});
