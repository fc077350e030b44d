import { describe, expect, it } from 'vitest';
import { nameAliases, termsOf } from '../../../src/lib/drafting/wording.ts';

describe('termsOf', () => {
  it('reads the coup variants of translated copy as the same terms', () => {
    const variants = ['an attempted coup', 'a coup attempt', 'an attempt to coup', 'an attempted coup d’état', "an attempted coup d'etat", 'an attempted putsch'];
    for (const variant of variants) expect([...termsOf(variant)].sort(), variant).toEqual(['attempt', 'coup']);
  });

  it('maps the synonyms of the news register to one term', () => {
    expect(termsOf('7,939 people were detained')).toEqual(termsOf('7939 people were arrested'));
    expect(termsOf('troops')).toEqual(termsOf('soldiers'));
    expect(termsOf('peacekeepers')).toEqual(termsOf('servicemen'));
    expect(termsOf('the summit')).toEqual(termsOf('the meeting'));
    expect(termsOf('proof')).toEqual(termsOf('evidence'));
    expect(termsOf('across the country')).toEqual(termsOf('nationwide'));
    expect(termsOf('colour revolutions')).toEqual(termsOf('color revolutions'));
  });

  it('drops stop words and the verbs of attribution', () => {
    expect(termsOf('He said that the troops had been withdrawn, according to the ministry.')).toEqual(['troop', 'withdraw', 'ministri']);
  });
});

describe('nameAliases', () => {
  it('folds names one letter apart, and a country with its adjective', () => {
    const aliases = nameAliases([
      'President Kassym-Jomart Tokayev spoke.',
      'Then Kassym-Jomart Tokayev left.',
      'And Kassim-Jomart Tokaev agreed.',
      'In Kazakhstan, the Kazakh leader spoke of the Kazakh people.',
    ]);
    expect(aliases.get('tokaev')).toBe('tokayev');
    expect(aliases.get('kassim')).toBe('kassym');
    expect(aliases.get('kazakhstan')).toBe('kazakh');
    expect(termsOf('Tokaev', aliases)).toEqual(termsOf('Tokayev', aliases));
  });
});
