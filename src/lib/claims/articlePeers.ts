/**
 * articlePeers: which articles cover the same event, as the claims show it. Two articles are
 * peers when they report at least one claim in common. Comparison tables, claim pages and the
 * CSV export compare an article only with its peers, so they stay readable and grow linearly
 * when the corpus grows from one event's five articles to thousands of articles.
 */

export interface ReportedClaim {
  mentions: ReadonlyArray<{ article: string }>;
}

/** article id → its peers (not itself). Articles that share no claim are absent. */
export function articlePeers(claims: readonly ReportedClaim[]): Map<string, Set<string>> {
  const peers = new Map<string, Set<string>>();
  for (const claim of claims) {
    const reporters = [...new Set(claim.mentions.map((m) => m.article))];
    for (const article of reporters) {
      const set = peers.get(article) ?? new Set<string>();
      for (const other of reporters) if (other !== article) set.add(other);
      peers.set(article, set);
    }
  }
  return peers;
}

/**
 * The articles a claim is compared across, in corpus order: those that report it and their
 * peers. A claim reported by no article with peers is compared across the whole corpus.
 */
export function comparisonSet(
  claim: ReportedClaim,
  articleIds: readonly string[],
  peers: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const reporters = claim.mentions.map((m) => m.article);
  const set = new Set(reporters);
  for (const article of reporters) for (const peer of peers.get(article) ?? []) set.add(peer);
  if (set.size === new Set(reporters).size && reporters.every((a) => (peers.get(a)?.size ?? 0) === 0)) {
    return [...articleIds];
  }
  return articleIds.filter((id) => set.has(id));
}

/**
 * comparisonSet for many claims over one list of ids: each answer costs the size of its set, not
 * of the list (filtering the whole corpus once per claim made the site-wide CSV quadratic: at
 * 20,000 articles and 63,557 claims, 1.3 billion look-ups and over four minutes). Same answers.
 */
export function comparisonSets(articleIds: readonly string[], peers: ReadonlyMap<string, ReadonlySet<string>>): (claim: ReportedClaim) => string[] {
  const position = new Map<string, number>();
  articleIds.forEach((id, i) => {
    if (!position.has(id)) position.set(id, i);
  });
  return (claim) => {
    const reporters = claim.mentions.map((m) => m.article);
    const set = new Set(reporters);
    for (const article of reporters) for (const peer of peers.get(article) ?? []) set.add(peer);
    if (set.size === new Set(reporters).size && reporters.every((a) => (peers.get(a)?.size ?? 0) === 0)) return [...articleIds];
    // articleIds.filter keeps repeated ids; a corpus's ids are unique, but stay exact either way.
    if (position.size !== articleIds.length) return articleIds.filter((id) => set.has(id));
    return [...set].filter((id) => position.has(id)).sort((a, b) => (position.get(a) as number) - (position.get(b) as number));
  };
}
