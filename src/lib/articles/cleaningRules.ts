/**
 * cleaningRules: the named rules that drop site chrome from a raw article file.
 *
 * Each rule has a stable name (shown in the cleaning report and pinned by tests) and a reason
 * written for readers. Line rules look at one line alone; context rules (breadcrumb, outlet label,
 * repeated caption, what follows a comment form, the headlines under a "Related stories" heading,
 * a caption beside a photo credit, a bare "Facebook" beside share buttons) need the whole file and
 * are applied by `parseArticle`, which owns the order. General rules come first; a per-article
 * override lives in the article metadata with its own reason.
 *
 * The patterns describe what sites print everywhere (share buttons, cookie banners, bylines,
 * credits), never one outlet's wording. They are anchored to the whole line and demand the shape of
 * chrome, not just a word: "Tags: Kazakhstan, CSTO" is chrome, "Tags were found on the bodies" is
 * text. Rules added after the first five articles only look at lines of at most
 * MAX_CHROME_LINE_CHARS characters, and every pattern is linear or bounded, so a hostile line
 * cannot make matching slow.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarWords.ts';
import { stampCalendar, stampWord } from '../text/stampCalendar.ts';

import type { CleaningRuleName } from './ruleCatalogue.ts';

export { cleaningRules, type CleaningRule, type CleaningRuleName } from './ruleCatalogue.ts';

/** Chrome is short; longer lines are left to the rules of the first five articles only. */
const MAX_CHROME_LINE_CHARS = 300;

const commentForm: readonly RegExp[] = [
  /^leave a (reply|comment)$/i,
  /^post a comment$/i,
  /^(no|\d+) comments?:?$/i,
  /^your email address will not be published\b/i,
  /^click below to express your thoughts\b/i,
  /^(cancel reply|post comment|submit comment)$/i,
];

const readMore: readonly RegExp[] = [/^read more\b/i, /^continue reading\b/i];

const siteChrome: readonly RegExp[] = [
  /^exit mobile version$/i,
  /^skip to (main )?content$/i,
  // Reading-time and audio-player labels.
  /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[ -](?:min|mins|minute|minutes)[ -]read$/iu,
  /^reading time\s*:?\s*\d{1,3}\s*(?:min|mins|minutes?)\.?$/iu,
  /^listen to (?:this|the) (?:article|story|report)\b.{0,30}$/iu,
  // Copyright footers ("© 2022 Reuters. All rights reserved."); a bare "© AFP" is a photo credit.
  /^(?:©|\(c\)|copyright\b).{0,150}\ball rights reserved\b.{0,30}$/iu,
  /^copyright\s*(?:©\s*)?\d{4}\b.{0,100}$/iu,
];

// ---------------------------------------------------------------------------------------------
// Languages

/** Endonyms that sites print as links to their other language editions. */
const languageEndonyms = [
  'english', 'हिंदी', 'मराठी', 'বাংলা', 'اردو', 'español', 'français', 'deutsch', 'italiano',
  'português', 'русский', 'українська', 'қазақша', "o'zbekcha", 'türkçe', 'العربية', 'فارسی',
  '中文', '日本語', '한국어',
];
/** The same languages named in English, as "Read this article in Russian" prints them. */
const languageExonyms = [
  'russian', 'kazakh', 'uzbek', 'kyrgyz', 'tajik', 'turkmen', 'ukrainian', 'belarusian', 'georgian',
  'armenian', 'azerbaijani', 'chinese', 'japanese', 'korean', 'arabic', 'persian', 'turkish', 'hindi',
  'urdu', 'french', 'german', 'spanish', 'italian', 'portuguese',
];
const languageNames = new Set([...languageEndonyms, ...languageExonyms].map((name) => name.normalize('NFC')));
/** Language codes of an "EN | RU | KZ" switcher; only counted when at least two stand together. */
const languageCodes = new Set(['en', 'eng', 'ru', 'rus', 'рус', 'kz', 'kk', 'kaz', 'қаз', 'uz', 'ky', 'tj', 'zh', 'cn', 'de', 'fr', 'es', 'ar', 'tr', 'ua']);

