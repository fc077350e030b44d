/**
 * addArticleReport: what `npm run add-article` found in a new article, as one object, and its two
 * renderings: the report printed for the editor and the one-object JSON preview
 * (`--dry-run --json`). Both are made from the same object, so they cannot disagree.
 */
import type { ParsedRawArticle } from '../articles/parseArticleFile.ts';
import { pageMetadataFields, type PageMetadata } from '../articles/pageMetadata.ts';
import { chromeSuspects, suspectReasonLabels, type ChromeSuspect } from './chromeSuspects.ts';
import type { ClaimSuggestions } from './claimSuggestions.ts';

export interface AddArticleReport {
  /** What was (or, in a dry run, would be) done with the file. */
  action: 'added' | 'registered' | 'dry-run';
  /** Where the raw file is (or would be), relative to the project root. */
  target: string;
  metadataFile: string;
  suggestionsFile: string;
  bytes: number;
  sha256: string;
  slug: string;
  parsed: ParsedRawArticle;
  page: PageMetadata | null;
  suspects: ChromeSuspect[];
  suggestions: ClaimSuggestions;
  /** Figures in digits that no claim quotes yet (listed in /report/ while the article is a draft). */
  uncoveredFigures: number;
}

/** The preview's JSON: one object, in the shape the README documents. */
export interface PreviewJson {
  slug: string;
  /** The file's own headline; null when it has none and the title was given with --title. */
  title: string | null;
  dek: string[];
  headings: string[];
  paragraphs: string[];
  removed: Array<{ text: string; rule: string; reason: string }>;
  suggestions: Array<{ claim: string; score: number }>;
  figures: Array<{ text: string; claim: string; relation: 'same' | 'consistent' | 'contradicts' }>;
}

export function buildReport(input: Omit<AddArticleReport, 'suspects'>): AddArticleReport {
  return { ...input, suspects: chromeSuspects(input.parsed) };
}

/** Whether the title is the file's own headline (a page's may come from its metadata, with no block). */
const titleIsOwn = (report: AddArticleReport): boolean => report.parsed.title.overrideReason === null;

export function previewJson(report: AddArticleReport): PreviewJson {
  const { parsed, suggestions } = report;
  return {
    slug: report.slug,
    title: titleIsOwn(report) ? parsed.title.text : null,
    dek: parsed.dek.map((line) => line.text),
    headings: parsed.sections.flatMap((section) => (section.heading ? [section.heading.text] : [])),
    paragraphs: parsed.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)),
    removed: parsed.removed.map(({ text, rule, reason }) => ({ text, rule, reason })),
    suggestions: suggestions.claims.map(({ claim, sentences }) => ({ claim, score: sentences[0]?.score ?? 0 })),
    figures: suggestions.figures.flatMap((entry) => [
      ...entry.matches.map((match) => ({ text: entry.figure, claim: match.claim, relation: match.relation })),
      ...entry.contradicts.map((contradiction) => ({ text: entry.figure, claim: contradiction.claim, relation: 'contradicts' as const })),
    ]),
  };
}

