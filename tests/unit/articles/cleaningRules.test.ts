/**
 * The line rules one by one: what each removes (in the forms sites print it, beyond the fixtures)
 * and the article sentences that look like it but must stay. A rule that starts eating text
 * fails here first.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleaningRules,
  listHeading,
  matchLineRule,
  matchWeakLineRule,
  type CleaningRuleName,
} from '../../../src/lib/articles/cleaningRules.ts';

const removes: Partial<Record<CleaningRuleName, string[]>> = {
  'update-note': ['(Adds Putin quotes, death toll)', '(Updates with casualty figures from health ministry)', '(Corrects spelling of name in paragraph 3)', '(Recasts with summit, adds background)', '(Refiles to fix typo in headline)'],
  'page-number': ['Page 2 of 3', 'page 4', 'Page 12/40', 'p. 12', 'Pg. 3', '- 4 -', '— 17 —'],
  byline: [
    'By Olga Petrova and James Hart',
    'By OLGA PETROVA',
    'By Olga Petrova, Reuters',
    'By Olga Petrova | AFP',
    'By Reuters Staff',
    'By The Associated Press',
    'By Jean-Paul de la Fontaine and Aigerim O’Neill',
    'Written by James Hart',
    'Author: Aigerim Sadykova',
    'By our correspondent in Almaty',
    'Posted on January 11, 2022 by admin',
    'Posted by admin on January 11, 2022',
  ],
  dateline: [
    '18:15',
    '6:12 p.m.',
    '15:40 GMT',
    '15:40 (UTC+6)',
    '10 января 2022, 18:40',
    '10 января 2022 г. в 18:40',
    'Понедельник, 10 января 2022',
    '10 січня 2022 р.',
    '2022 ж. 10 қаңтар, 18:40',
    '10. Januar 2022 um 18:40',
    '10 Ocak 2022 Pazartesi 18:40',
    'lundi 10 janvier 2022',
    '10 de enero de 2022',
    'Published January 10, 2022 at 6:12 p.m. | Updated 7:40 p.m.',
    'Published 10 January 2022 · Updated 11 January 2022',
    'NUR-SULTAN, Jan 10',
    'MOSCOW, January 10 (Reuters) -',
    'ALMATY, Kazakhstan, Jan. 10',
    'NUR-SULTAN, Kazakhstan (AP) —',
    'Published 10 January 2022',
    'Updated: Jan 10, 2022 14:05 GMT',
    'Monday, January 10, 2022',
    '10 January 2022',
    'January 10, 2022 2:14 PM GMT',
    '10.01.2022, 17:25',
    '2022-01-10 17:25',
    'Posted on January 11, 2022',
    'Updated 2 hours ago',
    'Published January 10, 2022 at 6:42 p.m. EST',
    'Last updated on 10 January 2022',
    'Jan 10, 2022 / 06:42 PM IST',
  ],
  'wire-credits': [
    'Reporting by Olga Petrova in Almaty and James Hart in Moscow; Editing by Gareth Jones',
    '(Reporting by Olga Petrova; Editing by Gareth Jones)',
    'Writing by Mark Trevelyan; editing by Andrew Heavens',
    'Additional reporting by Dasha Litvinova in Moscow',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Associated Press writer Dasha Litvinova in Moscow contributed to this report.',
  ],
  'share-buttons': [
    'Share', 'Share on Facebook', 'Share on WhatsApp', 'Share via Email', 'Tweet', 'Pin it', 'Email', 'Print',
    'Share this:', 'Share this article', 'Like this:', 'Copy link',
    'Click to share on Twitter (Opens in new window)',
    'Share: Facebook | Twitter', 'Facebook | Twitter | Email | Print', 'Facebook Twitter WhatsApp',
    'Follow us on Twitter and Telegram', 'Follow us on Telegram', 'Join our Telegram channel',
    'Share on Facebook  Share on X  Email', 'Facebook\tTwitter\tEmail',
  ],
  tags: [
    'Tags: Kazakhstan, CSTO, Russia', 'Topics: Kazakhstan unrest', 'Filed under: World', 'Filed under World',
    'Posted in World, Asia', 'Tagged CSTO, Kazakhstan', 'Categories: World | Asia', 'Keywords: Tokayev; Putin',
  ],
  'cookie-notice': [
    'We use cookies to improve your experience…',
    'This website uses cookies to ensure you get the best experience.',
    'We and our partners use cookies to personalise ads.',
    'By continuing to use this site you consent to our use of cookies.',
    'Accept all cookies', 'Accept cookies', 'Reject all', 'Manage preferences', 'Manage cookie preferences',
    'Cookie settings',
  ],
  newsletter: [
    'Sign up for our newsletter', 'Subscribe to our newsletter', 'Sign up to our daily briefing',
    'Get the latest headlines in your inbox', 'Enter your email address', 'Subscribe', 'Subscribe now',
    'Newsletter', 'Thank you for subscribing!',
  ],
  'related-links': [
    'Related', 'Related stories', 'RELATED STORIES', 'More from World', 'More on this story', 'You may also like',
    'You might also like:', 'Recommended for you', 'Most read', 'Most popular', 'Top stories', 'Read next',
    'See also:', "Editor's picks", 'Don’t miss', 'Related: Who is Tokayev?', 'READ ALSO: Kazakhstan restores internet',
    'See also — What is the CSTO?', 'Read also: Kazakhstan restores internet',
  ],
  advertisement: [
    'Advertisement', 'ADVERTISEMENT', 'Advertisement:', 'Ad', 'Advert', 'Story continues below advertisement',
    'Article continues below advertisement', 'Story continues below', 'Scroll to continue with content',
    'Scroll to continue reading', 'Advertisement - Scroll to continue', 'Sponsored', 'Sponsored content',
    'Promoted stories', 'Paid partnership', 'Sponsored by Example Bank',
  ],
  'photo-credit': [
    'Photo: Reuters/Pavel Mikheyev', '(Photo by Abduaziz Madyarov/AFP via Getty Images)', '© AFP', '©Sputnik',
    'Image source, Getty Images', 'Photograph: Pavel Mikheyev/Reuters', 'Credit: AP Photo/Vladimir Tretyakov',
    'REUTERS/Pavel Mikheyev', 'AP Photo/Vladimir Tretyakov', 'Getty Images', 'Photo credit: Akorda press service',
    'Sputnik/Mikhail Klimentyev/Kremlin via Reuters', 'Photo by Pavel Mikheyev', 'AFP PHOTO / Abduaziz MADYAROV',
    'Getty Images/iStockphoto', 'RIA Novosti / Sputnik',
  ],
  'photo-caption': [
    'Image caption, Troops in Almaty on 7 January', 'Caption: Troops in Almaty', 'Pictured: Kassym-Jomart Tokayev',
    'Troops patrol Almaty on 10 January. (Photo by Abduaziz Madyarov/AFP via Getty Images)',
    'Troops patrol Almaty on 10 January. Photograph: Pavel Mikheyev/Reuters',
  ],
  'translation-note': [
    'This article was machine-translated from Russian.', 'This article has been automatically translated.',
    'This is a machine translation.', 'Translated from Russian by Aigerim Sadykova', 'Translated from the Kazakh',
    'Machine translation by Google', 'Translation: KazTAG',
  ],
  'language-editions': [
    'Read this article in Russian', 'Read in Kazakh', 'Also available in: Русский, Қазақша', 'EN | RU | KZ',
    'Русский Қазақша English', 'English | Русский | Қазақша',
  ],
  breadcrumb: ['Home › World › Asia', 'Home > News', 'Home / World / Kazakhstan unrest'],
  'site-chrome': [
    '3 min read', '5-minute read', 'Reading time: 4 min', 'Listen to this article',
    '© 2022 Reuters. All rights reserved.', 'Copyright 2022 The Associated Press. All rights reserved.',
  ],
};

/** Article sentences that start like chrome and must stay. */
const keeps = [
  '18:15 Tokayev says the troops will leave.',
  '3:1',
  '10.50',
  '10 января',
  '10 января 2022 года протестующие захватили здание акимата',
  'Mars 2022: 10 missions',
  '10 мая 2022 года, в понедельник, в Алматы прошёл митинг.',
  '(Adds up to 164 deaths, the ministry said.) The toll rose.',
  '(The ministry later corrected the figure.)',
  'Updates with casualty figures were posted hourly.',
  'Page 3 of the report lists 164 names.',
  '2 of 3 detainees were released.',
  '- 4 people were hurt -',
  'Published in 2020 | Updated every year, the register lists 4,000 firms.',
  'Share prices  fell  sharply in Almaty.',
  'Updated figures: 164 | killed, officials said.',
  'Tags were found on the bodies',
  'Tags were found on the bodies.',
  'Advertisement revenue fell',
  'Advertisement revenue fell sharply during the internet shutdown.',
  'Share prices in Almaty fell sharply.',
  'Email and messaging services were cut during the blackout.',
  'By Sunday, 164 people had been killed.',
  'By Monday the internet had been restored in Almaty',
  'By Tokayev’s order, troops could fire without warning.',
  'Reporting by state media suggested the toll was higher.',
  'Photo by photo, the archive shows the crackdown.',
  'Pictures by state TV showed troops in Almaty.',
  'Images, shared on social media, showed burning cars.',
  'Photographs of the burnt-out mayor’s office were shared widely.',
  'Related protests broke out in Aktau and Zhanaozen.',
  'Related-party deals of the Nazarbayev family came under scrutiny.',
  'More from the summit: Putin said the troops would leave.',
  'Sponsored by the state, the rallies drew thousands.',
  'Subscribers lost mobile internet for five days.',
  'Sign up sheets for volunteers appeared in Almaty.',
  'We use the figure of 2,030 troops given by Tokayev.',
  'Cookies and tea were handed out to soldiers.',
  'Accept the results, Tokayev told the protesters.',
  'Loading of the transport planes began at dawn.',
  'Like this summit, earlier CSTO meetings were held by video.',
  'Print media were also shut down.',
  'Follow us, the soldiers shouted.',
  'Tweet by tweet, the ministry updated the toll.',
  'Filed under the emergency law, the charges carry long sentences.',
  'Posted in Almaty, the troops guarded the airport.',
  'Topics discussed at the summit included the withdrawal.',
  'Translated into Russian, the slogan means “Old man, go away”.',
  'Translation of the speech was provided by the Kremlin.',
  'Updated figures put the toll at 164.',
  'Published figures show 7,939 people detained.',
  'January 10, 2022 was declared a day of mourning.',
  'Ad hoc tribunals were not ruled out.',
  'Scroll through the photos to see the damage.',
  'Story continues to unfold in Almaty.',
  'Read also the statement of the foreign ministry.',
  'Latest news from Almaty suggests calm has returned.',
  'Most read newspapers in Kazakhstan are state-owned.',
  'English and Russian are both official languages.',
  'Read in Russian, the decree is blunt.',
  'Reuters/Ipsos polling suggests most Russians backed the deployment.',
  'ALMATY, Jan 10 (Reuters) - Kazakh President Kassym-Jomart Tokayev said on Monday that order had been restored.',
  'NUR-SULTAN. 10 January. KAZINFORM – Head of State Kassym-Jomart Tokayev took part in the session.',
  'Home to two million people, Almaty was hit hardest.',
  'By continuing the operation, Tokayev said, the troops would restore order.',
  'We are talking about an attempted coup',
  'Photo opportunities were scarce at the video summit.',
  'Caption competitions were not what the Kremlin had in mind.',
  'Credit rating agencies warned about the unrest.',
  'Sputnik',
  'Reuters',
  // A day without a year may head a chronology; it stays (a subhead or a paragraph).
  '5 January',
  'January 10',
  'Death toll',
  'What happens next',
  'More stories emerged of looting in Almaty.',
  'Most popular among the protesters was the slogan “Shal ket”.',
];