function isLanguageEditions(text: string): boolean {
  const tokens = text.split(/[\s|/•·,]+/u).filter(Boolean);
  const key = (token: string): string => token.normalize('NFC').toLowerCase();
  if (tokens.length === 0) return false;
  if (tokens.every((token) => languageNames.has(key(token)))) return true;
  return tokens.length >= 2 && tokens.every((token) => languageNames.has(key(token)) || languageCodes.has(key(token)));
}

/** "Read this article in Russian", "Also available in: Русский, Қазақша". */
function isLanguageEditionLink(text: string): boolean {
  const readIn = /^(?:read|view|see|open)(?: (?:this|the) (?:article|story|page|text|news|interview|report))? in\s+(\S+)$/iu.exec(text);
  if (readIn?.[1]) return languageNames.has(readIn[1].normalize('NFC').toLowerCase());
  const available = /^(?:this (?:article|page|story|text) is )?(?:also )?available in\s*:?\s*(.+)$/iu.exec(text);
  return available?.[1] !== undefined && isLanguageEditions(available[1]);
}

const translationNote: readonly RegExp[] = [
  /^this (?:article|story|text|page|news|post|report|material|interview|publication|item) (?:was|has been|is|were|have been) (?:automatically |machine[- ]|auto-?)?translated\b/iu,
  /^this is an? (?:automatic |automated |machine |auto-?)?translation\b/iu,
  // "Translated from Russian by Aigerim S.", "Machine translation by Google", "Translation: KazTAG".
  /^(?:machine[- ]|automatic(?:ally)? |auto-?)?translat(?:ed|ion)(?: from (?:the )?\p{L}+)?(?:(?: by|:) [^.,;!?]{1,50})?\.?$/iu,
];

// ---------------------------------------------------------------------------------------------
// Dates and names

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '\\d{4}';
/** A calendar date with its year, in the forms pages print: "January 10, 2022", "10.01.2022". */
const DATE_WITH_YEAR = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+${MONTH},?\\s+${YEAR}|\\d{1,2}[./-]\\d{1,2}[./-]${YEAR}|${YEAR}-\\d{2}-\\d{2})`;
/** A date that may leave out the year: "Jan 10", "10 January". */
const DATE = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?|\\d{1,2}[./-]\\d{1,2}[./-]${YEAR}|${YEAR}-\\d{2}-\\d{2})`;
const TIME = `(?:\\s*(?:,|at|kl\\.|um|à|alle|om|saat|в|[-–—|•/])?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?`;
const STAMP_LABEL = '(?:(?:published|updated|last updated|last modified|posted|first published|date|modified)(?:\\s+on)?\\s*:?\\s*)';
const PLACE_NAME = "[\\p{Lu}][\\p{L}\\p{M}'’.\\-/ ]{1,40}";
/** One or two place names, each followed by a comma: "NUR-SULTAN, ", "Almaty, Kazakhstan, ". */
const PLACE = `(?:${PLACE_NAME},\\s*){1,2}`;
/** "(Reuters)", or between slashes as some agencies sign: "/ SRW /". */
const AGENCY = '(?:\\s*\\([\\p{L} .&]{2,30}\\)|\\s*/\\s*[\\p{Lu}.&]{2,12}\\s*/)';

