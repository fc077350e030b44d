/**
 * The page model's passes for boxes and the site's own lines (src/lib/articles/pageFurniture.ts)
 * and the mechanisms added with the held-out rounds (tests/fixtures/heldout/): what they remove,
 * under which rule, and the article lines that look like them but must stay.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, type ParseOptions } from '../../../src/lib/articles/parseArticle.ts';
import { matchStructuralLineRule } from '../../../src/lib/articles/structuralRules.ts';

const LEDE = 'Kazakh President Kassym-Jomart Tokayev told a video summit of the CSTO on Monday that the unrest was an attempted coup.';
const SECOND = 'Russian President Vladimir Putin said the troops of the alliance would leave once their mission was over.';
const parse = (text: string, options: Partial<ParseOptions> = {}) => parseArticle(text, { file: 'page.txt', ...options });
const rules = (text: string) => Object.fromEntries(parse(text).removed.map((r) => [r.text, r.rule]));
const kept = (text: string) => parse(text).sections.flatMap((section) => section.paragraphs.map((p) => p.text));
const doubts = (text: string) => (parse(text).doubts ?? []).map((d) => d.text);

describe('boxes laid over the page', () => {
  it('a cookie banner that names no cookies goes with its buttons, before the headline search', () => {
    const text = [
      'Aral Radio',
      'This website stores small files on your device so that it works and so we can count visitors.',
      'Allow all',
      'Only necessary',
      '',
      'Kazakh leader tells allies the unrest was an attempted coup',
      '',
      LEDE,
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.title.text).toBe('Kazakh leader tells allies the unrest was an attempted coup');
    expect(rules(text)).toMatchObject({
      'This website stores small files on your device so that it works and so we can count visitors.': 'cookie-notice',
      'Allow all': 'cookie-notice',
      'Only necessary': 'cookie-notice',
    });
  });

  it('a newsletter box: the inbox it promises, the e-mail field and the button', () => {
    const text = ['Headline of the report here', '', LEDE, '', 'Every morning: the main news from the region in your inbox.', 'Your e-mail address', 'Register', '', SECOND].join('\n');
    expect(rules(text)).toEqual({
      'Every morning: the main news from the region in your inbox.': 'newsletter',
      'Your e-mail address': 'newsletter',
      Register: 'newsletter',
    });
    expect(kept(text)).toEqual([LEDE, SECOND]);
  });

  it('a short label over headlines in a box is left to the link-list pass', () => {
    const text = ['Headline of the report here', '', LEDE, '', 'Download the Pulse app for the stories that matter to you', 'More for you', 'Star striker completes record transfer', 'Winter storm closes mountain passes'].join('\n');
    expect(rules(text)).toMatchObject({ 'More for you': 'link-list', 'Star striker completes record transfer': 'link-list' });
  });

  it('a sentence of prose is never taken from across a box: only one that touches its lines', () => {
    const text = ['Headline of the report here', '', LEDE, '', 'We drove to Almaty the next morning, and the city was quiet again.', '', 'Sign up for our newsletter', '', SECOND].join('\n');
    expect(kept(text)).toContain('We drove to Almaty the next morning, and the city was quiet again.');
  });
});

describe('the site’s own lines among its chrome', () => {
  it('short lines in the site’s voice between removed lines go; a run of them too', () => {
    const text = [
      'Headline of the report here', '', LEDE, '', SECOND, '',
      'Share on Facebook', 'Got a tip? Email us at tips@outlet.example', 'Want more? Check out our weekly podcast', 'Tags: Kazakhstan, CSTO',
      'Our editorial principles', '© 2022 Nomad Press Agency. All rights reserved.',
    ].join('\n');
    expect(rules(text)).toMatchObject({
      'Got a tip? Email us at tips@outlet.example': 'site-chrome',
      'Want more? Check out our weekly podcast': 'site-chrome',
      'Our editorial principles': 'site-chrome',
    });
    expect(kept(text)).toEqual([LEDE, SECOND]);
  });

  it('prose in the site’s voice between chrome is kept and listed as a doubt', () => {
    const line = 'We will keep reporting from Almaty for as long as the curfew lasts.';
    const text = ['Headline of the report here', '', LEDE, '', 'Advertisement', '', line, '', 'Advertisement', '', SECOND].join('\n');
    expect(kept(text)).toContain(line);
    expect(doubts(text)).toContain(line);
  });

  it('a few words inside a block of chrome go; a subhead between blank lines stays', () => {
    const inBlock = ['Headline of the report here', '', LEDE, '', 'Advertisement', 'Contact the newsroom', 'Share on Facebook'].join('\n');
    expect(rules(inBlock)).toMatchObject({ 'Contact the newsroom': 'site-chrome' });
    const subhead = ['Headline of the report here', '', LEDE, '', 'Advertisement', '', 'What comes next', '', SECOND].join('\n');
    expect(parse(subhead).sections.map((s) => s.heading?.text ?? null)).toContain('What comes next');
  });

  it('a line that opens with the masthead’s name after chrome; an agency’s name alone', () => {
    const text = ['Aral Radio', 'News | World', '', 'Kazakh leader tells allies the unrest was an attempted coup', '', LEDE, '', 'Share on Facebook', 'Aral Radio is not responsible for the content of external sites.', '— Reuters'].join('\n');
    expect(rules(text)).toMatchObject({ 'Aral Radio is not responsible for the content of external sites.': 'site-chrome', '— Reuters': 'wire-signoff' });
  });

  it('chrome in another script than the body’s, beside other chrome; a quoted line in it stays', () => {
    const text = ['Headline of the report here', '', LEDE, '', 'Share on Facebook', 'Читайте также: Токаев назвал события попыткой переворота', '«Мы победили», сказал он', '', SECOND].join('\n');
    expect(rules(text)).toMatchObject({ 'Читайте также: Токаев назвал события попыткой переворота': 'language-editions' });
    expect(rules(text)).not.toHaveProperty('«Мы победили», сказал он');
  });

  it('a line in another script after a line ending in a colon, or with no chrome next to it, stays', () => {
    const chant = ['Headline of the report here', '', LEDE, '', 'The crowd on the main square chanted a slogan against the former president:', 'Шал, кет', '', SECOND].join('\n');
    expect(kept(chant)).toContain('Шал, кет');
    const lone = ['Headline of the report here', '', LEDE, '', 'Шал, кет', '', SECOND].join('\n');
    expect(parse(lone).removed).toEqual([]);
    expect(parse(lone).sections.map((section) => section.heading?.text ?? null)).toContain('Шал, кет');
  });
});

describe('headline, bylines and lists', () => {
  it('a bullet of a "Trending" list is never the headline', () => {
    const text = ['Trending now:', '• Markets slide as oil jumps', '• Storm warning for the coast', '', 'Putin and Tokayev blame outside forces for Kazakh unrest', '', LEDE].join('\n');
    expect(parse(text).title.text).toBe('Putin and Tokayev blame outside forces for Kazakh unrest');
  });

  it('the page title with the site’s name gives way to the headline it repeats', () => {
    const text = ['Tokayev says coup attempt defeated - Steppe Times', '', 'Tokayev says coup attempt defeated', '', LEDE].join('\n');
    const parsed = parse(text);
    expect(parsed.title.text).toBe('Tokayev says coup attempt defeated');
    expect(parsed.removed.map((r) => r.rule)).toEqual(['above-headline']);
  });

  it('role bylines under the headline, name first or last; a short desk line beside removed lines', () => {
    const text = ['Headline of the report here', 'Aigerim Nurlanova, Central Asia correspondent', 'From our correspondent Jana Hartmann', '', LEDE].join('\n');
    expect(rules(text)).toEqual({ 'Aigerim Nurlanova, Central Asia correspondent': 'byline', 'From our correspondent Jana Hartmann': 'byline' });
    const desk = ['Curfew and state of emergency stay in place in Almaty', 'Editorial office', '10.01.2022, 18:05', '', LEDE].join('\n');
    expect(rules(desk)).toMatchObject({ 'Editorial office': 'site-chrome' });
  });

  it('question headlines in a list of links; a question standing alone before text stays', () => {
    const list = ['Headline of the report here', '', LEDE, '', 'ALSO ON ARAL RADIO', 'Fuel prices: why a rise in the cost of gas set off protests', 'Who are the CSTO and why did they come?', '', SECOND].join('\n');
    expect(rules(list)).toMatchObject({ 'Who are the CSTO and why did they come?': 'link-list' });
    const subhead = ['Headline of the report here', '', LEDE, '', 'Who are the CSTO and why did they come?', '', SECOND].join('\n');
    expect(kept(subhead)).toEqual([LEDE, 'Who are the CSTO and why did they come?', SECOND]);
  });

  it('the byline’s name defined is the author’s note, whatever the job is called', () => {
    const text = ['Headline of the report here', 'By Lena Vogt', '', LEDE, '', 'Lena Vogt is a senior fellow in the Forum’s Eurasia programme.'].join('\n');
    expect(rules(text)).toMatchObject({ 'Lena Vogt is a senior fellow in the Forum’s Eurasia programme.': 'author-bio' });
  });

  it('a caption over a bare credit line, but not a paragraph of reported speech over one', () => {
    const text = ['Headline of the report here', '', LEDE, '', 'Kassym-Jomart Tokayev at the meeting on Monday (file photo)', 'AFP / Getty Images', '', SECOND, 'Photo: Reuters'].join('\n');
    expect(rules(text)).toMatchObject({ 'Kassym-Jomart Tokayev at the meeting on Monday (file photo)': 'photo-caption' });
    expect(kept(text)).toEqual([LEDE, SECOND]);
  });
});

describe('labels and arrows', () => {
  it('a title-like label right over a removed list goes with it; an arrow points at a link', () => {
    const text = ['Headline of the report here', '', LEDE, '', '→ Read more: The CSTO explained', '', SECOND, '', 'Explore more on these topics', 'Kazakhstan', 'Russia', 'Vladimir Putin'].join('\n');
    expect(rules(text)).toMatchObject({ 'Explore more on these topics': 'link-list', '→ Read more: The CSTO explained': 'read-more' });
    expect(kept(text)).toEqual([LEDE, SECOND]);
  });
});

describe('structural line rules added for unseen sites', () => {
  it.each([
    ['Comments are now closed.', 'comment-form'],
    ['Have your say on this story', 'comment-form'],
    ['Sign in to comment', 'comment-form'],
    ['t.me/kazportal_news', 'site-chrome'],
    ['If you have noticed a mistake in the text, select it and press Ctrl+Enter', 'site-chrome'],
    ['Reprinting is allowed only with an active link to the source', 'site-chrome'],
    ['Reading time: about 2 minutes', 'site-chrome'],
    ['Responsible editor: Kari Lunde', 'wire-credits'],
    ['Support the Echo: become a digital subscriber from £1 a week', 'appeal'],
    ['The views expressed in this commentary are the author’s alone.', 'source-note'],
    ['Click here to subscribe to our daily bulletin', 'site-chrome'],
    ['Reply Share Report Save Follow', 'site-chrome'],
    ['87% upvoted', 'site-chrome'],
    ['Posted by u/steppe_watcher 3 hours ago', 'dateline'],
    ['Sort by: best', 'site-chrome'],
    ['Please turn on JavaScript to see the comments.', 'site-chrome'],
    ['About the Secretariat: The Secretariat is the permanent working body of the organisation.', 'site-chrome'],
    ['Media contact: press office, +7 495 000 00 00', 'site-chrome'],
    ['For more information, visit www.alliance-secretariat.example', 'site-chrome'],
    ['Listen on Apple Podcasts', 'appeal'],
    ['Translation from the Russian version of the site', 'translation-note'],
  ])('%s → %s', (line, rule) => {
    expect(matchStructuralLineRule(line)).toBe(rule);
  });

  it.each([
    'He declined to comment.',
    'The average wage in the region is $570 a month, officials said.',
    'Tokayev said the unrest had been planned in advance.',
    'The ministry said 7.939 was a typo.',
    'U.S. officials said nothing.',
    'About 8,000 people were detained: officials gave no names.',
    'Share prices fell and the tenge weakened.',
    'Protesters said they had waited 3 hours ago for the police.',
    'The decree is published at akorda.kz.',
    'Translation of the decree was published on Monday.',
  ])('leaves article text alone: %s', (line) => {
    expect(matchStructuralLineRule(line)).toBeUndefined();
  });
});
