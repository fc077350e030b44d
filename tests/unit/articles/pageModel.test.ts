/**
 * The page model (src/lib/articles/pageModel.ts, lineFeatures.ts, structuralRules.ts): chrome
 * told apart by the shape and place of lines, the headline chosen by evidence, doubts kept and
 * listed; and the article sentences that look like chrome but must stay.
 */
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/contentError.ts';
import { parseArticle, type ParseOptions } from '../../../src/lib/articles/parseArticle.ts';
import { isProse, lineFeatures, readsAsTitle } from '../../../src/lib/articles/lineFeatures.ts';
import { creditTail } from '../../../src/lib/articles/structuralRules.ts';
import { chromeSuspects } from '../../../src/lib/editor/chromeSuspects.ts';

const LEDE = 'Kazakh President Kassym-Jomart Tokayev told a video summit of the CSTO on Monday that the unrest was an attempted coup.';
const SECOND = 'Russian President Vladimir Putin said the troops of the alliance would leave once their mission was over.';
const parse = (text: string, options: Partial<ParseOptions> = {}) => parseArticle(text, { file: 'page.txt', ...options });
const rules = (text: string, options: Partial<ParseOptions> = {}) => Object.fromEntries(parse(text, options).removed.map((r) => [r.text, r.rule]));
const kept = (text: string) =>
  parse(text).sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...section.paragraphs.map((p) => p.text)]);

describe('line features', () => {
  it('prose is long, ends like a sentence and has function words; titles do not end with a stop', () => {
    expect(isProse(lineFeatures(LEDE))).toBe(true);
    expect(isProse(lineFeatures('The curfew remains in place.'))).toBe(false);
    expect(isProse(lineFeatures('World  |  Business  |  Central Asia  |  Video'))).toBe(false);
    expect(readsAsTitle('Tokayev tells CSTO leaders Kazakhstan repelled an attempted coup')).toBe(true);
    expect(readsAsTitle('What happens next?')).toBe(true);
    expect(readsAsTitle('The curfew remains in place.')).toBe(false);
    expect(readsAsTitle('Steppe Wire · World · 2h')).toBe(false);
  });

  it('a credit after a caption’s last sentence, with a slash, "via" or an agency and a colon in brackets', () => {
    expect(creditTail('Putin speaks outside Moscow, January 10, 2022. Sergei Guneyev / Sputnik via REUTERS')).toBe('Sergei Guneyev / Sputnik via REUTERS');
    expect(creditTail('Tokayev attends a meeting in Nur-Sultan recently. File/AP')).toBe('File/AP');
    expect(creditTail('Soldiers guard the city hall in Almaty. (Reuters: Pavel Mikheyev)')).toBe('(Reuters: Pavel Mikheyev)');
    expect(creditTail('The vote was split. Officials said the ratio was 50/50.')).toBeNull();
    expect(creditTail('He spoke to reporters. Later he left via the back door')).toBeNull();
  });
});

describe('chrome the shape of a line gives away', () => {
  it('a pop-up above the headline: the close mark, the appeal in its box', () => {
    const text = `×\nIndependent journalism needs you. Chip in from as little as $1.\nSupport Metro\n\nKazakh leader tells allies: we faced an attempted coup\n\n${LEDE}\n`;
    const parsed = parse(text);
    expect(parsed.title.text).toBe('Kazakh leader tells allies: we faced an attempted coup');
    expect(rules(text)).toEqual({
      '×': 'button-glyph',
      'Independent journalism needs you. Chip in from as little as $1.': 'appeal',
      'Support Metro': 'appeal',
    });
  });

  it('captions with their credit on the same line, and a broadcaster’s credit-and-caption line', () => {
    const captions = [
      'Vladimir Putin speaks during the CSTO video summit outside Moscow, January 10, 2022. Sergei Guneyev / Sputnik via REUTERS',
      'Kazakh President Kassym-Jomart Tokayev attends a meeting in Nur-Sultan recently. File/AP',
      'IMAGE SOURCE, REUTERS Image caption, Soldiers patrol a square in central Almaty on Sunday',
    ];
    const text = `Tokayev says coup attempt was defeated\n\n${LEDE}\n\n${captions.join('\n\n')}\n\n${SECOND}\n`;
    // The credit label of cleaningRules.ts takes the short broadcaster line first; either way it goes.
    expect(rules(text)).toEqual({ ...Object.fromEntries(captions.map((caption) => [caption, 'photo-caption'])), [captions[2] as string]: 'photo-credit' });
    const long = `IMAGE SOURCE, REUTERS Image caption, Soldiers patrol a square in central Almaty on Sunday, two days after the city hall was stormed and set alight`;
    expect(rules(`Tokayev says coup attempt was defeated\n\n${LEDE}\n\n${long}\n`)).toEqual({ [long]: 'photo-caption' });
  });

  it('comment prompts and notes on where the copy came from', () => {
    const chrome = {
      'Be the first to comment': 'comment-form',
      'Join the conversation': 'comment-form',
      'Source link': 'source-note',
      'Source: Read Full Article': 'source-note',
      'Originally published as Tokayev says coup attempt was defeated': 'source-note',
      'Source: Steppe Wire, Caspian TV': 'source-note',
    };
    const text = `Tokayev says coup attempt was defeated\n\n${LEDE}\n\n${Object.keys(chrome).join('\n\n')}\n`;
    expect(rules(text)).toEqual(chrome);
  });

  it('a desk byline above the headline is not the headline', () => {
    const text = `Gulf Evening Report\n\nTokayev says Kazakhstan thwarted coup\n\n${LEDE}\n`;
    expect(parse(text).title.text).toBe('Tokayev says Kazakhstan thwarted coup');
    expect(rules(text)).toEqual({ 'Gulf Evening Report': 'byline' });
  });
});