const datelineLines: readonly RegExp[] = [
  // "NUR-SULTAN, Jan 10", "ALMATY, Kazakhstan, Jan 10 (Reuters) -": a place, a date.
  new RegExp(`^${PLACE}${DATE}${TIME}${AGENCY}?\\s*[-–—:]?$`, 'iu'),
  // "NUR-SULTAN, Kazakhstan (AP) —": a place and the agency, ready to run into the text.
  new RegExp(`^${PLACE_NAME}(?:,\\s*${PLACE_NAME})?${AGENCY}\\s*[-–—]$`, 'u'),
  // "Published: 10 January 2022, 18:42 GMT", "Updated 10 Jan 2022", "Posted on January 11, 2022".
  new RegExp(`^${STAMP_LABEL}${DATE}${TIME}$`, 'iu'),
  // A bare date with its year and perhaps a time: "January 10, 2022 2:14 PM GMT", "10.01.2022, 17:25".
  // A bare "5 January" stays: it may head a chronology.
  new RegExp(`^${DATE_WITH_YEAR}${TIME}$`, 'iu'),
  /^(?:updated|published|posted)\s*:?\s*\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/iu,
  // The label alone, its date on the next line: "Published" / "10 January 2022".
  /^(?:published|updated|last updated|first published|posted)\s*:?$/iu,
  // A time alone, as a live page stamps each entry: "18:15", "6:12 p.m.", "15:40 GMT", "15:40 (UTC+6)".
  /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?$/iu,
];
const dateOnly = new RegExp(`^${DATE}${TIME}$`, 'iu');

/** A date stamp is short; a longer line of date words is a chronology's sentence. */
const MAX_STAMP_CHARS = 60;

/**
 * A date stamp in any of the stamp calendar's languages (text/stampCalendar.ts): a line made only
 * of a day, a month name, a year or a time, weekday names and the words dates are printed with,
 * "10 января 2022, 18:40", "10. Januar 2022 um 18:40", "10 Ocak 2022 Pazartesi". Like the English
 * rule, a bare day and month ("5 января") stays: it may head a chronology.
 */
function isLocalisedDateStamp(text: string): boolean {
  if (text.length > MAX_STAMP_CHARS) return false;
  const { months, weekdays, glue } = stampCalendar();
  let day = false;
  let month = false;
  let yearOrTime = false;
  for (const token of text.split(/[\s,|/–—-]+/u)) {
    const word = stampWord(token.replace(/^\(+|\)+$/gu, ''));
    if (word === '') continue;
    if (/^\d{4}$/u.test(word) || /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/u.test(word)) yearOrTime = true;
    else if (/^\d{1,2}$/u.test(word)) day = true;
    else if (months.has(word)) month = true;
    else if (!weekdays.has(word) && !glue.has(word)) return false;
  }
  return day && month && yearOrTime;
}
/** A stamp's label with a time only, as the second half of a stamp line prints it: "Updated 7:40 p.m.". */
const labelledTime = new RegExp(`^${STAMP_LABEL}(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}(?:[+-]\\d{1,2})?\\)?)?$`, 'iu');

/**
 * Stamps run together on one line, as pages print publication and update times side by side:
 * "Published January 10, 2022 at 6:12 p.m. | Updated 7:40 p.m.". Each part must be a stamp by
 * itself (a dateline, or a label with its time), so a sentence with a bar in it is no stamp run.
 */
function isStampRun(text: string): boolean {
  const parts = text.split(/\s+[|•·]\s+/u);
  return parts.length >= 2 && parts.every((part) => /^[\p{Lu}\p{N}]/u.test(part) && (any(datelineLines, part) || labelledTime.test(part)));
}

const calendarWords = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** Lower-case words inside names ("Ursula von der Leyen") and between them ("X in Almaty and Y"). */
const nameParticles = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'dos', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'ter', 'ten']);
const nameConnectors = new Set(['and', '&', 'in', 'for', 'from', 'at', 'with']);

/**
 * "Olga Petrova and James Hart", "Olga Petrova in Almaty; James Hart in Moscow", "Reuters Staff":
 * capitalised name words joined by "and", commas or a place ("in Almaty"); no sentence words.
 */
function isNameList(text: string): boolean {
  const words = text.replace(/[,|]/gu, ' ').split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 16) return false;
  const first = words[0] as string;
  const last = words.at(-1) as string;
  if (nameConnectors.has(first.toLowerCase()) || nameConnectors.has(last.toLowerCase())) return false;
  if (calendarWords.has(first.toLowerCase()) || /^\d/u.test(first)) return false;
  let names = 0;
  for (const word of words) {
    if (nameConnectors.has(word) || nameParticles.has(word)) continue;
    if (!/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word)) return false;
    names += 1;
  }
  return names >= 1 && !/[.!?]$/u.test(last.replace(/^(?:\p{Lu}\.)+$/u, ''));
}