describe('line rules', () => {
  for (const [rule, lines] of Object.entries(removes)) {
    it(`${rule}: removes what sites print`, () => {
      for (const line of lines) expect(`${line} → ${matchLineRule(line)}`).toBe(`${line} → ${rule}`);
    });
  }

  it('keeps article sentences that merely start like chrome', () => {
    for (const line of keeps) expect(`${line} → ${matchLineRule(line)}`).toBe(`${line} → undefined`);
  });

  it('every rule has a kebab-case name equal to its key and a reason for readers', () => {
    for (const [key, rule] of Object.entries(cleaningRules)) {
      expect(rule.name).toBe(key);
      expect(key).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.reason).toMatch(/^\S.{20,}[.)]$/u);
    }
  });

  it('chrome is short: a long line is never removed by the newer rules', () => {
    expect(matchLineRule(`Tags: ${'Kazakhstan, '.repeat(40)}CSTO`)).toBeUndefined();
    expect(matchLineRule(`By ${'Olga Petrova and '.repeat(20)}James Hart`)).toBeUndefined();
  });
});

describe('weak lines and list headings', () => {
  it('weak lines: bare network names and banner buttons, chrome only beside their rule', () => {
    expect(['Facebook', 'Twitter', 'Telegram', 'Like', 'Loading...', 'Loading…'].map(matchWeakLineRule)).toEqual(
      Array(6).fill('share-buttons'),
    );
    expect(['Accept', 'Got it', 'OK', 'I agree', 'Privacy policy'].map(matchWeakLineRule)).toEqual(Array(5).fill('cookie-notice'));
    // Strong lines are not weak, and text is neither.
    expect(['Email', 'Share on Facebook', 'Facebook users were cut off.', 'Telegram channels'].map(matchWeakLineRule)).toEqual(
      Array(4).fill(undefined),
    );
    for (const line of ['Facebook', 'Twitter', 'Like', 'Accept', 'OK']) expect(matchLineRule(line)).toBeUndefined();
  });

  it('list headings: related lists run across blank lines, sponsored lists only as a block', () => {
    expect(listHeading('Related stories')).toEqual({ rule: 'related-links', acrossBlankLines: true });
    expect(listHeading('More from World')).toEqual({ rule: 'related-links', acrossBlankLines: true });
    expect(listHeading('Sponsored')).toEqual({ rule: 'advertisement', acrossBlankLines: false });
    expect(listHeading('Advertisement')).toBeUndefined();
    expect(listHeading('Related: Who is Tokayev?')).toBeUndefined();
  });
});