describe('link lists, whatever their label says', () => {
  it('a short label over title-like lines; bullets that read as titles; three headlines in a row', () => {
    const text = [
      'Tokayev says coup attempt was defeated', '', LEDE, '',
      'READ MORE', 'Kazakhstan restores internet in Almaty as calm returns', 'UAE calls for restraint in Central Asia', '',
      SECOND, '',
      '- AFTERMATH: Almaty residents return to scorched streets', '- TIMELINE: A week that shook Kazakhstan', '',
      'The health ministry said 164 people had been killed.', '',
      'Oil giant posts record quarterly profit', 'Storm warning issued for the weekend', 'Celebrity chef opens second restaurant',
    ].join('\n');
    expect(rules(text)).toEqual({
      'READ MORE': 'read-more',
      'Kazakhstan restores internet in Almaty as calm returns': 'link-list',
      'UAE calls for restraint in Central Asia': 'link-list',
      '- AFTERMATH: Almaty residents return to scorched streets': 'link-list',
      '- TIMELINE: A week that shook Kazakhstan': 'link-list',
      'Oil giant posts record quarterly profit': 'link-list',
      'Storm warning issued for the weekend': 'link-list',
      'Celebrity chef opens second restaurant': 'link-list',
    });
  });

  it('a subhead followed by text, and bullets that are sentences, stay', () => {
    const text = [
      'Tokayev says coup attempt was defeated', '', LEDE, '', 'Death toll', '', 'The health ministry said 164 people had been killed.', '',
      '- The interior ministry said 7,939 people had been detained.', '- Internet access was restored in Almaty on Monday.', '',
      'Two headlines in a row', '', 'are not a list of three', '', SECOND,
    ].join('\n');
    expect(rules(text)).toEqual({});
  });

  it('text appended after a list changes nothing above it', () => {
    const text = `Tokayev says coup attempt was defeated\n\n${LEDE}\n\nOil giant posts record quarterly profit\nStorm warning issued for the weekend\nCelebrity chef opens second restaurant\n`;
    const before = parse(text);
    const after = parse(`${text}\n${SECOND}\n`);
    expect(after.removed).toEqual(before.removed);
    expect(after.sections[0]?.paragraphs.slice(0, 1)).toEqual(before.sections[0]?.paragraphs);
  });
});

