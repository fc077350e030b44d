/**
 * draftsFile: the draft claims as a claims file an editor reviews, and the summary the command
 * prints.
 *
 * The file is one YAML document in the claims format (`topic:` and `claims:`), every claim with
 * `status: draft` and its own `topic`, so it loads in the build once moved into content/claims/.
 * A comment above each claim says how many articles it groups, where the statement was taken
 * from (to be rewritten neutrally), how each source was read, and where the mentions diverge.
 * Written with the `yaml` library at a fixed line width: the same drafts give the same bytes.
 */
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DraftClaim, Drafts } from './draftClaims.ts';

export const DRAFTS_TOPIC = 'drafts';

export interface DraftsSummary {
  event: string;
  articles: number;
  claims: number;
  /** Claims grouping passages of two or more articles. */
  groups: number;
  singles: number;
  divergent: number;
  quotes: number;
  skippedSentences: number;
  milliseconds: number;
}

export function summarise(drafts: Drafts, event: string, articles: number, milliseconds: number): DraftsSummary {
  const groups = drafts.claims.filter((c) => c.mentions.length > 1).length;
  return {
    event,
    articles,
    claims: drafts.claims.length,
    groups,
    singles: drafts.claims.length - groups,
    divergent: drafts.claims.filter((c) => c.divergences.length > 0).length,
    quotes: drafts.claims.reduce((sum, c) => sum + c.mentions.reduce((s, m) => s + m.quotes.length, 0), 0),
    skippedSentences: drafts.skipped,
    milliseconds: Math.round(milliseconds),
  };
}

/** The claim in the claims format, fields in the README's order. */
function claimEntry(claim: DraftClaim): Record<string, unknown> {
  return {
    id: claim.id,
    status: 'draft',
    topic: claim.topic,
    statement: claim.statement,
    speaker: claim.speaker,
    ...(claim.figure ? { figure: { value: claim.figure.value, unit: claim.figure.unit } } : {}),
    mentions: claim.mentions.map((m) => ({
      article: m.article,
      voice: m.voice,
      ...(m.attributedTo ? { attributedTo: m.attributedTo } : {}),
      ...(m.figure !== null ? { figure: m.figure } : {}),
      quotes: m.quotes,
    })),
  };
}

function claimComment(claim: DraftClaim): string {
  const across = claim.mentions.length > 1 ? `${claim.mentions.length} articles` : 'one article only';
  const lines = [
    ` ${across}; key words: ${claim.keywords.join(', ') || 'none'}`,
    ` statement taken from ${claim.statementFrom.article} ${claim.statementFrom.paragraph}: rewrite it neutrally`,
    ...claim.mentions.map((m) => ` ${m.article} ${m.paragraph}: ${m.attributedTo ?? 'own voice'} (${m.cue})`),
  ];
  if (claim.divergences.length > 0) lines.push(` divergent: ${claim.divergences.join(', ')}`);
  return lines.join('\n');
}

/** The YAML text of the drafts file. */
export function draftsFile(drafts: Drafts, summary: DraftsSummary, event?: string): string {
  // `event`: the claims file's event, so that it can move into content/claims of a site with several.
  const doc = new Document({ topic: DRAFTS_TOPIC, ...(event !== undefined ? { event } : {}), claims: drafts.claims.map(claimEntry) });
  doc.commentBefore =
    ` Draft claims for the event "${summary.event}", written by npm run draft-claims from ${summary.articles} articles alone.\n` +
    ` ${summary.claims} claims: ${summary.groups} across two or more articles, ${summary.singles} from one article; ${summary.divergent} divergent.\n` +
    ' Every claim is status: draft. Review each: regroup, trim quotes to the words that make the claim, rewrite\n' +
    ' the statement, check speaker, voice, attributedTo and figure, then set status: reviewed (or remove the line).';
  const claims = doc.get('claims', true) as YAMLSeq<YAMLMap>;
  claims.items.forEach((item, k) => {
    item.commentBefore = claimComment(drafts.claims[k] as DraftClaim);
  });
  return doc.toString({ lineWidth: 0 });
}
