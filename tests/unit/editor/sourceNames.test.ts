import { describe, expect, it } from 'vitest';
import { isPersonName, sourceFinder, sourcesOf } from '../../../src/lib/editor/sourceNames.ts';
import { contentStems, nameTokens } from '../../../src/lib/editor/suggestionText.ts';

const sources = ['Kassym-Jomart Tokayev', 'Vladimir Putin', "Kazakhstan's interior ministry", "Kazakhstan's National Security Committee", 'Kassym-Jomart Tokayev and Vladimir Putin', 'the outlet', 'Interfax'];
const aliases = [
  { name: 'Kassym-Jomart Tokayev', aliases: ['the Kazakh leader', 'the Kazakh president', "Kazakhstan's president"] },
  { name: 'Vladimir Putin', aliases: ['the Kremlin leader'] },
];
const finder = sourceFinder(sources, aliases);
const named = (sentence: string, previous?: string) => [...finder.named(sentence, previous)].sort();

describe('sourcesOf and isPersonName', () => {
  it('splits a joint source and drops the outlet', () => {
    expect(sourcesOf('Kassym-Jomart Tokayev and Vladimir Putin')).toEqual(['Kassym-Jomart Tokayev', 'Vladimir Putin']);
    expect(sourcesOf('the outlet')).toEqual([]);
  });
  it.each([
    ['Kassym-Jomart Tokayev', true],
    ['Wang Yi', true],
    ['Interfax', true],
    ["Kazakhstan's National Security Committee", false],
    ["Kazakhstan's interior ministry", false],
    ['Kazakh authorities', false],
    ['ordinary Kazakhs', false],
  ])('%s → %s', (source, expected) => {
    expect(isPersonName(source)).toBe(expected);
  });
});

describe('sourceFinder', () => {
  it.each([
    ['Mr Tokayev said the violence had been prepared.', ['Kassym-Jomart Tokayev']],
    ['President Tokayev told the summit.', ['Kassym-Jomart Tokayev']],
    ["Tokayev's office released photographs.", ['Kassym-Jomart Tokayev']],
    ['Tokayev’s office released photographs.', ['Kassym-Jomart Tokayev']],
    ['The Kazakh leader told the meeting it was a coup.', ['Kassym-Jomart Tokayev']],
    ['Speaking to the alliance, the Kazakh president said order was restored.', ['Kassym-Jomart Tokayev']],
    ["Kazakhstan's president said he would present proof.", ['Kassym-Jomart Tokayev']],
    ['The Kremlin leader, Vladimir Putin, said so.', ['Vladimir Putin']],
    ['The interior ministry said 7,939 people had been detained.', ["Kazakhstan's interior ministry"]],
    ['Interfax reported that the curfew was still in place.', ['Interfax']],
    // Someone else: the man Tokayev replaced.
    ['The former Kazakh president has not been seen.', []],
    // A country's name is not its institutions.
    ['Kazakhstan restored the internet.', []],
  ])('%s → %j', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });

  it('"he" or "she" as the speaker is the one person the sentence before named', () => {
    expect(named('He said the force would leave soon.', 'Mr Tokayev said order had been restored.')).toEqual(['Kassym-Jomart Tokayev']);
    expect(named('“The actions were carefully planned,” he said.', 'The Kazakh leader spoke first.')).toEqual(['Kassym-Jomart Tokayev']);
    // Two people before: "he" could be either.
    expect(named('He said the force would leave soon.', 'Putin thanked Tokayev.')).toEqual([]);
    // No pronoun speaker: nothing carried over.
    expect(named('The force would leave soon.', 'Mr Tokayev said order had been restored.')).toEqual([]);
  });

  it('lists the alias phrases it found, for the words they are not', () => {
    expect(finder.aliasesIn('The Kazakh leader told the meeting.')).toEqual(['kazakh leader']);
  });
});

describe('suggestionText', () => {
  it('one spelling for British and American words, possessives dropped', () => {
    expect(contentStems('colour revolutions organised in the centre')).toEqual(contentStems('color revolutions organized in the center'));
    expect(nameTokens("Mr Tokayev's government", { inSentence: false })).toEqual(['mr', 'tokayev']);
  });
  it('reporting and time words are not content', () => {
    expect(contentStems('Tokayev said last week that the coup had failed')).toEqual(['tokayev', 'coup', 'fail']);
  });
});
