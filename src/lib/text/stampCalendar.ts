/**
 * stampCalendar: the month and weekday names, and the little words dates are printed with ("г.",
 * "de", "ж."), in the languages of the outlets this site compares, so that a page's date stamp in
 * Russian, Kazakh, Turkish or German ("10 января 2022, 18:40") is read as a stamp as the English
 * ones are. The names come from the runtime's CLDR data (Intl.DateTimeFormat), not from a list
 * typed here, so every locale gets its long, short and genitive ("января") forms alike.
 */

/** Languages of the region's outlets and of the wires and sites that reprint them. */
export const STAMP_LOCALES: readonly string[] = [
  'en', 'ru', 'uk', 'be', 'kk', 'ky', 'uz', 'tg', 'tk', 'az', 'tr', 'mn', 'ka', 'hy',
  'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'ro', 'hu', 'bg', 'sr', 'hr', 'sl', 'el',
  'sv', 'da', 'nb', 'fi', 'lt', 'lv', 'et',
];

export interface StampCalendar {
  /** Month names, lower case, a final dot dropped: "january", "jan", "января", "янв", "ocak". */
  months: ReadonlySet<string>;
  /** Weekday names in the same form: "monday", "понедельник", "пн". */
  weekdays: ReadonlySet<string>;
  /** Words a formatted date or time puts between its parts: "de", "г", "ж", "at", "um", "pm". */
  glue: ReadonlySet<string>;
}

/** Lower case, without a final dot: how a stamp's words are compared. */
export const stampWord = (word: string): string => word.toLowerCase().replace(/\.+$/u, '');

function build(): StampCalendar {
  const months = new Set<string>();
  const weekdays = new Set<string>();
  const glue = new Set<string>();
  const add = (set: Set<string>, value: string): void => {
    const word = stampWord(value.trim());
    if (word !== '' && !/\d/u.test(word)) set.add(word);
  };
  for (const locale of STAMP_LOCALES) {
    const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const stamp = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    const shortDay = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2022, month, 10, 15, 30));
      add(months, alone.format(date));
      for (const format of [long, short]) for (const part of format.formatToParts(date)) if (part.type === 'month') add(months, part.value);
      for (const part of stamp.formatToParts(date)) {
        if (part.type === 'weekday') add(weekdays, part.value);
        // Words only: a literal of punctuation and spaces adds nothing.
        if (part.type === 'literal' || part.type === 'dayPeriod') for (const word of part.value.split(/[\s,]+/u)) if (/\p{L}/u.test(word)) add(glue, word);
      }
    }
    for (let day = 0; day < 7; day += 1) add(weekdays, shortDay.format(new Date(Date.UTC(2022, 0, 10 + day))));
  }
  return { months, weekdays, glue };
}

let calendar: StampCalendar | undefined;

/** The calendar words of STAMP_LOCALES, built once on first use. */
export function stampCalendar(): StampCalendar {
  calendar ??= build();
  return calendar;
}
