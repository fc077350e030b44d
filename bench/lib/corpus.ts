/**
 * A seeded generator of synthetic corpora for the build benchmark, in the project's own content
 * formats (content/events/<event>.yaml, content/articles/*.txt + articles.yaml,
 * content/claims/<event>-<topic>.yaml + not-claims.yaml).
 *
 * Words come from the five real articles. Articles come in clusters (five by default) that cover
 * one event, written as an event of the site: each event has a pool of claims and each of its
 * articles reports about ten of them, so an article's comparison table has its cluster peers as
 * columns, as in the real corpus. Outlets come from a pool of 40, so each outlet has articles in
 * many events; each article has a publication date within its event's first days.
 * Every quote is written into its article verbatim, and digits occur only inside quotes (claim
 * figures), so the build's quote and number checks pass without a not-claims list.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { mulberry32, type Random } from './prng.ts';

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Folder holding the real articles, for the vocabulary. */
  vocabularyFrom: string;
  paragraphsPerArticle?: number;
  claimsPerArticle?: number;
  clusterSize?: number;
  claimsPerEvent?: number;
  /** Size of the outlet pool the articles are drawn from (default 40). */
  outlets?: number;
}

export interface CorpusStats {
  articles: number;
  events: number;
  claims: number;
  mentions: number;
  paragraphs: number;
  bytes: number;
}

const TOPICS = ['troops', 'casualties', 'detentions', 'economy', 'meeting', 'origins', 'orders', 'reaction'];
const UNITS = ['troops', 'people', 'vehicles', 'officers', 'buildings', 'detainees', 'flights', 'villages'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Words that start a line of site chrome (cleaningRules.ts); never let a line begin with them. */
const CHROME_WORDS = new Set([
  'read', 'continue', 'leave', 'post', 'no', 'your', 'click', 'cancel', 'submit', 'exit', 'skip',
  'advertisement', 'share', 'comments', 'comment', 'reply',
]);

export interface Vocabulary {
  words: string[];
  names: string[];
}

/** Lower-case words and proper names (always capitalised) of the real articles; no digits. */
export function readVocabulary(dir: string): Vocabulary {
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const token of text.split(/[^A-Za-z]+/u)) {
      if (token.length < 3 || token.length > 14) continue;
      if (/^[a-z]+$/u.test(token)) lower.add(token);
      else if (/^[A-Z][a-z]+$/u.test(token)) capital.add(token);
    }
  }
  const words = [...lower].filter((word) => !CHROME_WORDS.has(word)).sort();
  const names = [...capital].filter((name) => !lower.has(name.toLowerCase()) && !CHROME_WORDS.has(name.toLowerCase())).sort();
  if (words.length < 200 || names.length < 20) throw new Error(`Vocabulary too small (${words.length} words, ${names.length} names) in ${dir}`);
  return { words, names };
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** 2030 → "2,030"; 250 → "250". */
const formatFigure = (value: number): string => value.toLocaleString('en-US');

interface EventClaim {
  id: string;
  topic: string;
  speaker: string;
  core: string;
  statement: string;
  figure: { value: number; unit: string } | null;
  when: string | null;
  mentions: Array<Record<string, unknown>>;
}

