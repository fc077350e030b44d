/**
 * wording: what a passage says, as a bag of comparable terms, so that two outlets' rewordings
 * of one assertion share most of them.
 *
 * Words are normalised as everywhere else (normalizeText), stop words and the verbs of
 * attribution ("said", "told", "according") dropped, and Porter-stemmed. On top of stems:
 * - a short list of synonyms of the news register maps each group to one term ("detained" and
 *   "arrested", "troops", "soldiers" and "peacekeepers", "summit" and "meeting", "proof" and
 *   "evidence"), and British spellings to American ones ("colour", "organisation");
 * - the coup variants of translated copy ("coup d'état", "attempted coup", "attempt to coup",
 *   "coup attempt", "putsch") all read as the same two terms;
 * - names: capitalised words that differ by one letter ("Tokaev", "Tokayev"; "Kassim",
 *   "Kassym") and a country and its adjective ("Kazakhstan", "Kazakh") are one name, learnt
 *   from the event's own text (`nameAliases`).
 * Numbers stay as terms (digit groups folded: "7,939" = "7939"), so a shared figure counts.
 */
import { stemmer } from 'stemmer';
import { normalizeText, tokenize } from '../text/normalizeText.ts';
import { STOP_WORDS } from '../text/stopWords.ts';

/** Verbs and words of attribution and filler: they say who speaks, not what is said. */
const ATTRIBUTION_WORDS = new Set(
  (
    'said say says saying told tell tells added add adds stated state states according stressed noted explained ' +
    'claimed alleged insisted announced confirmed emphasized emphasised asserted argued declared pointed out ' +
    'reported reports also further however moreover meanwhile mr mrs ms dr can could may might must shall should ' +
    'been being has have had its one ones some very just now about after before over s t d since still well ' +
    'even already yet last week day days monday tuesday wednesday thursday friday saturday sunday other ' +
    'during without against between under into through across among around toward towards upon within ' +
    'take takes took taken taking make makes made get got come came go went place'
  ).split(' '),
);

/** Synonym groups of the news register; every word of a group reads as the group's first. */
const SYNONYMS: readonly string[] = [
  'detain detained detaining detention detentions arrest arrested arrests arresting apprehended custody',
  'troop troops soldier soldiers servicemen peacekeepers peacekeeper contingent',
  'kill killed killing dead died death deaths fatalities perished',
  'protest protests protesters protestors protesting demonstrators demonstration demonstrations rally rallies',
  'unrest riots riot turmoil uprising upheaval disturbances',
  'meeting meet met meets summit session conference videoconference',
  'online virtual video',
  'withdraw withdrawn withdrawal withdrew pull',
  'evidence proof prove',
  'fuel gas petrol',
  'restore restored reopened resumed',
  'stabilize stabilized stabilised stabilizing stabilising stable',
  'foreign foreigners external abroad outside',
  'militant militants fighters fighter gunmen insurgents rebels terrorists terrorist',
  'interfere interference meddle meddling',
  'plan planned prepared orchestrated coordinated plotted',
  'goal objective aim purpose',
  'seize seizure takeover grab',
  'undermine undermining subvert',
  'attempt attempted attempts try tried bid',
  'color colour',
  'organization organisation',
  'defense defence',
  'center centre',
  'coup putsch',
  'end ended ending over completed complete',
  'soon shortly',
  'suspend suspended halted halt cancelled canceled',
  'fire shoot shooting',
  'provide present give',
  'clash clashes clashed fighting',
  'nationwide',
  'rise rising raise raised higher surge increase hike',
  'escalate escalated escalating escalation spread swept',
  'train trains rail railway',
  'evacuate evacuated evacuation evacuations',
  'investigate investigation investigators investigating inquiry probe',
];

const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  SYNONYMS.flatMap((line) => {
    const [head, ...rest] = line.split(' ') as [string, ...string[]];
    return [head, ...rest].map((word) => [stemmer(word), stemmer(head)] as const);
  }),
);

/** The term a normalised word reads as, or null for a word that says nothing. */
export function termOf(word: string): string | null {
  if (STOP_WORDS.has(word) || ATTRIBUTION_WORDS.has(word)) return null;
  if (/^\d+(?:\.\d+)?$/u.test(word)) return word;
  if (word.length < 2) return null;
  const stem = stemmer(word);
  return SYNONYM_OF.get(stem) ?? stem;
}

/** "coup d'état" and "counterterrorism" before the words are cut. */
function rewritePhrases(normalized: string): string {
  return normalized
    .replace(/\bcoup d etat\b/gu, 'coup')
    .replace(/\bcoup detat\b/gu, 'coup')
    .replace(/\bcounter(terror\w*)/gu, 'counter $1')
    // "across the country" and "nationwide" say the same; "shoot to kill" is one order.
    .replace(/\b(?:across|throughout|all over) the (?:country|nation)\b/gu, 'nationwide')
    .replace(/\bshoot to kill\b/gu, 'shoot');
}

/** Capitalised words of a text (not the first word of a sentence), normalised. */
function capitalisedWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?<=[\s(“"‘'«-])\p{Lu}[\p{L}’'-]*/gu)) {
    for (const word of tokenize(normalizeText(match[0]))) if (word.length >= 3) out.push(word);
  }
  return out;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Aliases among the capitalised words of the event: a word one letter away from a more frequent
 * one (of 5 letters or more), or a word that extends a shorter one by at most four letters
 * ("kazakhstan" → "kazakh", "russian" → "russia"), reads as that one. Deterministic: ties go to
 * the alphabetically first.
 */
export function nameAliases(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of capitalisedWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.keys()].filter((w) => w.length >= 5).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  const byInitial = new Map<string, string[]>();
  for (const word of words) byInitial.set(word.slice(0, 2), [...(byInitial.get(word.slice(0, 2)) ?? []), word]);
  const alias = new Map<string, string>();
  for (const group of byInitial.values()) {
    group.forEach((word, index) => {
      for (const other of group.slice(0, index)) {
        const target = alias.get(other) ?? other;
        const extends_ = (long: string, short: string) => long.startsWith(short) && long.length - short.length <= 4;
        if (editDistanceAtMostOne(word, other) || extends_(word, other)) {
          alias.set(word, target);
          return;
        }
        if (extends_(other, word) && !alias.has(other)) {
          alias.set(other, word);
        }
      }
    });
  }
  return alias;
}

/** The terms of a text: normalised, aliased, filtered and stemmed, in order (repeats kept). */
export function termsOf(text: string, aliases: ReadonlyMap<string, string> = new Map()): string[] {
  const out: string[] = [];
  for (const word of tokenize(rewritePhrases(normalizeText(text)))) {
    const term = termOf(aliases.get(word) ?? word);
    if (term !== null) out.push(term);
  }
  return out;
}