describe('no catastrophic backtracking', () => {
  const slow = (line: string): number => {
    const start = performance.now();
    matchLineRule(line);
    matchWeakLineRule(line);
    listHeading(line);
    return performance.now() - start;
  };

  // Catastrophic backtracking takes seconds; the bound leaves room for a loaded test machine.
  it('adversarial lines of up to 300 characters and beyond match in milliseconds', () => {
    const hostile = [
      `By ${'A '.repeat(148)}!`,
      `Home${' >'.repeat(149)}`,
      `${'NUR-SULTAN, '.repeat(24)}!`,
      `NUR-SULTAN${' '.repeat(280)}, Jan 10!`,
      `Photo: ${'a/'.repeat(145)}!`,
      `${'Jan 10 '.repeat(42)}!`,
      `Sponsored by ${' '.repeat(280)}!`,
      `more from ${'a '.repeat(140)}!`,
      `Posted on ${'1 '.repeat(140)}by x y z w v`,
      `Posted by ${'x '.repeat(140)}on !`,
      `${'a, '.repeat(99)}!`,
      `Tags: ${'a '.repeat(145)}.`,
      `Reporting by ${'A; Reporting by '.repeat(17)}!`,
      `${'x'.repeat(250)}(Photo by ${'x'.repeat(40)}`,
      `${'x. '.repeat(90)}Photo: ${'y'.repeat(30)}.`,
      `By continuing ${'cookie '.repeat(40)}`,
      `Sign up ${'newsletter '.repeat(25)}!`,
      `Updated: ${'10 January 2022 '.repeat(17)}`,
      `${'word '.repeat(100_000)}end`,
    ];
    // Backtracking would take seconds to minutes on these lines; 1 s leaves room for a loaded machine.
    for (const line of hostile) expect(slow(line), line.slice(0, 40)).toBeLessThan(1000);
  });

  it('random chrome-like lines never take long', () => {
    const token = fc.constantFrom(
      'By', 'by', 'Photo', 'Photo:', '©', '/', '|', '›', 'Home', 'Jan', '10', '2022', ',', ' ', '  ', 'NUR-SULTAN',
      '(AP)', '—', 'Reporting', 'Editing', ';', 'Share', 'on', 'Facebook', 'Tags:', 'cookies', 'We', 'use', 'Sign',
      'up', 'inbox', 'Related', 'More', 'from', 'Sponsored', 'Advertisement', 'via', 'Getty', 'Images', 'Translated',
      'Read', 'in', 'Russian', 'A', 'a', '.', '...', '…', 'Posted', 'Updated:', ':', '14:05', 'GMT',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), (tokens) => {
        expect(slow(tokens.join(' ').slice(0, 300))).toBeLessThan(1000);
      }),
      { numRuns: 2000 },
    );
  });
});
