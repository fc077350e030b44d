/**
 * attribution: who a passage says is speaking, read from the patterns news copy uses.
 *
 * - "according to X", "X, citing Y, reported": the source is X, or Y;
 * - "X said / told / added / stressed / claimed / …" and the inverted ", said X": the source is X;
 * - "he said", "the ministry said": the person or institution named last in the article;
 * - "the Kazakh president", "Kazakhstan's president": the person the event's text gives that
 *   title ("Kazakh President Kassym-Jomart Tokayev");
 * - a sentence inside quotation marks without a verb of its own takes the speaker of the
 *   sentence that closes the quotation (or, failing that, the one before it in the paragraph);
 * - anything else is in the outlet's own voice.
 * Names are given in their fullest form in the event ("Tokayev" → "Kassym-Jomart Tokayev").
 */
import { normalizeText, tokenize } from '../text/normalizeText.ts';
import type { SentencePassage } from './passages.ts';

export type Voice = 'attributed' | 'outlet';

export interface Attribution {
  voice: Voice;
  /** The source as the draft names it; null in the outlet's own voice. */
  speaker: string | null;
  /** How it was read, for the editor. */
  cue: string;
}

const SPEECH_VERB =
  'said|says|told|tells|added|adds|stated|states|stressed|noted|explained|claimed|claims|alleged|alleges|insisted|warned|announced|' +
  'confirmed|emphasized|emphasised|asserted|argued|declared|denounced|promised|pointed out|reported|reports|described|agreed|' +
  'reminded|revealed|suggested|mentioned|vowed|urged|accused|believe|believes|defended|has stated|has said|had said|' +
  'has announced|have said';
