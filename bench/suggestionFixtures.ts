/**
 * The fixtures that carry an answer key for the claim suggestions: <dir>/<name>.claims.yaml maps
 * claim ids to the verbatim passages of <dir>/<name>.txt that make them (written by hand, before
 * looking at what the suggestions say). Two folders hold them: tests/fixtures/sites/ (raw files in
 * the style of other sites, also used by the cleaning tests) and tests/fixtures/suggestions/
 * (short articles written for one failure of the suggestions each: aliases, short quotes, the
 * dek, kinds of figures, shared names). A passage of the key may be in the dek: its span then
 * names the dek line (`dek-N`), as the suggestions do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { suggestClaims, type ClaimSuggestions } from '../src/lib/editor/claimSuggestions.ts';
import { decodeArticleText } from '../src/lib/articles/decodeArticleSource.ts';
import { locateQuote, type Passage } from '../src/lib/claims/locateQuote.ts';
import { parseArticle } from '../src/lib/articles/parseArticle.ts';
import type { Corpus } from '../src/loaders/loadCorpus.ts';
import { dekPassages, scoreSuggestions, type AnswerKey, type SuggestionScore } from './suggestionEval.ts';

export const fixturesDir = fileURLToPath(new URL('../tests/fixtures/sites/', import.meta.url));
export const suggestionFixturesDir = fileURLToPath(new URL('../tests/fixtures/suggestions/', import.meta.url));
const FIXTURE_DIRS = [fixturesDir, suggestionFixturesDir];

export interface FixtureResult {
  name: string;
  score: SuggestionScore;
  suggestions: ClaimSuggestions;
}

export interface FixtureText {
  passages: Passage[];
  dek: string[];
}

function dirOf(name: string): string {
  const dir = FIXTURE_DIRS.find((candidate) => existsSync(path.join(candidate, `${name}.txt`)));
  if (!dir) throw new Error(`No fixture ${name}.txt in ${FIXTURE_DIRS.join(' or ')}`);
  return dir;
}

export function fixtureText(name: string): FixtureText {
  const file = path.join(dirOf(name), `${name}.txt`);
  const text = decodeArticleText(file, new Uint8Array(readFileSync(file)));
  const parsed = parseArticle(text, { file });
  return { passages: parsed.sections.flatMap((section) => section.paragraphs), dek: parsed.dek.map((line) => line.text) };
}

export function fixturePassages(name: string): Passage[] {
  return fixtureText(name).passages;
}

/** The answer key as spans; a passage that is in neither the text nor the dek is an error in the key. */
export function answerKey(name: string, text: FixtureText): AnswerKey {
  const raw = parse(readFileSync(path.join(dirOf(name), `${name}.claims.yaml`), 'utf8')) as Record<string, string[]>;
  const key: AnswerKey = {};
  for (const [claim, quotes] of Object.entries(raw)) {
    key[claim] = quotes.map((quote) => {
      const location = locateQuote(quote, text.passages) ?? locateQuote(quote, dekPassages(text.dek));
      if (!location) throw new Error(`${name}.claims.yaml: "${quote}" (${claim}) is not in ${name}.txt`);
      return location;
    });
  }
  return key;
}

export function fixtureNames(): string[] {
  return FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.claims.yaml'))
      .map((file) => file.slice(0, -'.claims.yaml'.length))
      .sort(),
  );
}

export function fixtureScores(corpus: Corpus, threshold?: number): FixtureResult[] {
  return fixtureNames().map((name) => {
    const text = fixtureText(name);
    const suggestions = suggestClaims(text.passages, corpus.verified.claims, {
      dek: text.dek,
      aliases: corpus.aliases,
      ...(threshold === undefined ? {} : { threshold }),
    });
    return { name, score: scoreSuggestions(suggestions, answerKey(name, text)), suggestions };
  });
}
