import { describe, expect, it } from 'vitest';
import { attributeArticle, personIndex } from '../../../src/lib/drafting/attribution.ts';
import { eventPassages } from '../../../src/lib/drafting/passages.ts';
import { nameAliases } from '../../../src/lib/drafting/wording.ts';

/** Speaker and voice of each sentence of one article (whole sentences, as the drafts read them). */
function read(...paragraphs: string[]): Array<[string, string | null]> {
  const passages = eventPassages([{ slug: 'a', passages: paragraphs.map((text, i) => ({ id: `p-${i + 1}`, text })) }], { clauses: false });
  const texts = passages.map((p) => p.text);
  const aliases = nameAliases(texts);
  return attributeArticle(passages, personIndex(texts, aliases), aliases).map((a) => [a.voice, a.speaker]);
}

describe('attribution', () => {
  it('reads "X said", "X told", "according to X" and the inverted ", said X"', () => {
    expect(
      read(
        'Interior Minister Erlan Turgumbayev said 7,939 people had been detained.',
        'Kazakh President Kassym-Jomart Tokayev told the meeting that order had been restored.',
        'Two officers died, according to the interior ministry.',
        '“We will rebuild the market,” said Mayor Ana Ruiz.',
      ),
    ).toEqual([
      ['attributed', 'Erlan Turgumbayev'],
      ['attributed', 'Kassym-Jomart Tokayev'],
      ['attributed', 'Interior ministry'],
      ['attributed', 'Ana Ruiz'],
    ]);
  });

  it('gives "he said" and a title ("the Kazakh president") the person the event names', () => {
    expect(
      read(
        'Kazakh President Kassym-Jomart Tokayev spoke at the summit.',
        'Russian President Vladimir Putin said the force would leave.',
        'The Kazakh president described the unrest as the worst since independence.',
        'He also promised evidence, he said.',
        'Mr Tokaev insisted that the operation would end soon.',
      ),
    ).toEqual([
      ['outlet', null],
      ['attributed', 'Vladimir Putin'],
      ['attributed', 'Kassym-Jomart Tokayev'],
      ['attributed', 'Kassym-Jomart Tokayev'],
      ['attributed', 'Kassym-Jomart Tokayev'],
    ]);
  });

  it('gives a quoted sentence without a verb the speaker of the sentence that closes the quotation', () => {
    expect(read('“The main blow was directed against Almaty. The fall of this city would have opened the south,” Tokayev said.', 'Ines Calder said the cause was unknown.')).toEqual([
      ['attributed', 'Tokayev'],
      ['attributed', 'Tokayev'],
      ['attributed', 'Ines Calder'],
    ]);
  });

  it('reads an appositive source ("The National Security Committee, the agency, said")', () => {
    expect(read('The National Security Committee, the counter-intelligence agency, said on Monday that the situation had stabilised.')).toEqual([
      ['attributed', 'National Security Committee'],
    ]);
  });

  it('leaves passives and statements without a source in the outlet’s own voice', () => {
    expect(
      read(
        'It was reported on Monday that the internet had been restored.',
        'Protests were reported across the country.',
        'Violent clashes took place between demonstrators and police.',
        'Experts believe the region is unstable.',
      ),
    ).toEqual([
      ['outlet', null],
      ['outlet', null],
      ['outlet', null],
      ['outlet', null],
    ]);
  });

  it('names two speakers who assert together, in the order written', () => {
    expect(read('Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev claimed that the protests were not spontaneous.')).toEqual([
      ['attributed', 'Vladimir Putin and Kassym-Jomart Tokayev'],
    ]);
  });

  it('lets a clause name its own speaker', () => {
    const passages = eventPassages([{ slug: 'a', passages: [{ id: 'p-1', text: 'Russian President Vladimir Putin said terrorism had targeted the country, while Kazakh President Kassym-Jomart Tokayev denounced a coup attempt.' }] }]);
    const texts = passages.map((p) => p.text);
    const aliases = nameAliases(texts);
    const read = attributeArticle(passages, personIndex(texts, aliases), aliases);
    expect(passages.map((p, i) => [p.text, read[i]?.speaker])).toEqual([
      [passages[0]?.text, 'Vladimir Putin'],
      ['Russian President Vladimir Putin said terrorism had targeted the country', 'Vladimir Putin'],
      ['Kazakh President Kassym-Jomart Tokayev denounced a coup attempt.', 'Kassym-Jomart Tokayev'],
    ]);
  });
});