function isByline(text: string): boolean {
  // "Posted on January 11, 2022 by admin": the date makes it a byline, whatever the user name.
  const posted = /^(?:posted|published|written|updated|added)(?:\s+on)?\s+(.{4,60}?)\s+by\s+(\S+(?:\s+\S+){0,3})$/iu.exec(text);
  if (posted?.[1] && posted[2]) return dateOnly.test(posted[1]) && !/[.!?,;:]$/u.test(posted[2]);
  const postedBy = /^(?:posted|published|written) by\s+(\S+(?:\s+\S+){0,3}?)\s+on\s+(.{4,60})$/iu.exec(text);
  if (postedBy?.[2]) return dateOnly.test(postedBy[2]);
  if (/^by (?:our|a|the) (?:own |special |staff )?(?:correspondent|reporter|staff|staff reporter|news desk|desk|bureau)(?: in \p{Lu}\p{L}*)?$/iu.test(text)) return true;
  const by = /^(?:by|written by|words by|reported by|story by|text by|authors?\s*:|reporter\s*:|correspondent\s*:)\s+(.+)$/iu.exec(text);
  return by?.[1] !== undefined && isNameList(by[1]);
}

/** "Reporting by X in Almaty; Additional reporting by Y; Editing by Z", in parentheses or not. */
const creditRole =
  /^(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|graphics|research|produced|fact-checking)\s+by\s+(.+)$/iu;

function isWireCredits(text: string): boolean {
  if (/^our standards\s*:/iu.test(text)) return true;
  if (/\bcontributed(?: reporting)? to this (?:report|story|article)\.?$/iu.test(text) && text.length <= 250) return true;
  // Strip the brackets and the final stop by hand: a trailing `\s*…$` pattern is quadratic or worse
  // on a line of spaces.
  let inner = text;
  if (/^[([]/u.test(inner)) inner = inner.slice(1).trimStart();
  if (inner.endsWith('.')) inner = inner.slice(0, -1).trimEnd();
  if (/[)\]]$/u.test(inner)) inner = inner.slice(0, -1).trimEnd();
  return inner.split(/\s*;\s*/u).every((part) => {
    const credit = creditRole.exec(part);
    return credit?.[1] !== undefined && isNameList(credit[1]);
  });
}

// ---------------------------------------------------------------------------------------------
// Buttons, banners and prompts

const platformNames = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'vk', 'vkontakte',
  'odnoklassniki', 'pinterest', 'tumblr', 'viber', 'messenger', 'flipboard', 'threads', 'bluesky',
  'mastodon', 'instagram', 'youtube', 'tiktok', 'email', 'e-mail', 'mail', 'sms',
]);
const arePlatforms = (text: string): boolean => {
  const names = text.split(/\s*(?:,|&|\band\b|\s)\s*/u).filter(Boolean);
  return names.length > 0 && names.every((name) => platformNames.has(name));
};

/**
 * One share-bar item. Strong: an unmistakable button ("Share on Facebook", "Tweet", "Email").
 * Weak: a bare network name or "Like", which counts only beside strong share buttons.
 */
function shareItem(raw: string): 'strong' | 'weak' | undefined {
  const item = raw
    .toLowerCase()
    .replace(/\s*\(opens in (?:a )?new window\)$/u, '')
    .replace(/^click to\s+/u, '')
    .replace(/\s*:$/u, '');
  if (/^(?:loading(?:\.\.\.|…)|like|save|close panel)$/u.test(item)) return 'weak';
  if (/^like loading(?:\.\.\.|…)$/u.test(item)) return 'strong';
  if (platformNames.has(item) && item !== 'email' && item !== 'e-mail') return 'weak';
  if (
    /^(?:share(?: (?:this|the))?(?: (?:article|story|post|page|video|news|report|analysis|piece|interview|column|commentary|episode))?|about sharing|tweet(?: this)?|pin(?: it)?|e-?mail(?: this(?: article| story)?)?|print(?: this(?: article| page| story)?)?|copy(?: the)? link|link copied|like this|follow us)$/u.test(item)
  ) {
    return 'strong';
  }
  const via = /^(?:share|post|send|tweet|pin it|follow us)(?: (?:it|this))?(?: (?:on|to|via|with|in))?\s*:?\s+(.+)$/u.exec(item);
  if (via?.[1] && arePlatforms(via[1])) return 'strong';
  const join = /^join (?:us on|our) (\S+)(?: (?:channel|group|community|page))?$/u.exec(item);
  if (join?.[1] && platformNames.has(join[1])) return 'strong';
  if (item.includes(' ') && arePlatforms(item)) return 'strong';
  return undefined;
}

