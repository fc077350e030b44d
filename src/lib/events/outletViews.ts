/**
 * outletViews: an outlet across events, for /outlets/<outlet>/: its articles, the claims each
 * carries and leaves out (of those its event's other sources carry), and how often it is the
 * single source of a claim.
 */
import { slug } from 'github-slugger';

/** The outlet's permalink segment: "worldwarthird.com" → "worldwarthirdcom" is unreadable, so dots become hyphens. */
export function outletSlug(outlet: string): string {
  return slug(outlet.replace(/\./gu, ' ')) || 'outlet';
}

export interface OutletArticle {
  id: string;
  outlet: string;
  event: string;
  /** Claims it reports (ids). */
  carried: readonly string[];
  /** Claims of its event its peers report and it does not (ids). */
  leftOut: readonly string[];
}

export interface OutletSummary {
  slug: string;
  outlet: string;
  articles: OutletArticle[];
  events: string[];
  carried: number;
  leftOut: number;
  /** Claims this outlet's article is the only source of. */
  singleSource: string[];
}

/**
 * Outlets by name, each with its articles. Two outlet names that give the same slug are told
 * apart by a number, in name order, so every outlet keeps its own page.
 */
export function outletSummaries(
  articles: readonly OutletArticle[],
  reporters: ReadonlyMap<string, ReadonlySet<string>>,
): OutletSummary[] {
  const names = [...new Set(articles.map((a) => a.outlet))].sort((a, b) => a.localeCompare(b));
  const taken = new Map<string, number>();
  return names.map((outlet) => {
    const base = outletSlug(outlet);
    const seen = taken.get(base) ?? 0;
    taken.set(base, seen + 1);
    const own = articles.filter((a) => a.outlet === outlet);
    const ids = new Set(own.map((a) => a.id));
    const singleSource = [...new Set(own.flatMap((a) => a.carried))].filter((claim) => {
      const by = reporters.get(claim);
      return by !== undefined && by.size > 0 && [...by].every((id) => ids.has(id));
    });
    return {
      slug: seen === 0 ? base : `${base}-${seen + 1}`,
      outlet,
      articles: own,
      events: [...new Set(own.map((a) => a.event))],
      carried: own.reduce((sum, a) => sum + a.carried.length, 0),
      leftOut: own.reduce((sum, a) => sum + a.leftOut.length, 0),
      singleSource: singleSource.sort(),
    };
  });
}
