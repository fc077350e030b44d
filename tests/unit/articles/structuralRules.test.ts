/**
 * The structural line rules (src/lib/articles/structuralRules.ts) inside an article body: a line
 * whose words the rules' vocabularies also use (prices, "from", an inbox, "prohibited", an error,
 * views, a translation, large figures, comment and "About X:" subheads) is article text when it
 * stands in the body with no chrome next to it. It is kept, never silently dropped; at most it is
 * listed as a doubt for the editor. The surrounding text has no "said" and no quotation marks, so
 * that no reported-speech guard keeps the line by accident.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { matchStructuralLine } from '../../../src/lib/articles/structuralRules.ts';

const HEADLINE = 'Regional budget hearings open in Almaty';
const BODY = [
  'The city council opened its annual budget hearings on Monday, with housing and transport at the top of the agenda.',
  'Deputies spent most of the first session on the cost of new bus lanes and the repair of the old tram depot.',
  'The draft budget is due to be put to a vote at the end of the month, after two more rounds of hearings.',
  'Residents of the outer districts have asked for more money for schools and clinics in the new neighbourhoods.',
];

/** Every kept line of the parse: dek, subheads and paragraphs. */
function keptLines(text: string): string[] {
  const parsed = parseArticle(text, { file: 'body.txt' });
  return [
    ...parsed.dek.map((row) => row.text),
    ...parsed.sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...section.paragraphs.map((p) => p.text)]),
  ];
}

/** The line among the body's paragraphs, one paragraph a line (a scraped page). */
const inRunningText = (line: string) => [HEADLINE, '', BODY[0], BODY[1], line, BODY[2], BODY[3]].join('\n');
/** The line alone between blank lines in the body (a subhead's place). */
const alone = (line: string) => [HEADLINE, '', BODY[0], '', BODY[1], '', line, '', BODY[2], '', BODY[3]].join('\n');

const FROM_THE_REVIEW = [
  'Average rent in Almaty rose from $400 to $520 a month this year.',
  'If you make a mistake on the tax form, the office can fine you 5,000 tenge.',
  'Found guilty of a procedural error, the judge was dismissed in March.',
  'The use of materials such as asbestos has been prohibited since 2010.',
  'Reproduction of the virus is prohibited outside licensed labs.',
  'Scam emails landing in your inbox now mimic the tax office.',
  'Views expressed by residents at the hearing are mixed.',
  'Losses estimated at 12 500 000 tenge',
  'Turnout by region: 45 32 12',
  'Lessons from 30 years ago',
  'Have your say on the draft law until 1 March',
  'Discussion',
  '3.5bn',
  'No.1',
  'Translation of the Quran into Kazakh',
  'About Kazakhstan: a country of 20 million people',
];

const OF_OUR_OWN = [
  'Union members pay €30 a month for access to the clinic, and pensioners pay nothing.',
  'Fake alerts sent to your inbox often copy the bank’s logo and its address.',
  'Use of the documents seized in the raid is prohibited until the trial opens.',
  'Spotted by a reader, the error in the ballot count was corrected on Tuesday.',
  'Opinions expressed in the survey are divided along regional lines.',
  'Translated from memory, the old songs of the valley still fill the square on holidays.',
  'Budget deficit of 1 250 000 000 tenge',
  'What changed 10 years ago',
  'Join the debate over pensions',
  'Comments from the finance ministry',
  'About Almaty: a city of two million after the unrest',
  'Subscriptions to the city bus pass rose from 2,000 to 3,500 a month.',
  'Support for the reform fell to 41%, down from 55% in spring.',
  'Donations from abroad reached $2 million a year, most of it for the clinics.',
];

describe('vocabulary of the line rules inside an article body', () => {
  it.each([...FROM_THE_REVIEW, ...OF_OUR_OWN])('kept in running text: %s', (line) => {
    expect(keptLines(inRunningText(line))).toEqual([BODY[0], BODY[1], line, BODY[2], BODY[3]]);
  });

  it.each([...FROM_THE_REVIEW, ...OF_OUR_OWN])('kept alone between blank lines: %s', (line) => {
    expect(keptLines(alone(line))).toEqual([BODY[0], BODY[1], line, BODY[2], BODY[3]]);
  });

  it('the short lines beside an inbox sentence stay with it', () => {
    const text = [HEADLINE, '', BODY[0], '', 'Scam emails landing in your inbox now mimic the tax office.', 'Check the sender', 'Report it to us', '', BODY[1]].join('\n');
    expect(keptLines(text)).toEqual([BODY[0], 'Scam emails landing in your inbox now mimic the tax office.', 'Check the sender', 'Report it to us', BODY[1]]);
  });

  it('a sentence of the vocabulary inside the body is listed for the editor when it is kept', () => {
    const parsed = parseArticle(inRunningText('Reproduction of the virus is prohibited outside licensed labs.'), { file: 'body.txt' });
    expect(parsed.removed).toEqual([]);
    expect((parsed.doubts ?? []).map((doubt) => doubt.text)).toContain('Reproduction of the virus is prohibited outside licensed labs.');
  });

  it('the same lines still go at the edges of the text, after the body', () => {
    const text = [HEADLINE, '', BODY[0], '', BODY[1], '', 'Reprinting is allowed only with an active link to the source.', 'If you have noticed a mistake in the text, select it and press Ctrl+Enter.', 'Comments are now closed.'].join('\n');
    const parsed = parseArticle(text, { file: 'body.txt' });
    expect(parsed.removed.map((row) => row.rule)).toEqual(['site-chrome', 'site-chrome', 'comment-form']);
  });
});

describe('the narrowed patterns, line by line', () => {
  it.each(['3.5bn', 'No.1', 'Losses estimated at 12 500 000 tenge', 'Turnout by region: 45 32 12', 'Average rent rose from $400 to $520 a month'])('no rule: %s', (line) => {
    expect(matchStructuralLine(line)).toBeUndefined();
  });

  it.each([
    ['Call +7 495 000 00 00', 'site-chrome'],
    ['Hotline: 8 800 080 7777', 'site-chrome'],
    ['Newsroom (727) 300-4000', 'site-chrome'],
    ['t.me/kazportal_news', 'site-chrome'],
    ['Support the Echo: become a digital subscriber from £1 a week', 'appeal'],
  ])('still chrome: %s → %s', (line, rule) => {
    expect(matchStructuralLine(line)?.rule).toBe(rule);
  });

  it('tells the rules that go by words from those that go by shape', () => {
    expect(matchStructuralLine('Discussion')).toEqual({ rule: 'comment-form', byWords: true });
    expect(matchStructuralLine('© 2022 Nomad Press Agency. All rights reserved.')).toEqual({ rule: 'site-chrome', byWords: false });
  });
});
