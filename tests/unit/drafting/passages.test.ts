import { describe, expect, it } from 'vitest';
import { eventPassages, segmentClauses, segmentSentences } from '../../../src/lib/drafting/passages.ts';

const cut = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) => spans.map(({ start, end }) => text.slice(start, end));

describe('segmentSentences', () => {
  it('cuts sentences and glues what cannot stand alone', () => {
    const text = 'Mr. Tokayev said so. “It was an attempted coup. ” The fall of the city, ”he said. Then it ended. did.';
    expect(cut(text, segmentSentences(text))).toEqual(['Mr. Tokayev said so.', '“It was an attempted coup. ”', 'The fall of the city, ”he said.', 'Then it ended. did.']);
  });
});

describe('segmentClauses', () => {
  it('splits a speech frame from what is said, and marks the frame', () => {
    const sentence = 'Kazakh President Kassym-Jomart Tokayev told an extraordinary online meeting of the CSTO that the main goal was the seizure of power.';
    const clauses = segmentClauses(sentence);
    expect(cut(sentence, clauses)).toEqual(['Kazakh President Kassym-Jomart Tokayev told an extraordinary online meeting of the CSTO', 'the main goal was the seizure of power.']);
    expect(clauses.map((c) => c.frame)).toEqual([true, false]);
  });

  it('splits an opening phrase of place or time (with a short frame after it), and coordinated clauses', () => {
    const sentence = 'During a video meeting with the leaders of allied countries, Putin warned that Russia would not allow revolutions, while the Kazakh president denounced a coup attempt.';
    expect(cut(sentence, segmentClauses(sentence))).toEqual([
      'During a video meeting with the leaders of allied countries, Putin warned',
      'Russia would not allow revolutions',
      'the Kazakh president denounced a coup attempt.',
    ]);
  });

  it('keeps a short piece with its neighbour', () => {
    const sentence = 'Prices rose, and so did anger among the residents of the western region.';
    expect(cut(sentence, segmentClauses(sentence))).toEqual([sentence]);
  });
});

describe('eventPassages', () => {
  it('gives each sentence, then its clauses, as verbatim stretches of the paragraph', () => {
    const text = 'Putin said that the force would leave, and he added that it had done its job well. Shops reopened.';
    const passages = eventPassages([{ slug: 'a', passages: [{ id: 'p-1', text }] }]);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(passages.map((p) => [p.clauseIndex, p.text])).toEqual([
      [-1, 'Putin said that the force would leave, and he added that it had done its job well.'],
      [0, 'Putin said that the force would leave'],
      [1, 'he added that it had done its job well.'],
      [0, 'Shops reopened.'],
    ]);
  });
});
