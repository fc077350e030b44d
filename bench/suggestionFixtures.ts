/**
 * The site fixtures that carry an answer key for the claim suggestions:
 * tests/fixtures/sites/<name>.claims.yaml maps claim ids to the verbatim passages of
 * <name>.txt that make them (written by hand, before looking at what the suggestions say).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { suggestClaims, type ClaimSuggestions } from '../src/lib/editor/claimSuggestions.ts';
import { decodeArticleText } from '../src/lib/articles/decodeArticleSource.ts';
import { locateQuote, type Passage } from '../src/lib/claims/locateQuote.ts';
import { parseArticle } from '../src/lib/articles/parseArticle.ts';
import type { Corpus } from '../src/loaders/loadCorpus.ts';
import { scoreSuggestions, type AnswerKey, type SuggestionScore } from './suggestionEval.ts';

export const fixturesDir = fileURLToPath(new URL('../tests/fixtures/sites/', import.meta.url));

export interface FixtureResult {
  name: string;
  score: SuggestionScore;
  suggestions: ClaimSuggestions;
}

export function fixturePassages(name: string): Passage[] {
  const file = path.join(fixturesDir, `${name}.txt`);
  const text = decodeArticleText(file, new Uint8Array(readFileSync(file)));
  return parseArticle(text, { file }).sections.flatMap((section) => section.paragraphs);
}

/** The answer key as spans; a passage that is not in the fixture's text is an error in the key. */
export function answerKey(name: string, passages: readonly Passage[]): AnswerKey {
  const raw = parse(readFileSync(path.join(fixturesDir, `${name}.claims.yaml`), 'utf8')) as Record<string, string[]>;
  const key: AnswerKey = {};
  for (const [claim, quotes] of Object.entries(raw)) {
    key[claim] = quotes.map((quote) => {
      const location = locateQuote(quote, passages);
      if (!location) throw new Error(`${name}.claims.yaml: "${quote}" (${claim}) is not in ${name}.txt`);
      return location;
    });
  }
  return key;
}

export function fixtureScores(corpus: Corpus): FixtureResult[] {
  const names = readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.claims.yaml'))
    .map((file) => file.slice(0, -'.claims.yaml'.length))
    .sort();
  return names.map((name) => {
    const passages = fixturePassages(name);
    const suggestions = suggestClaims(passages, corpus.verified.claims);
    return { name, score: scoreSuggestions(suggestions, answerKey(name, passages)), suggestions };
  });
}