const TITLE_WORDS = new Set(['senator', 'judge', 'prof', 'master', 'president', 'minister', 'mr', 'mrs', 'ms', 'dr', 'leader', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'chancellor', 'premier', 'king', 'general', 'governor', 'mayor', 'chief', 'ambassador']);
/** Head nouns of sources that are not people: "the harbour authority said", "officials said". */
const INSTITUTION_WORDS = new Set(
  (
    'ministry ministries agency agencies office government spokesperson spokesman spokeswoman official officials authority ' +
    'authorities police committee council service services department army military ministry court prosecutor prosecutors ' +
    'company owner union board organisation organization institute bureau embassy administration parliament cabinet ' +
    'forces guard hospital university centre center forecasters witnesses residents media commission operator affairs ' +
    'security agency news'
  ).split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they']);
const NOT_SOURCES = new Set(['it', 'this', 'that', 'which', 'there', 'who', 'what', 'what happened', 'we', 'i', 'you', 'experts']);
const OPENERS = /^(?:meanwhile|however|moreover|also|earlier|later|prior to this|in another context|for his part|for her part|in addition|on monday|on sunday|instead|still|but|and)\b[, ]*/iu;
const QUOTE_MARKS = /[“”"«»]|(?:^|\s)[‘']|[‘’'](?=\s|[,.;:]|$)/u;

/** A person of the event: the fullest name written, keyed by the folded surname. */
export interface PersonIndex {
  /** folded surname → fullest name as written. */
  people: Map<string, string>;
  /** folded role ("kazakh president") → folded surname. */
  roles: Map<string, string>;
}

const fold = (text: string) => tokenize(normalizeText(text));
/** "kazakhstans" and "kazakh" read alike: the first five letters of a place word. */
const placeKey = (word: string) => word.slice(0, 5);

const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}`;

/** People named with a title in the event's text, and the roles that name them. */
export function personIndex(texts: readonly string[], aliases: ReadonlyMap<string, string>): PersonIndex {
  const people = new Map<string, string>();
  const roles = new Map<string, Map<string, number>>();
  const titled = new RegExp(String.raw`(?:(\p{Lu}[\p{L}’'-]+)\s+)?(?:President|Prime Minister|Foreign Minister|Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|leader|Secretary|Chancellor|Mayor|Governor|General|Ambassador|Senator|Judge|Chief|master)\s+(${NAME})`, 'gu');
  for (const text of texts) {
    for (const match of text.matchAll(titled)) {
      const name = (match[2] as string).replace(/[’']s$/u, '');
      const words = fold(name).filter((w) => !TITLE_WORDS.has(w));
      const surname = words[words.length - 1];
      if (!surname) continue;
      const key = aliases.get(surname) ?? surname;
      const written = name.split(/\s+/u).filter((w) => !TITLE_WORDS.has(w.toLowerCase())).join(' ');
      const before = people.get(key);
      if (!before || written.length > before.length) people.set(key, written);
      const place = match[1] ? fold(match[1])[0] : undefined;
      const title = /President/u.test(match[0]) ? 'president' : /Minister/u.test(match[0]) ? 'minister' : null;
      if (place && title && !TITLE_WORDS.has(place)) {
        const role = `${placeKey(aliases.get(place) ?? place)} ${title}`;
        const counts = roles.get(role) ?? new Map<string, number>();
        counts.set(key, (counts.get(key) ?? 0) + 1);
        roles.set(role, counts);
      }
    }
  }
  // Names written as people speak: "Ines Calder said", "Ines Calder, the harbour master,".
  const speaking = new RegExp(String.raw`(?<![\p{L}’'-])(?<!\b(?:of|the)\s)(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(?:\s+(?:${SPEECH_VERB})\b|,\s+(?:the|who|a|an)\s)`, 'gu');
  for (const text of texts) {
    for (const match of text.matchAll(speaking)) {
      const name = match[1] as string;
      const words = fold(name);
      if (words.some((w) => INSTITUTION_WORDS.has(w) || TITLE_WORDS.has(w) || w === 'the')) continue;
      if (/^(?:The|A|An|In|On|At|During|After|Meanwhile|However)\b/u.test(name)) continue;
      const surname = words[words.length - 1] as string;
      const key = aliases.get(surname) ?? surname;
      const before = people.get(key);
      if (!before || name.length > before.length) people.set(key, name);
    }
  }
  const best = new Map<string, string>();
  for (const [role, counts] of roles) {
    const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (top) best.set(role, top[0]);
  }
  return { people, roles: best };
}

/** Tracks who was named last in an article, for "he said" and "the ministry said". */
interface ArticleContext {
  /** The last source named as speaking, person or institution: "he said" after a ministry's spokesman is the ministry. */
  lastSpeaker: string | null;
  lastPerson: string | null;
  institutions: string[];
}

const newContext = (): ArticleContext => ({ lastSpeaker: null, lastPerson: null, institutions: [] });

/** The last person of the event a phrase names. */
function personIn(words: readonly string[], index: PersonIndex, aliases: ReadonlyMap<string, string>): string | null {
  for (const word of [...words].reverse()) {
    const person = index.people.get(aliases.get(word) ?? word);
    if (person) return person;
  }
  return null;
}

/** The source a subject phrase names, or null when it names none. */
function resolveSubject(subject: string, index: PersonIndex, aliases: ReadonlyMap<string, string>, context: ArticleContext): string | null {
  const cleaned = subject.replace(OPENERS, '').replace(/^[\s,“”"‘’']+|[\s,“”"‘’']+$/gu, '').trim();
  const words = fold(cleaned);
  if (words.length === 0 || words.length > 12) return null;
  const joined = words.join(' ');
  if (NOT_SOURCES.has(joined) || words.every((w) => TITLE_WORDS.has(w))) return null;
  // "It can be said", "Protests were reported": a passive names no source.
  if (/\b(?:be|been|being|is|are|was|were)$/u.test(joined)) return null;
  // "Putin and Tokayev claimed": both, in the order written.
  const halves = cleaned.split(/\s+and\s+/u);
  if (halves.length === 2) {
    const both = halves.map((half) => personIn(fold(half), index, aliases));
    if (both[0] && both[1] && both[0] !== both[1]) return `${both[0]} and ${both[1]}`;
  }
  const person = personIn(words, index, aliases);
  if (person) return person;
  if (words.length === 1 && PRONOUNS.has(words[0] as string)) return context.lastSpeaker;
  const title = words.find((w) => w === 'president' || w === 'minister');
  if (title) {
    for (const word of words) {
      const key = index.roles.get(`${placeKey(aliases.get(word) ?? word)} ${title}`);
      if (key) return index.people.get(key) ?? null;
    }
  }
  // "the ministry", "the agency": the institution of that kind named last.
  if (words.length === 2 && words[0] === 'the') {
    const head = words[words.length - 1] as string;
    const named = [...context.institutions].reverse().find((name) => fold(name).includes(head));
    if (named) return named;
  }
  if (words.every((w) => PRONOUNS.has(w) || NOT_SOURCES.has(w))) return null;
  // An institution or an unnamed source, as written, without the leading article.
  const text = cleaned.replace(/^(?:the|The)\s+/u, '');
  if (!/\p{Lu}/u.test(text) && !words.some((w) => INSTITUTION_WORDS.has(w))) return null;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const citing = /(?:according to|citing)\s+((?:Mr\.|Mrs\.|Ms\.|Dr\.|[^,.;:“”"])+)/iu;
const appositive = new RegExp(String.raw`^([^,;:“”"]{2,80}),\s[^,;“”"]{2,120},\s+(?:${SPEECH_VERB})\b`, 'u');
const subjectVerb = new RegExp(String.raw`(?:^|[,;:“”"’]\s*|\bthat\s+|\band\s+|\bbut\s+)([^,;:“”"]{1,90}?)\s+(?:has\s+|had\s+|also\s+|further\s+|then\s+)?(?:${SPEECH_VERB})\b`, 'gu');
const inverted = new RegExp(String.raw`[,”"’]\s*(?:${SPEECH_VERB})\s+((?:the\s+)?[^,.;:“”"]{2,60})`, 'u');

/** The source a sentence names itself, before context. */
function ownAttribution(text: string, index: PersonIndex, aliases: ReadonlyMap<string, string>, context: ArticleContext): Attribution | null {
  const cite = citing.exec(text);
  if (cite) {
    // "citing Mr. Wang to Mr. Tleuberdi": the source is before "to".
    const source = (cite[1] as string).split(/\s+to\s+/u)[0] as string;
    const speaker = resolveSubject(source, index, aliases, context);
    if (speaker) return { voice: 'attributed', speaker, cue: cite[0].split(/\s+/u).slice(0, 2).join(' ') };
  }
  const appo = appositive.exec(text);
  if (appo) {
    const speaker = resolveSubject(appo[1] as string, index, aliases, context);
    if (speaker) return { voice: 'attributed', speaker, cue: 'X, …, said' };
  }
  for (const sv of text.matchAll(subjectVerb)) {
    const speaker = resolveSubject(sv[1] as string, index, aliases, context);
    if (speaker) return { voice: 'attributed', speaker, cue: 'X said' };
  }
  const inv = inverted.exec(text);
  if (inv) {
    const speaker = resolveSubject(inv[1] as string, index, aliases, context);
    if (speaker) return { voice: 'attributed', speaker, cue: 'said X' };
  }
  return null;
}

/** Remembers the people and institutions a sentence names, for later pronouns. */
function remember(text: string, found: Attribution | null, index: PersonIndex, aliases: ReadonlyMap<string, string>, context: ArticleContext): void {
  if (found?.speaker) {
    context.lastSpeaker = found.speaker;
    if ([...index.people.values()].includes(found.speaker)) context.lastPerson = found.speaker;
    else context.institutions.push(found.speaker);
    return;
  }
  for (const word of fold(text).reverse()) {
    const person = index.people.get(aliases.get(word) ?? word);
    if (person) {
      context.lastPerson = person;
      context.lastSpeaker = person;
      return;
    }
  }
}

/**
 * The attribution of each sentence of one article, in order. Sentences in quotation marks
 * without a verb of their own take the speaker of the sentence in the same paragraph that
 * closes the quotation, or the one before.
 */
export function attributeArticle(passages: readonly SentencePassage[], index: PersonIndex, aliases: ReadonlyMap<string, string>): Attribution[] {
  // Attribution is read per sentence; a clause has its sentence's source unless it names its
  // own ("Putin said …, while the Kazakh president denounced a coup attempt").
  const sentences: Array<{ paragraph: string; text: string }> = [];
  const sentenceOf: number[] = [];
  let last = '';
  for (const passage of passages) {
    const key = `${passage.paragraph}:${passage.sentence.start}`;
    if (key !== last) sentences.push({ paragraph: passage.paragraph, text: passage.sentence.text });
    last = key;
    sentenceOf.push(sentences.length - 1);
  }
  const bySentence = attributeSentences(sentences, index, aliases);
  return passages.map((passage, i) => {
    const sentence = bySentence[sentenceOf[i] as number] as Attribution;
    if (passage.clauseIndex <= 0 || passage.frame) return sentence;
    const context = { ...newContext(), lastSpeaker: sentence.speaker, lastPerson: sentence.speaker };
    return ownAttribution(passage.text, index, aliases, context) ?? sentence;
  });
}

function attributeSentences(sentences: ReadonlyArray<{ paragraph: string; text: string }>, index: PersonIndex, aliases: ReadonlyMap<string, string>): Attribution[] {
  const context = newContext();
  const own = sentences.map((sentence) => {
    const found = ownAttribution(sentence.text, index, aliases, context);
    remember(sentence.text, found, index, aliases, context);
    return found;
  });
  return sentences.map((sentence, i) => {
    const found = own[i];
    if (found) return found;
    if (QUOTE_MARKS.test(sentence.text) || /^[“"‘'«]/u.test(sentence.text)) {
      const sameParagraph = (j: number) => sentences[j]?.paragraph === sentence.paragraph;
      for (let j = i + 1; sameParagraph(j); j += 1) if (own[j]) return { ...(own[j] as Attribution), cue: 'quotation' };
      for (let j = i - 1; sameParagraph(j); j -= 1) if (own[j]) return { ...(own[j] as Attribution), cue: 'quotation' };
    }
    return { voice: 'outlet', speaker: null, cue: 'own voice' };
  });
}
