/**
 * Corpora for the search benchmark: the real one (five articles and their claims, through the
 * same loader as the site) and larger generated ones.
 *
 * A generated corpus of N claims contains the real corpus plus synthetic articles and claims
 * made from the real vocabulary: words drawn with their real frequencies (punctuation and
 * capitals as written), paragraph and statement lengths drawn from the real ones, real speakers
 * and topics, some numbers in the formats the articles use, and quotes cut from the synthetic
 * paragraphs so every claim links to a passage. Articles and paragraphs grow with N in the real
 * proportions. The random generator is seeded, so a size always gives the same corpus.
 */
import { pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../src/loaders/loadCorpus.ts';
import type { SearchArticleInput, SearchClaimInput } from '../src/lib/search/searchRecords.ts';

export interface Corpus {
  name: string;
  articles: SearchArticleInput[];
  claims: SearchClaimInput[];
}

export const SEED = 20220110;

export async function realCorpus(root: URL): Promise<Corpus> {
  const { articles, verified } = await loadCorpus(defaultPaths(root));
  return {
    name: 'real',
    articles: articles.map(({ meta, parsed }) => ({ id: meta.slug, title: parsed.title.text, outlet: meta.outlet, sections: parsed.sections })),
    claims: verified.claims,
  };
}

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A corpus shaped as the build benchmark's: this many articles of about this many paragraphs each. */
export interface CorpusShape {
  articles: number;
  paragraphsPerArticle: number;
}

export function generateCorpus(real: Corpus, claimCount: number, seed = SEED, shape?: CorpusShape): Corpus {
  const rand = random(seed + claimCount);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

  const paragraphs = real.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs.map((p) => p.text)));
  const words = [...paragraphs, ...real.claims.map((c) => c.statement)].flatMap((text) => text.split(/\s+/u).filter(Boolean));
  const paragraphLengths = paragraphs.map((p) => p.split(/\s+/u).length);
  const statementLengths = real.claims.map((c) => c.statement.split(/\s+/u).length);
  const speakers = real.claims.map((c) => c.speaker);
  const topics = real.claims.map((c) => c.topic);
  const units = real.claims.flatMap((c) => (c.figure ? [c.figure.unit] : []));
  const figureShare = units.length / real.claims.length;
  const outlets = real.articles.map((a) => a.outlet);

  const number = () => {
    const value = int(2, 99_999);
    return rand() < 0.5 ? value.toLocaleString('en') : String(value);
  };
  const text = (length: number) => {
    const out: string[] = [];
    for (let i = 0; i < length; i += 1) out.push(rand() < 0.02 ? number() : pick(words));
    return out.join(' ');
  };
  const sentence = (lengths: readonly number[]) => {
    const body = text(pick(lengths));
    return `${body.charAt(0).toUpperCase()}${body.slice(1).replace(/[.,;:]?$/u, '.')}`;
  };

  const paragraphsPerClaim = paragraphs.length / real.claims.length;
  const claimsPerArticle = real.claims.length / real.articles.length;
  const extraClaims = Math.max(0, claimCount - real.claims.length);
  const paragraphTarget = shape ? shape.articles * shape.paragraphsPerArticle : Math.round(extraClaims * paragraphsPerClaim);
  const articleCount = shape ? shape.articles : Math.max(1, Math.round(extraClaims / claimsPerArticle));

  const articles: SearchArticleInput[] = [];
  let made = 0;
  for (let a = 0; a < articleCount; a += 1) {
    const share = Math.round(((a + 1) * paragraphTarget) / articleCount) - made;
    made += share;
    const sectionCount = Math.min(share, int(1, 3));
    const sections: Array<{ heading: { text: string } | null; paragraphs: Array<{ id: string; text: string }> }> = [];
    let n = 0;
    for (let s = 0; s < sectionCount; s += 1) {
      const count = s === sectionCount - 1 ? share - n : Math.max(1, Math.floor(share / sectionCount));
      const list = Array.from({ length: count }, () => ({ id: `p-${(n += 1)}`, text: sentence(paragraphLengths) }));
      sections.push({ heading: s === 0 ? null : { text: text(int(3, 8)) }, paragraphs: list });
    }
    articles.push({ id: `generated-${a + 1}`, title: sentence([8, 10, 12, 14]), outlet: rand() < 0.5 ? pick(outlets) : `outlet-${int(1, 40)}.example`, sections });
  }

  const claims: SearchClaimInput[] = [];
  for (let c = 0; c < extraClaims; c += 1) {
    const reporting = new Set<number>();
    const mentionCount = int(1, 3);
    while (reporting.size < Math.min(mentionCount, articles.length)) reporting.add(int(0, articles.length - 1));
    const figure = rand() < figureShare ? { value: int(2, 99_999), unit: pick(units) } : null;
    claims.push({
      id: `generated-claim-${c + 1}`,
      statement: sentence(statementLengths),
      topic: pick(topics),
      speaker: pick(speakers),
      figure,
      mentions: [...reporting].map((index) => {
        const article = articles[index] as SearchArticleInput;
        const paragraph = pick(article.sections.flatMap((s) => s.paragraphs));
        const tokens = paragraph.text.split(' ');
        const from = int(0, Math.max(0, tokens.length - 6));
        const to = Math.min(tokens.length, from + int(6, 20));
        const start = tokens.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
        const end = start + tokens.slice(from, to).join(' ').length;
        return { article: article.id, figure: figure && rand() < 0.9 ? figure.value : null, quotes: [{ paragraph: paragraph.id, start, end }] };
      }),
    });
  }
  return { name: `${claimCount.toLocaleString('en')} claims`, articles: [...real.articles, ...articles], claims: [...real.claims, ...claims] };
}

export const defaultRoot = pathToFileURL(new URL('../', import.meta.url).pathname);