const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The report printed for the editor: every entry of the JSON preview, with where it stands. */
export function reportText(report: AddArticleReport): string {
  const { parsed: p, page, suggestions } = report;
  const where = page ? 'block' : 'line';
  const size = `${report.bytes.toLocaleString('en')} bytes, sha256 ${report.sha256.slice(0, 16)}…`;
  const out: string[] = [];
  if (report.action === 'dry-run') out.push(`Dry run: nothing was written. ${report.target} (${size}) would be added as draft "${report.slug}".`);
  else if (report.action === 'registered') out.push(`Registered ${report.target}, already in content/articles without metadata (${size}), as draft "${report.slug}".`);
  else out.push(`Added ${report.target} (${size}) as draft "${report.slug}".`);
  out.push(`Metadata: ${report.metadataFile} (status: draft, outlet: unattributed).`, '');
  if (page) {
    out.push('Saved web page (text read with Readability; "block N" is the N-th text block of the page):');
    // The same fields as the article page's source report, in its words (lower case in a sentence).
    for (const [label, field] of pageMetadataFields(page)) out.push(`  ${label.charAt(0).toLowerCase()}${label.slice(1)}: ${field ? `${clip(field.value)} (from ${field.source})` : 'not given'}`);
    out.push('');
  }
  const titleWhere = !titleIsOwn(report) ? ' (given with --title)' : p.title.line !== null ? ` (${where} ${p.title.line})` : ` (from the page's ${page?.headline?.source ?? 'metadata'})`;
  out.push(`Title: ${p.title.text}${titleWhere}`);
  out.push(p.dek.length > 0 ? `Dek: ${p.dek.map((line) => `${line.text} (${where} ${line.line})`).join(' / ')}` : 'Dek: none');
  out.push(`Sections (${p.sections.length}):`);
  for (const section of p.sections) {
    const heading = section.heading ? `"${section.heading.text}" (${where} ${section.heading.line})` : '(text before the first subhead)';
    out.push(`  #${section.id}  ${heading}: ${section.paragraphs.length} paragraph${section.paragraphs.length === 1 ? '' : 's'}`);
    for (const paragraph of section.paragraphs) out.push(`    ${paragraph.id} (${where} ${paragraph.line})  ${clip(paragraph.text, 90)}`);
  }
  out.push(`Paragraphs: ${p.sections.reduce((sum, section) => sum + section.paragraphs.length, 0)}`, '');
  out.push(`Removed ${where}s (${p.removed.length}):`);
  for (const line of p.removed) {
    out.push(`  ${where} ${line.line}  [${line.rule}]  ${clip(line.text)}${line.path ? `  (${line.path})` : ''}`);
    out.push(`        ${line.reason}`);
  }
  out.push('', `Kept ${where}s that look like site chrome (${report.suspects.length}; check each, and fix a general rule if one is wrong):`);
  for (const suspect of report.suspects) {
    out.push(`  ${where} ${suspect.line}  [${suspect.reasons.map((reason) => suspectReasonLabels[reason]).join('; ')}]  ${clip(suspect.text)}`);
  }

  out.push('', `Claim suggestions (${report.suggestionsFile}${report.action === 'dry-run' ? ', not written' : ''}):`);
  out.push(`  ${suggestions.claims.length} existing claims likely made:`);
  for (const { claim, sentences } of suggestions.claims) {
    const best = sentences[0];
    if (!best) continue;
    out.push(`  ${best.score.toFixed(2)}  ${claim}  ${best.sentence.paragraph}: "${clip(best.sentence.text, 90)}"`);
    out.push(`        ${best.reasons.join('; ')}`);
  }
  const withClaims = suggestions.figures.filter((f) => f.matches.length > 0 || f.contradicts.length > 0);
  out.push(`  Figures (${suggestions.figures.length}; ${withClaims.length} match or contradict a claim):`);
  for (const entry of suggestions.figures) {
    const parts = [
      ...entry.matches.map((m) => `${m.relation === 'same' ? 'matches' : 'consistent with'} ${m.claim} (${m.note})`),
      ...entry.contradicts.map((c) => `CONTRADICTS ${c.claim} (${c.note})`),
    ];
    out.push(`    "${entry.figure}" (${entry.paragraph}): ${parts.length > 0 ? parts.join('; ') : 'no claim about it'}`);
  }
  const unmatched = suggestions.unmatched.length;
  out.push(`  Candidate new claims: ${unmatched} ${unmatched === 1 ? 'sentence matches' : 'sentences match'} no claim (listed in the file).`);

  const n = report.uncoveredFigures;
  out.push(
    '',
    `While it is a draft, the ${n} ${n === 1 ? 'figure' : 'figures'} written in digits that no claim quotes yet are listed in the editorial report (/report/) instead of failing the build.`,
  );
  if (report.action === 'dry-run') out.push('Run the same command without --dry-run to add it.');
  else {
    out.push(
      'Next: record outlet, label, attribution, foundAt, evidence and lineage in articles.yaml; move the suggestions you accept',
      'into content/claims/; run npm run build; then set status: reviewed (every check then applies).',
    );
  }
  return out.join('\n');
}