function shareButtons(text: string): 'strong' | 'weak' | undefined {
  // Copied share bars keep their buttons apart with bars, bullets, tabs or runs of spaces.
  const items = text.split(/\s*[|•·]\s*|\t+|\s{2,}/u).filter(Boolean);
  const kinds = items.map(shareItem);
  if (kinds.length === 0 || kinds.some((kind) => kind === undefined)) return undefined;
  return kinds.includes('strong') || kinds.length >= 2 ? 'strong' : 'weak';
}

/** A short list of labels: "Kazakhstan, CSTO, Russia", "World | Asia". */
function isLabelList(text: string): boolean {
  const items = text.split(/\s*[,|•;]\s*/u).filter(Boolean);
  return (
    items.length > 0 &&
    items.length <= 15 &&
    items.every((item) => item.length <= 40 && item.split(/\s+/u).length <= 5 && !/[.!?:]$/u.test(item))
  );
}

function isTags(text: string): boolean {
  const labelled = /^(?:tags?|topics?|related topics|keywords?|categories|category|labels?|subjects?|sections?)\s*:\s*(.+)$/iu.exec(text);
  if (labelled?.[1]) return isLabelList(labelled[1]);
  const filed = /^(?:filed under|posted in|tagged(?: with| in)?)\s*:?\s+(.+)$/iu.exec(text);
  return filed?.[1] !== undefined && isLabelList(filed[1]);
}

const cookieNotice: readonly RegExp[] = [
  /^(?:we|we and our (?:partners|vendors)|this (?:web)?site|our (?:web)?site|this page)\s+(?:use|uses|are using|is using|store|stores)\s+cookies?\b/iu,
  /^by (?:continuing|using|browsing|clicking)\b.{0,200}\bcookies?\b/iu,
  /^(?:accept|allow|reject|decline|refuse|deny)(?: all| necessary| essential| optional| selected| only necessary)? cookies$/iu,
  /^(?:accept|allow|reject|decline|refuse|deny) all$/iu,
  /^(?:manage|change|customi[sz]e|update|adjust)(?: your| my)?(?: cookie| privacy| consent)? (?:preferences|settings|choices|options|consent)$/iu,
  /^cookie (?:settings|preferences|policy|notice|consent|declaration)$/iu,
];
/** Banner buttons that mean nothing alone; removed only beside a cookie notice. */
const cookieButtons = new Set([
  'accept', 'i accept', 'agree', 'i agree', 'agree and close', 'ok', 'okay', 'got it', 'close', 'continue',
  'learn more', 'more info', 'more information', 'privacy policy', 'settings', 'options', 'allow', 'deny',
  'reject', 'decline', 'i understand', 'understood', 'dismiss',
]);

const newsletter: readonly RegExp[] = [
  /^(?:sign up|subscribe|register|join|get|receive)\b.{0,120}\b(?:newsletters?|briefings?|bulletins?|digest|mailing list|inbox|e-?mail (?:alerts|updates))\b.{0,60}$/iu,
  /^(?:sign up|subscribe)(?: now| here| for free| today)?[.!]?$/iu,
  /^newsletters?$/iu,
  /^enter your e-?mail(?: address)?\b.{0,60}$/iu,
  /^(?:thanks?|thank you) for (?:signing up|subscribing)\b.{0,80}$/iu,
];

// ---------------------------------------------------------------------------------------------
// Link lists and advertising