/** Writes a corpus into `contentDir` (which must not exist or be empty) and returns its size. */
export function generateCorpus(contentDir: string, options: CorpusOptions): CorpusStats {
  const paragraphsPerArticle = options.paragraphsPerArticle ?? 20;
  const claimsPerArticle = options.claimsPerArticle ?? 10;
  const clusterSize = options.clusterSize ?? 5;
  const claimsPerEvent = options.claimsPerEvent ?? 16;
  const random: Random = mulberry32(options.seed);
  const { words, names } = readVocabulary(options.vocabularyFrom);
  const phrase = (count: number): string => Array.from({ length: count }, () => random.pick(words)).join(' ');
  const opener = (): string => (random.chance(0.3) ? random.pick(names) : capitalise(random.pick(words)));

  const articlesDir = path.join(contentDir, 'articles');
  const claimsDir = path.join(contentDir, 'claims');
  const eventsDir = path.join(contentDir, 'events');
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(claimsDir, { recursive: true });
  mkdirSync(eventsDir, { recursive: true });
  const outlets = Array.from({ length: options.outlets ?? 40 }, (_, i) => `${random.pick(names)} ${capitalise(random.pick(words))} News ${i + 1}`);
  const eventDay = (event: number) => new Date(Date.UTC(2020, 0, 1) + event * 3 * 86_400_000).toISOString().slice(0, 10);
  const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  const metadata: Array<Record<string, unknown>> = [];
  /** "<event>-<topic>" → that event's claims of the topic: a claims file belongs to one event. */
  const claimsByTopic = new Map<string, EventClaim[]>();
  const stats: CorpusStats = { articles: 0, events: 0, claims: 0, mentions: 0, paragraphs: 0, bytes: 0 };
  const usedSlugs = new Set<string>();

  for (let first = 0, event = 1; first < options.articles; first += clusterSize, event += 1) {
    stats.events += 1;
    const eventId = `e${String(event).padStart(4, '0')}`;
    const start = eventDay(event);
    writeFileSync(
      path.join(eventsDir, `${eventId}.yaml`),
      stringify({ title: `${random.pick(names)} ${phrase(3)}`, date: start, place: random.pick(names), summary: `${capitalise(phrase(8))}, ${phrase(6)}.`, ...(event === 1 ? { oldCompareUrls: true } : {}) }, { lineWidth: 0 }),
    );
    const pool: EventClaim[] = Array.from({ length: claimsPerEvent }, (_, k) => {
      const topic = random.pick(TOPICS);
      const speaker = `${random.pick(names)} ${random.pick(names)}`;
      const core = phrase(random.int(4, 6));
      const figure = random.chance(0.4) ? { value: random.int(2, 40) * (random.chance(0.5) ? 100 : 7), unit: random.pick(UNITS) } : null;
      return {
        id: `${eventId}-${topic}-${k + 1}`,
        topic,
        speaker,
        core,
        statement: `${speaker} said ${core}${figure ? ` (${formatFigure(figure.value)} ${figure.unit})` : ''}.`,
        figure,
        when: random.chance(0.3) ? random.pick(DAYS) : null,
        mentions: [],
      };
    });

    const inCluster = Math.min(clusterSize, options.articles - first);
    for (let k = 0; k < inCluster; k += 1) {
      const index = first + k;
      const slug = `${eventId}-a${k + 1}-${random.pick(words)}-${random.pick(words)}`.toLowerCase();
      if (usedSlugs.has(slug)) throw new Error(`duplicate slug ${slug}`);
      usedSlugs.add(slug);
      const file = `${String(index + 1).padStart(5, '0')}_generated.txt`;
      const lines = new Set<string>();
      const unique = (make: () => string): string => {
        for (;;) {
          const line = make();
          if (!lines.has(line)) {
            lines.add(line);
            return line;
          }
        }
      };

      const reported = random.sample(pool, claimsPerArticle);
      const paragraphs: string[] = [];
      for (const claim of reported) {
        // The article's own wording around the event's shared core phrase.
        const figure = claim.figure
          ? random.chance(0.3)
            ? claim.figure.value + random.int(1, 9) * 10
            : claim.figure.value
          : null;
        const quote = [phrase(3), claim.core, figure !== null && claim.figure ? `${formatFigure(figure)} ${claim.figure.unit}` : '', phrase(2)]
          .filter(Boolean)
          .join(' ');
        const paragraph = unique(() => `${opener()} ${phrase(random.int(6, 14))}, ${quote}, ${phrase(random.int(5, 12))}.`);
        paragraphs.push(paragraph);
        const attributed = random.chance(0.8);
        const mention: Record<string, unknown> = {
          article: slug,
          voice: attributed ? 'attributed' : 'outlet',
          ...(attributed ? { attributedTo: claim.speaker } : {}),
          ...(figure !== null ? { figure } : {}),
          ...(claim.when ? { details: { when: random.chance(0.2) ? random.pick(DAYS) : claim.when } } : {}),
          quotes: [quote],
        };
        claim.mentions.push(mention);
      }
      while (paragraphs.length < paragraphsPerArticle) {
        paragraphs.push(unique(() => `${opener()} ${phrase(random.int(10, 24))}, ${phrase(random.int(4, 10))}.`));
      }
      const body = random.sample(paragraphs, paragraphs.length);
      // One subhead (a short line standing alone, no final punctuation) half-way through.
      const subhead = unique(() => `${random.pick(names)} ${phrase(random.int(2, 4))}`);
      body.splice(Math.floor(body.length / 2), 0, subhead);
      const title = unique(() => `${random.pick(names)} ${phrase(random.int(6, 10))}`);
      const text = `${title}\n\n${body.join('\n\n')}\n`;
      writeFileSync(path.join(articlesDir, file), text);
      stats.articles += 1;
      stats.paragraphs += paragraphs.length;
      stats.bytes += Buffer.byteLength(text);
      metadata.push({
        file,
        slug,
        event: eventId,
        label: `Gen ${index + 1}`,
        outlet: random.pick(outlets),
        attribution: 'confirmed',
        foundAt: `https://example.org/generated/${slug}/`,
        ...(random.chance(0.8) ? { published: { date: plusDays(start, random.int(0, 3)), ...(random.chance(0.5) ? { time: `${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}Z` } : {}), from: random.pick(['page-metadata', 'dateline', 'url', 'editor']) } } : {}),
        evidence: `Generated by bench/lib/corpus.ts (seed ${options.seed}).`,
        lineage: `Synthetic text made from the vocabulary of the real articles, event ${eventId}.`,
        language: 'en',
      });
    }

    for (const claim of pool) {
      if (claim.mentions.length === 0) continue;
      const key = `${eventId}-${claim.topic}`;
      claimsByTopic.set(key, [...(claimsByTopic.get(key) ?? []), claim]);
      stats.claims += 1;
      stats.mentions += claim.mentions.length;
    }
  }

  writeFileSync(path.join(articlesDir, 'articles.yaml'), stringify(metadata, { lineWidth: 0 }));
  for (const [key, claims] of claimsByTopic) {
    const first = claims[0] as EventClaim;
    const file = {
      topic: first.topic,
      event: key.slice(0, key.length - first.topic.length - 1),
      claims: claims.map((claim) => ({
        id: claim.id,
        statement: claim.statement,
        speaker: claim.speaker,
        ...(claim.figure ? { figure: claim.figure } : {}),
        mentions: claim.mentions,
      })),
    };
    writeFileSync(path.join(claimsDir, `${key}.yaml`), stringify(file, { lineWidth: 0 }));
  }
  writeFileSync(path.join(claimsDir, 'not-claims.yaml'), 'notClaims: []\n');
  return stats;
}