describe('the headline by evidence', () => {
  it('passes over a masthead, its menu and navigation words that share nothing with the text', () => {
    const text = `Caspian TV News\nHome | Live | Regions | Programmes\n\ne-Edition\nObituaries\n\nKazakhstan unrest: Tokayev calls protests 'an attempted coup'\n\n${LEDE}\n`;
    const parsed = parse(text);
    expect(parsed.title.text).toBe("Kazakhstan unrest: Tokayev calls protests 'an attempted coup'");
    // "Home | …" is a breadcrumb trail to cleaningRules.ts already; the rest stood above the headline.
    expect(parsed.removed.map((r) => r.rule)).toEqual(['above-headline', 'breadcrumb', 'above-headline', 'above-headline']);
  });

  it('a list of links above the headline stops before it', () => {
    const text = `HeadlineMill\nTrending now\n\nPutin says Russia will not allow colour revolutions in the region\n\n2 hours ago · 1 min read\n\n${SECOND}\n`;
    const parsed = parse(text);
    expect(parsed.title.text).toBe('Putin says Russia will not allow colour revolutions in the region');
    expect(parsed.removed.map((r) => [r.text, r.rule])).toEqual([
      ['HeadlineMill', 'above-headline'],
      ['Trending now', 'related-links'],
      ['2 hours ago · 1 min read', 'site-chrome'],
    ]);
  });

  it('a short headline with nothing better is still the headline', () => {
    expect(parse(`Headline\n\n${LEDE}\n`).title.text).toBe('Headline');
    expect(parse('Headline\n\nA short dek line\n\nBody one.\n').title.text).toBe('Headline');
  });

  it('refuses a file whose lines above the text are all chrome, and says why', () => {
    let error: unknown;
    try {
      parse(`Menu\nWorld | Asia | Europe\n\n${LEDE}\n`);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(/The file has no headline: the title-like lines above its text read as site chrome \(line 2 "World \| Asia \| Europe": a menu\)/);
  });
});

describe('bylines, the outlet’s other pages, the author', () => {
  it('names and "Posted … by" lines under the headline are bylines; the author’s note is removed by its name', () => {
    const text = [
      'What the CSTO summit told us about Kazakhstan', '', 'Eurasia Watch', 'Posted on January 11, 2022 by Marat K.', '', LEDE, '',
      'Marat K. is a political analyst based in Bishkek who has covered Central Asia for a decade.',
    ].join('\n');
    expect(rules(text)).toEqual({
      'Eurasia Watch': 'byline',
      'Posted on January 11, 2022 by Marat K.': 'byline',
      'Marat K. is a political analyst based in Bishkek who has covered Central Asia for a decade.': 'author-bio',
    });
  });

  it('a line the outlet prints on its other pages is boilerplate; a long repeated paragraph is kept as a doubt', () => {
    const background = 'The protests began on 2 January in the west of the country over a sharp rise in fuel prices and spread to Almaty, where the worst of the violence took place.';
    const footer = 'When using materials of the site, a hyperlink to the site is obligatory.';
    const text = `Tokayev says coup attempt was defeated\n\n${LEDE}\n\n${background}\n\n${footer}\n`;
    const sibling = `Another headline here today\n\n${SECOND}\n\n${background}\n\n${footer}\n`;
    const parsed = parse(text, { outletTexts: [sibling] });
    expect(parsed.removed.map((r) => [r.text, r.rule])).toEqual([[footer, 'outlet-boilerplate']]);
    expect(parsed.doubts?.map((d) => d.text)).toEqual([background]);
    expect(chromeSuspects(parsed).find((s) => s.text === background)?.reasons).toEqual(['unsure']);
    // Without the outlet's other files, nothing is repeated.
    expect(rules(text)).toEqual({});
  });
});

describe('article sentences that look like chrome stay', () => {
  it('keeps them as text', () => {
    const sentences = [
      'Support for the CSTO mission was strong in Moscow, officials said.',
      'You could hear gunfire all night, a resident of Almaty said.',
      'Kazakhstan’s foreign minister has 20 years of experience in diplomacy, his ministry said.',
      'Source: the interior ministry said 7,939 people had been detained.',
      'The ratio of troops was 50/50 between Russian and other forces, he said.',
      'Comments by Putin were broadcast on state television in the evening.',
      'Originally, the protests were about the price of liquefied gas in Zhanaozen.',
      'Subscribers to state TV saw the address first, as did many viewers online.',
      '“Donate blood,” the health ministry urged residents of Almaty on Sunday.',
      'Lukpan Akhmedyarov is a journalist who was briefly detained in Uralsk, his lawyer said.',
    ];
    const text = `Tokayev says coup attempt was defeated\n\n${LEDE}\n\n${sentences.join('\n\n')}\n`;
    expect(rules(text)).toEqual({});
    expect(kept(text)).toEqual([LEDE, ...sentences]);
  });
});

describe('the headline right under navigation or a section label', () => {
  it.each([
    ['a breadcrumb on the line above', ['Home › World › Asia', 'Tokayev tells summit the unrest was a coup', '', LEDE, '', SECOND]],
    ['two section labels above', ['News', 'World', 'Tokayev tells summit the unrest was a coup', '', LEDE, '', SECOND]],
    ['a menu above', ['Menu | Sport | World | Business', 'Tokayev tells summit the unrest was a coup', LEDE, SECOND]],
    ['a text of short sentences only', ['Home › World › Asia', 'Leaders meet on the unrest', '', 'The leaders met by video on Monday.', '', 'They spoke of a coup.']],
  ])('%s', (_, lines) => {
    const parsed = parse(lines.join('\n'));
    expect(parsed.title.text).toBe(lines.find((line) => /coup$|unrest$/u.test(line)));
  });

  it('a masthead and its tagline still stay out of the headline', () => {
    const parsed = parse(['Valley Courier', 'Your news, every day', '', 'Leaders meet on the unrest', '', LEDE, '', SECOND].join('\n'));
    expect(parsed.title.text).toBe('Leaders meet on the unrest');
  });
});