const relatedHeading =
  /^(?:related(?: (?:stories|articles|news|posts|content|coverage|links|reading|reports|topics))?|more (?:from|in) [\p{L}\p{N}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,2}|more on this (?:story|topic)|more (?:stories|news|articles|headlines|to read)|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|you may have missed|recommended(?: for you| stories| articles| reading)?|(?:most|top) (?:read|popular|viewed|shared|watched)(?: stories| articles| news| today| this week)?|trending (?:now|stories|news)|top stories|latest (?:news|stories|headlines)|read (?:next|also)|also read|see also|further reading|editor['’]?s picks|don['’]?t miss|what to read next|popular (?:now|stories|articles))\s*:?$/iu;
/** A link with its label: "Read also: Who is Tokayev?", "Related: CSTO troops land in Almaty". */
const relatedInline = /^(?:related(?: (?:story|article|news))?|read also|also read|see also|read next)(?:\s*[:»›|]|\s+[–—-])\s*\S/iu;

const sponsoredHeading =
  /^(?:sponsored(?: (?:content|stories|links|articles|by [\p{L}\p{N}&'’. -]{1,40}))?|promoted(?: (?:content|stories|links))?|paid (?:content|post|partnership)|partner content|from our (?:partners|sponsors)|ads by [\p{L}\p{N} ]{1,30})\s*:?$/iu;
const advertisement: readonly RegExp[] = [
  /^(?:advertisement|advertising|advert|ads?)\s*[:.]?$/iu,
  /^(?:advertisement|advert|ad)\s*[-–—:|]\s*(?:scroll|continue|story|article)\b.{0,50}$/iu,
  /^(?:the )?(?:story|article|text|content|report) continues (?:below|after)(?: (?:the|this))?(?: (?:advertisement|advert|ad|ads))?$/iu,
  /^scroll (?:down )?to continue(?: with (?:the )?content| reading)?$/iu,
  /^(?:remove|hide|skip) (?:ads|adverts|advertisements?)$/iu,
];

export interface ListHeading {
  rule: 'related-links' | 'advertisement';
  /**
   * Whether the list may run on across blank lines. A related-stories heading always introduces
   * links; "Sponsored" is also a bare label on an ad slot, so only lines set directly under it
   * (no blank line between) are taken as its promoted headlines.
   */
  acrossBlankLines: boolean;
}

/** A heading that introduces a list of links to other pages. */
export function listHeading(text: string): ListHeading | undefined {
  if (text.length > MAX_CHROME_LINE_CHARS) return undefined;
  if (relatedHeading.test(text)) return { rule: 'related-links', acrossBlankLines: true };
  if (sponsoredHeading.test(text)) return { rule: 'advertisement', acrossBlankLines: false };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Photos

/** Agencies and picture desks that sign photo credits ("Reuters/Pavel Mikheyev"). */
const photoAgencies = new Set([
  'reuters', 'afp', 'ap', 'ap photo', 'associated press', 'getty', 'getty images', 'epa', 'epa-efe',
  'efe', 'sputnik', 'tass', 'ria novosti', 'interfax', 'xinhua', 'anadolu', 'anadolu agency', 'kazinform',
  'dpa', 'shutterstock', 'alamy', 'pool', 'handout', 'kremlin', 'kremlin.ru', 'zuma', 'zuma press',
  'sipa', 'imago', 'picture alliance', 'akorda', 'press service', 'bloomberg', 'yonhap', 'newsis',
]);

/** "Reuters/Pavel Mikheyev", "Sputnik/Mikhail Klimentyev/Kremlin via Reuters", "Getty Images". */
function isAgencyCredit(text: string): boolean {
  const credit = text.replace(/^\(\s*/u, '').replace(/\s*\)$/u, '');
  if (credit.length > 120) return false;
  const words = credit.split(/[\s/]+/u).filter(Boolean);
  // Every word a name ("Pavel", "MADYAROV", "iStockphoto"), a particle or "via": no sentence words.
  if (words.length > 12 || !words.every((word) => /^\p{N}|\p{Lu}/u.test(word) || word === 'via' || nameParticles.has(word))) {
    return false;
  }
  const via = /\bvia\s+(.+)$/u.exec(credit);
  if (via?.[1] && photoAgencies.has(via[1].toLowerCase())) return true;
  if (['getty images', 'shutterstock', 'ap photo'].includes(credit.toLowerCase())) return true;
  const parts = credit.split(/\s*\/\s*/u);
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((part) => part.length > 0 && part.split(/\s+/u).length <= 5) &&
    // "AFP PHOTO / Abduaziz MADYAROV": the agency's picture desk signs as "<agency> photo".
    parts.some((part) => photoAgencies.has(part.toLowerCase().replace(/\s+photos?$/u, '')))
  );
}

function isPhotoCredit(text: string): boolean {
  // "Photo by …" must name a photographer or agency: "Pictures by state TV showed …" is text.
  const by = /^\(?(?:photo(?:graph)?s?|pictures?|pics?|images?) by\s+(.+?)\)?$/iu.exec(text);
  if (by?.[1]) return isNameList(by[1]) || isAgencyCredit(by[1]);
  // A label and a colon ("Photo: …", "Image source, …", "Credit: …") is chrome whatever follows,
  // as long as it is short and one phrase.
  const labelled =
    /^\(?(?:photo(?:graph)?s?|pictures?|pics?|images?)(?: (?:credit|source|courtesy))?\s*[:|]\s*(.+?)\)?$/iu.exec(text) ??
    /^(?:image|photo|picture) (?:source|credit)\s*,\s*(.+)$/iu.exec(text) ??
    /^(?:credits?|courtesy(?: of)?)\s*:\s*(.+)$/iu.exec(text);
  if (labelled?.[1]) {
    const rest = labelled[1];
    return rest.length <= 120 && rest.split(/\s+/u).length <= 12 && !/[.!?]\s/u.test(rest);
  }
  if (/^©\s*\S/u.test(text)) return text.length <= 80 && !/\brights reserved\b/iu.test(text);
  return isAgencyCredit(text);
}

const photoCaption: readonly RegExp[] = [
  /^(?:image|photo|picture|video) caption\s*[,:]\s*\S/iu,
  // The label alone, the caption on the next line.
  /^(?:image|photo|picture|video) caption\s*[,:]?$/iu,
  /^(?:caption|pictured)\s*:\s*\S/iu,
  // A caption that carries its credit: "… in Almaty. (Photo by X/AFP via Getty Images)".
  /^\S.{0,200}\((?:photo|picture|image)s?(?: by|:) [^()]{1,80}\)$/iu,
  /^\S.{0,200}[.!?]\s+(?:photo(?:graph)?|picture|image)\s*:\s*[^.!?]{1,60}$/iu,
];

// ---------------------------------------------------------------------------------------------
// Other line rules of the first five articles

/** A slash, then only an agency name: the sign-off of translated wire copy ("/yunhap news"). */
const wireSignoff = /^\/\s*\p{L}[\p{L} .-]{1,40}$/u;
/**
 * A wire story's note on its new version, a bracketed line opening with the editing verb:
 * "(Adds Putin quotes, death toll)", "(Updates with casualty figures)", "(Corrects spelling of
 * name in paragraph 3)". A bracketed sentence of text ("(Reuters) …", "(The ministry later
 * corrected the figure.)") has no such opening or runs past the closing bracket.
 */
const updateNote = /^\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|removes|inserts|fixes|repeats|adds and updates)\b[^()]{0,160}\)$/iu;

/** Only separator punctuation: "---", "* * *", "•••", "===". */
const separatorLine = /^[\s\-–—_=*~#.•·…+|/\\]+$/u;
/** "Page 2 of 3", "Page 4", "p. 12", "- 4 -": a page break of a printed, PDF or paged copy. */
const pageNumber = /^(?:(?:page|pg\.?|p\.)\s?\d{1,4}(?:\s?(?:of|\/)\s?\d{1,4})?|[-–—]\s?\d{1,4}\s?[-–—])$/iu;

/** "Home › World › Asia": a trail of short site sections that starts at the home page. */
function isBreadcrumbTrail(text: string): boolean {
  if (!/^(?:home|homepage|main|главная|басты бет)\s*[›»>/|]/iu.test(text)) return false;
  const parts = text.split(/[›»>/|]/u).map((part) => part.trim());
  return parts.length >= 2 && parts.length <= 7 && parts.every((part) => part.length > 0 && part.length <= 40 && part.split(/\s+/u).length <= 5);
}

const any = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

/** The context-free rule that drops this line, if any. `text` is the trimmed line. */
export function matchLineRule(text: string): CleaningRuleName | undefined {
  if (separatorLine.test(text)) return 'separator-line';
  if (pageNumber.test(text)) return 'page-number';
  if (any(commentForm, text)) return 'comment-form';
  if (any(readMore, text)) return 'read-more';
  if (any(siteChrome, text)) return 'site-chrome';
  if (isLanguageEditions(text)) return 'language-editions';
  if (wireSignoff.test(text)) return 'wire-signoff';
  if (text.length > MAX_CHROME_LINE_CHARS) return undefined;
  if (isLanguageEditionLink(text)) return 'language-editions';
  if (isBreadcrumbTrail(text)) return 'breadcrumb';
  if (any(translationNote, text)) return 'translation-note';
  if (isByline(text)) return 'byline';
  // Stamps start with a capital or a digit ("NUR-SULTAN", "Updated", "10.01.2022"); checked here
  // because under the case-insensitive flag \p{Lu} matches any letter.
  if (/^[\p{Lu}\p{N}]/u.test(text) && any(datelineLines, text)) return 'dateline';
  if (isStampRun(text) || isLocalisedDateStamp(text)) return 'dateline';
  if (isWireCredits(text)) return 'wire-credits';
  if (updateNote.test(text)) return 'update-note';
  if (shareButtons(text) === 'strong') return 'share-buttons';
  if (isTags(text)) return 'tags';
  if (any(cookieNotice, text)) return 'cookie-notice';
  if (any(newsletter, text)) return 'newsletter';
  const heading = listHeading(text);
  if (heading) return heading.rule;
  if (relatedInline.test(text)) return 'related-links';
  if (any(advertisement, text)) return 'advertisement';
  if (any(photoCaption, text)) return 'photo-caption';
  if (isPhotoCredit(text)) return 'photo-credit';
  return undefined;
}

/** A few capitalised words, a comma, a capitalised place: only a byline's second line when it stands under one. */
const outletAndCity = /^\p{Lu}[\p{L}\p{M}.&'’-]*(?: \p{Lu}[\p{L}\p{M}.&'’-]*){0,3}, \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u;

/**
 * A line that is chrome only in company: a bare "Facebook" or "Like" among share buttons, an
 * "Accept" or "Got it" under a cookie notice. Returns the rule it would belong to; `parseArticle`
 * removes it only when it stands in a run of that rule's lines (see there).
 */
export function matchWeakLineRule(text: string): CleaningRuleName | undefined {
  if (text.length > 40) return undefined;
  // "BBC News, Moscow" under "By Sarah Rainsford": the outlet and the reporter's city.
  if (outletAndCity.test(text)) return 'byline';
  if (shareButtons(text) === 'weak') return 'share-buttons';
  if (cookieButtons.has(text.toLowerCase().replace(/[.!]$/u, ''))) return 'cookie-notice';
  return undefined;
}

/** Agency and outlet names that scraped pages print alone above the copy. */
const outletLabels = new Set(
  [
    'sputnik', 'reuters', 'afp', 'ap', 'associated press', 'tass', 'ria novosti', 'interfax',
    'xinhua', 'yonhap', 'newsis', 'kazinform', 'anadolu', 'efe', 'dpa', 'ani', 'pti', 'ians',
    'bloomberg', 'bbc', 'cnn', 'al jazeera',
  ],
);

/** True when the whole line is only an agency or outlet name ("Sputnik", "Reuters:"). */
export function isOutletLabel(text: string): boolean {
  return outletLabels.has(text.replace(/[\s:–—-]+$/u, '').toLowerCase());
}
