import { describe, expect, it } from 'vitest';
import { STAMP_LOCALES, stampCalendar, stampWord } from '../../../src/lib/text/stampCalendar.ts';

describe('stampCalendar', () => {
  const { months, weekdays, glue } = stampCalendar();

  it('has the long, short and genitive month names of its languages from Intl', () => {
    for (const name of ['january', 'jan', 'январь', 'января', 'янв', 'січня', 'қаңтар', 'ocak', 'januar', 'janvier', 'enero', 'stycznia']) expect(months.has(name), name).toBe(true);
    expect(STAMP_LOCALES).toContain('kk');
  });

  it('has weekday names and the words dates are printed with, and no ordinary words', () => {
    for (const name of ['monday', 'понедельник', 'пн', 'pazartesi']) expect(weekdays.has(name), name).toBe(true);
    for (const word of ['г', 'de', 'ж', 'um', 'at']) expect(glue.has(word), word).toBe(true);
    for (const word of ['the', 'and', 'said', 'people', 'killed', 'года', 'протестующие']) {
      expect(months.has(word) || weekdays.has(word) || glue.has(word), word).toBe(false);
    }
  });

  it('compares words in lower case without a final dot, and is built once', () => {
    expect(stampWord('Янв.')).toBe('янв');
    expect(stampCalendar()).toBe(stampCalendar());
  });
});
