/**
 * sourceNames: which of the claims' sources a sentence names, however it names them.
 *
 * A person ("Kassym-Jomart Tokayev": every word of the name capitalised) is named by any of their
 * names of three letters or more ("Tokayev", "Mr Tokayev", "President Tokayev", "Tokayev's",
 * "Kassym-Jomart Tokayev"); an institution ("Kazakhstan's interior ministry") by most of its words
 * ("the interior ministry"; a country name alone is not enough). The aliases list
 * (content/claims/aliases.yaml) adds the phrases nothing in the name gives ("the Kazakh leader"),
 * matched as whole words, not after "former" ("the former Kazakh president" is someone else).
 * A sentence that names nobody but whose speaker is "he" or "she" ("He said the force would leave
 * soon", "…,” she added.") names the person the sentence before it named, when that was one person.
 */
import type { SpeakerAlias } from '../claims/speakerAliases.ts';
import { contentStems, nameTokens } from './suggestionText.ts';

/** The separate sources of a joint one: "Kassym-Jomart Tokayev and Vladimir Putin". */
export function sourcesOf(source: string): string[] {
  return source === 'the outlet' ? [] : source.split(/\s+(?:and|&)\s+/u).map((part) => part.trim()).filter(Boolean);
}

/** Words that make a capitalised name an institution's: "National Security Committee". */
const INSTITUTION_WORDS = /\b(?:ministry|ministries|committee|council|office|government|agency|authorities|organi[sz]ation|parliament|court|police|army|forces|service|bank|union|party|commission|department|leadership|spokesperson|spokesman|spokeswoman|officials|experts|embassy|senate|assembly|republic|state|news|media|television|tv|radio|group|alliance|league|front|movement|institute|university)\b/iu;

/**
 * Whether a source is named like a person ("Kassym-Jomart Tokayev", "Wang Yi", or a one-word name
 * such as "Interfax"): one to four words, every one capitalised, no possessive and no word of an
 * institution ("Kazakhstan's National Security Committee" is not).
 */
export function isPersonName(source: string): boolean {
  return personTokens(source).length > 0 || PERSON_WITH_SHORT_NAMES.has(source);
}

/** Sources are few and asked about for every sentence and claim: each is read once. */
const TOKENS = new Map<string, string[]>();
const PERSON_WITH_SHORT_NAMES = new Set<string>();

/** The name tokens a person is named by in a sentence (three letters or more); [] for an institution. */
export function personTokens(source: string): string[] {
  let tokens = TOKENS.get(source);
  if (tokens === undefined) {
    const names = nameTokens(source, { inSentence: false });
    const person = !/['’]s\b/u.test(source) && !INSTITUTION_WORDS.test(source) && names.length >= 1 && names.length <= 4 && names.length === contentStems(source).length;
    tokens = person ? names.filter((token) => token.length >= 3) : [];
    if (person && tokens.length === 0) PERSON_WITH_SHORT_NAMES.add(source);
    if (TOKENS.size > 10_000) TOKENS.clear();
    TOKENS.set(source, tokens);
  }
  return tokens;
}

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/[^\p{L}\p{M}\p{N}']+/gu, ' ')
    .trim();

/** Words before an alias that make it someone else: "the former Kazakh president". */
const NOT_THE_SAME = /(?:^|\s)(?:former|ex|late|previous|then|first|next|future|new)\s$/u;

function aliasPattern(alias: string): RegExp {
  const words = fold(alias).replace(/^the\s+/u, '').split(' ');
  const body = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join(' ');
  return new RegExp(`(?:^|\\s)(?:the\\s)?(${body})(?=\\s|$)`, 'gu');
}

/** Whether a sentence names one source by its own name (see above), without aliases. */
export function namesSource(sentence: string, source: string): boolean {
  const tokens = personTokens(source);
  if (tokens.length > 0) {
    // A known name is a name at the start of a sentence too ("Tokayev's office…").
    const names = new Set(nameTokens(sentence, { inSentence: false }));
    return tokens.some((name) => names.has(name));
  }
  const stems = new Set(contentStems(sentence));
  const wanted = contentStems(source);
  const found = wanted.filter((stem) => stems.has(stem)).length;
  return found >= 2 && found * 2 >= wanted.length;
}

export interface SourceFinder {
  /** The sources (as the claims spell them) a sentence names; `previous` is the sentence before it, if any. */
  named(sentence: string, previous?: string): Set<string>;
  /** The aliases (as folded phrases) a sentence names a source by: "kazakh leader". */
  aliasesIn(sentence: string): string[];
}

/** "He said…", "…,” she added.": a sentence whose speaker is a pronoun. */
const PRONOUN_SPEAKER = /^["“‘']?(?:He|She)\s|(?:^|[,;”"’]\s*)(?:he|she)\s+(?:said|says|added|told|noted|stressed|warned|claimed|insisted|promised|argued|continued|explained|declared|announced)\b/u;

/** A finder for the given sources (claims' `speaker` and `attributedTo` values) and aliases. */
export function sourceFinder(sources: Iterable<string>, aliases: readonly SpeakerAlias[] = []): SourceFinder {
  const known = [...new Set([...sources].flatMap(sourcesOf))];
  const patterns = aliases.flatMap(({ name, aliases: phrases }) => phrases.map((phrase) => ({ name, pattern: aliasPattern(phrase) })));
  const cache = new Map<string, { found: Set<string>; phrases: string[] }>();
  const read = (sentence: string) => {
    const hit = cache.get(sentence);
    if (hit) return hit;
    const found = new Set(known.filter((source) => namesSource(sentence, source)));
    const phrases: string[] = [];
    const folded = ` ${fold(sentence)} `;
    for (const { name, pattern } of patterns) {
      for (const match of folded.matchAll(pattern)) {
        const before = folded.slice(0, match.index + match[0].length - (match[1] ?? '').length);
        if (NOT_THE_SAME.test(before.replace(/the\s$/u, ''))) continue;
        found.add(name);
        phrases.push(match[1] ?? '');
      }
    }
    const entry = { found, phrases };
    cache.set(sentence, entry);
    return entry;
  };
  const direct = (sentence: string): Set<string> => read(sentence).found;
  return {
    aliasesIn: (sentence) => read(sentence).phrases,
    named(sentence, previous) {
      const found = direct(sentence);
      if (found.size > 0 || previous === undefined || !PRONOUN_SPEAKER.test(sentence)) return found;
      const people = [...direct(previous)].filter(isPersonName);
      return people.length === 1 ? new Set(people) : found;
    },
  };
}
