/**
 * npm run add-article -- <path-to-raw.txt> [--event <event>] [--slug <slug>] [--title <title>] [--language <bcp47>]
 *
 * Adds a raw article file to the corpus as a draft: copies it byte-for-byte into
 * content/articles/, appends a `status: draft` entry to articles.yaml, parses it with the code
 * the build uses, prints what the parse found (title, dek, sections, every removed line with its
 * rule, kept lines that still look like site chrome), and writes the claim suggestions to
 * content/claims/_suggestions/<slug>.yaml. Nothing is written unless the whole corpus, draft
 * included, loads as the build will load it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseArticleMetadata } from '../src/lib/articles/articleMetadata.ts';
import { countParagraphs } from '../src/lib/articles/articleSummary.ts';
import { chromeSuspects, suspectReasonLabels } from '../src/lib/editor/chromeSuspects.ts';
import { DEFAULT_THRESHOLD, suggestClaims, type ClaimSuggestions } from '../src/lib/editor/claimSuggestions.ts';
import { ContentError } from '../src/lib/contentError.ts';
import { decodeArticleText, describeSource } from '../src/lib/articles/decodeArticleSource.ts';
import { appendMetadataEntry, draftEntry, slugFromTitle } from '../src/lib/editor/draftArticle.ts';
import { parseArticle, type ParsedArticle } from '../src/lib/articles/parseArticle.ts';
import { CONTENT_LAYOUT } from '../src/lib/contentLayout.ts';
import { EventRefusal, chooseEvent } from '../src/lib/events/newEvent.ts';
import { suggestionsFile } from '../src/lib/editor/suggestionsFile.ts';
import { defaultPaths, loadCorpus, type Corpus } from '../src/loaders/loadCorpus.ts';

const usage = 'Usage: npm run add-article -- <path-to-raw.txt> [--event <event>] [--slug <slug>] [--title <title>] [--language <bcp47>]';

class Refusal extends Error {}

function refuse(message: string, hint?: string): never {
  throw new Refusal(hint ? `${message}\n  → ${hint}` : message);
}

const rootDir = fileURLToPath(new URL('../', import.meta.url));
const paths = defaultPaths(pathToFileURL(rootDir));
const articlesDir = path.join(rootDir, paths.articles);
const metadataPath = path.join(articlesDir, paths.metadataFile);
const suggestionsDir = path.join(rootDir, paths.claims, CONTENT_LAYOUT.suggestionsFolder);

async function loadCorpusOrRefuse(when: string): Promise<Corpus> {
  try {
    return await loadCorpus(paths);
  } catch (error) {
    if (error instanceof ContentError) refuse(`The corpus does not load ${when}:\n${error.message}`);
    throw error;
  }
}


const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The parse problem in add-article's words: the build's hints speak of articles.yaml entries that do not exist yet. */
function refuseParse(error: ContentError): never {
  const [problem] = error.problems;
  const where = problem?.line !== undefined ? `Line ${problem.line}: ` : '';
  if (problem?.message.startsWith('The file has no headline')) {
    refuse(`${where}${problem.message}`, 'If the file really has no headline, give one with --title "…".');
  }
  refuse(`${where}${problem?.message ?? error.message}`, 'Check that this is the article text; nothing was added.');
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { event: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' }, language: { type: 'string' } },
    });
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error), usage);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = options();
  const [source, ...extra] = positionals;
  if (!source || extra.length > 0) refuse('Give exactly one raw article file.', usage);
  const titleOption = values.title?.trim();
  if (titleOption === '') refuse('The --title is empty.', 'Give the headline as the article would print it.');
  // The event first: with several events and none named, nothing else is worth checking.
  const eventsDir = path.join(rootDir, paths.events);
  const eventSlugs = existsSync(eventsDir) ? readdirSync(eventsDir).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5)).sort() : [];
  let event: string;
  try {
    event = chooseEvent(values.event, eventSlugs);
  } catch (error) {
    if (error instanceof EventRefusal) refuse(error.message, error.hint);
    throw error;
  }
  if (values.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/u.test(values.language)) {
    refuse(`The language "${values.language}" is not a BCP 47 tag.`, 'Use a lowercase language code, for example en, ru or kk.');
  }

  // 1. The raw file: present, a file, text.
  const sourcePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), source);
  if (!existsSync(sourcePath)) refuse(`No such file: ${sourcePath}`, 'Check the path; it is read relative to where you ran npm.');
  if (!statSync(sourcePath).isFile()) refuse(`Not a file: ${sourcePath}`, 'Give the path of one raw .txt file.');
  const sourceName = path.basename(sourcePath);
  const bytes = new Uint8Array(readFileSync(sourcePath));
  let text: string;
  try {
    text = decodeArticleText(sourceName, bytes);
  } catch (error) {
    if (error instanceof ContentError) refuse(`The file is not article text:\n${error.message}`);
    throw error;
  }

  // 2. Not already in the corpus. A copy already put in content/articles by hand, with no
  // metadata entry yet, is registered where it is.
  const metadataBefore = readFileSync(metadataPath, 'utf8');
  const listed = parseYaml(metadataBefore) as unknown;
  const entries = (Array.isArray(listed) ? listed : []) as Array<{ file?: unknown; slug?: unknown }>;
  const sha256 = describeSource(sourceName, bytes).sha256;
  const present = readdirSync(articlesDir).filter((name) => name.endsWith('.txt'));
  const same = present.find((name) => describeSource(name, new Uint8Array(readFileSync(path.join(articlesDir, name)))).sha256 === sha256);
  const sameEntry = entries.find((entry) => entry.file === same);
  if (same && sameEntry) {
    refuse(`The file is already present: content/articles/${same} has the same bytes (slug ${String(sameEntry.slug)}).`, 'Nothing to add.');
  }

  // 3. Parse it as the build will. --title is for a file without a headline of its own.
  let parsed: ParsedArticle;
  try {
    parsed = parseArticle(text, { file: sourceName });
    if (titleOption !== undefined) {
      refuse(
        `The file has a headline of its own (line ${parsed.title.line}: "${clip(parsed.title.text, 80)}").`,
        'Leave out --title: it is only for a file without a headline.',
      );
    }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (titleOption === undefined || !error.problems[0]?.message.startsWith('The file has no headline')) refuseParse(error);
    try {
      parsed = parseArticle(text, { file: sourceName, titleOverride: { text: titleOption, reason: 'Given with --title.' } });
    } catch (again) {
      if (again instanceof ContentError) refuseParse(again);
      throw again;
    }
  }
  if (countParagraphs(parsed) === 0) {
    refuse(`The file has a headline ("${clip(parsed.title.text, 80)}") but no paragraph of text.`, 'Check that the whole article was saved; nothing was added.');
  }

  // 4. Its slug and file name, both unused.
  const slug = values.slug !== undefined ? values.slug : slugFromTitle(parsed.title.text);
  if (slug === null) {
    refuse('No slug can be made from the title: it has no Latin letters or digits, or its first word is over 60 characters.', 'Give one with --slug <kebab-case-slug>.');
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) refuse(`The slug "${slug}" is not kebab-case.`, 'Use lowercase letters, digits and single hyphens.');
  const taken = entries.find((entry) => entry.slug === slug);
  if (taken) refuse(`The slug "${slug}" is taken by content/articles/${String(taken.file)}.`, 'Give another with --slug <slug>; published slugs never change.');
  const ownName = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/u.test(sourceName) ? sourceName : `${slug}.txt`;
  const target = same ?? ownName;
  if (!same && present.includes(target)) refuse(`A different file named content/articles/${target} is already present.`, 'Rename the raw file, then run the command again.');

  const suggestionsPath = path.join(suggestionsDir, `${slug}.yaml`);
  if (existsSync(suggestionsPath)) {
    refuse(`A suggestions file for "${slug}" is already there: ${path.relative(rootDir, suggestionsPath)}.`, 'It is left from an earlier run: delete it, or choose another --slug.');
  }

  const date = new Date().toISOString().slice(0, 10);
  const entry = draftEntry({ file: target, slug, event, title: parsed.title.text, sourceName, date, titleOverride: titleOption, language: values.language });
  const metadataAfter = appendMetadataEntry(metadataBefore, entry);
  parseArticleMetadata(metadataAfter, path.join(paths.articles, paths.metadataFile), same ? present : [...present, target]);

  // 5. Write, load the whole corpus as the build does, write the suggestions; undo it all if any
  // step fails, so a refusal leaves the project as it was.
  const targetPath = path.join(articlesDir, target);
  const undo: Array<() => void> = [];
  let after: Corpus;
  let suggestions: ClaimSuggestions;
  try {
    if (!same) {
      copyFileSync(sourcePath, targetPath, constants.COPYFILE_EXCL);
      undo.push(() => rmSync(targetPath));
    }
    writeFileSync(metadataPath, metadataAfter);
    undo.push(() => writeFileSync(metadataPath, metadataBefore));
    after = await loadCorpusOrRefuse('with the new article (it was not added)');
    const added = after.articles.find((article) => article.meta.slug === slug);
    if (!added) throw new Error(`add-article: ${slug} did not load`);

    // 6. Claim suggestions, written for review.
    const passages = added.parsed.sections.flatMap((section) => section.paragraphs);
    // Only its event's claims: another event's claims are not what this article can report.
    const others = after.verified.claims.filter((claim) => after.claimEvent.get(claim.id) === event).map((claim) => ({
      ...claim,
      mentions: claim.mentions.filter((mention) => mention.article !== slug),
    }));
    suggestions = suggestClaims(passages, others, { dek: added.parsed.dek.map((line) => line.text), aliases: after.aliases });
    mkdirSync(suggestionsDir, { recursive: true });
    writeFileSync(suggestionsPath, suggestionsFile(slug, suggestions, others, DEFAULT_THRESHOLD));
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }
  const added = after.articles.find((article) => article.meta.slug === slug) as Corpus['articles'][number];

  // 7. The report.
  const p = added.parsed;
  const out: string[] = [];
  const rel = (absolute: string) => path.relative(rootDir, absolute);
  out.push(
    same
      ? `Registered ${rel(targetPath)}, already in content/articles without metadata (${bytes.length.toLocaleString('en')} bytes, sha256 ${sha256.slice(0, 16)}…), as draft "${slug}".`
      : `Added ${rel(targetPath)} (${bytes.length.toLocaleString('en')} bytes, sha256 ${sha256.slice(0, 16)}…) as draft "${slug}".`,
  );
  out.push(`Metadata: ${rel(metadataPath)} (event: ${event}, status: draft, outlet: unattributed).`, '');
  out.push(`Title: ${p.title.text}${p.title.line !== null ? ` (line ${p.title.line})` : ' (given with --title)'}`);
  out.push(p.dek.length > 0 ? `Dek: ${p.dek.map((line) => `${line.text} (line ${line.line})`).join(' / ')}` : 'Dek: none');
  out.push(`Sections (${p.sections.length}):`);
  for (const section of p.sections) {
    const heading = section.heading ? `"${section.heading.text}" (line ${section.heading.line})` : '(text before the first subhead)';
    out.push(`  #${section.id}  ${heading}: ${section.paragraphs.length} paragraph${section.paragraphs.length === 1 ? '' : 's'}`);
  }
  out.push(`Paragraphs: ${countParagraphs(p)}`, '');
  out.push(`Removed lines (${p.removed.length}):`);
  for (const line of p.removed) out.push(`  line ${line.line}  [${line.rule}]  ${clip(line.text)}`);
  const suspects = chromeSuspects(p);
  out.push('', `Kept lines that look like site chrome (${suspects.length}; check each, and fix a general rule if one is wrong):`);
  for (const suspect of suspects) {
    out.push(`  line ${suspect.line}  [${suspect.reasons.map((reason) => suspectReasonLabels[reason]).join('; ')}]  ${clip(suspect.text)}`);
  }

  out.push('', `Claim suggestions (${rel(suggestionsPath)}):`);
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

  const uncovered = after.verified.numbers[slug]?.uncovered ?? [];
  out.push(
    '',
    `While it is a draft, the ${uncovered.length} ${uncovered.length === 1 ? 'figure' : 'figures'} written in digits that no claim quotes yet are listed in the editorial report (/report/) instead of failing the build.`,
  );
  out.push(
    'Next: record outlet, label, attribution, foundAt, evidence and lineage in articles.yaml; move the suggestions you accept',
    'into content/claims/; run npm run build; then set status: reviewed (every check then applies).',
  );
  console.log(out.join('\n'));
}

main().catch((error: unknown) => {
  if (error instanceof Refusal || error instanceof ContentError) {
    console.error(`add-article: ${error.message}`);
    process.exit(1);
  }
  // The entry is checked against the schema before anything is written; a failure here is a bug.
  if (error instanceof Error && error.name === 'ZodError') {
    console.error(`add-article: the metadata entry does not pass the schema (nothing was written):\n${error.message}`);
    process.exit(1);
  }
  throw error;
});
