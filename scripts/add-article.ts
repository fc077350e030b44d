/**
 * npm run add-article -- <raw.txt | page.html> [--event <event>] [--slug <slug>] [--title <title>] [--language <bcp47>] [--dry-run [--json]]
 *
 * Adds a raw article file (text, or a saved web page: .html, .htm) to the corpus as a draft:
 * copies it byte-for-byte into content/articles/, appends a `status: draft` entry to
 * articles.yaml, parses it with the code the build uses, prints what the parse found (title, dek,
 * sections, every removed line or block with its rule, kept lines that still look like site
 * chrome), and writes the claim suggestions to content/claims/_suggestions/<slug>.yaml. Nothing is
 * written unless the whole corpus, draft included, loads as the build will load it.
 *
 * --dry-run runs every step in memory (the corpus is loaded with the new file as if it were
 * there) and writes nothing; --json prints the preview as one JSON object (a refusal as
 * {"error": "…"}, exit code 1). The printed report and the JSON come from one report object
 * (src/lib/editor/addArticleReport.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { isArticleFileName, parseArticleMetadata } from '../src/lib/articles/articleMetadata.ts';
import { countParagraphs } from '../src/lib/articles/articleSummary.ts';
import { buildReport, previewJson, reportText, type AddArticleReport } from '../src/lib/editor/addArticleReport.ts';
import { DEFAULT_THRESHOLD, suggestClaims } from '../src/lib/editor/claimSuggestions.ts';
import { ContentError } from '../src/lib/contentError.ts';
import { decodeArticleText, describeSource } from '../src/lib/articles/decodeArticleSource.ts';
import { appendMetadataEntry, draftEntry, slugFromTitle } from '../src/lib/editor/draftArticle.ts';
import { parseArticleFile, type ParsedArticleFile } from '../src/lib/articles/parseArticleFile.ts';
import { decodeSavedPage, isSavedPageFile } from '../src/lib/articles/parseSavedPage.ts';
import { CONTENT_LAYOUT } from '../src/lib/contentLayout.ts';
import { EventRefusal, chooseEvent } from '../src/lib/events/newEvent.ts';
import { suggestionsFile } from '../src/lib/editor/suggestionsFile.ts';
import { defaultPaths, loadCorpus, type ArticleInMemory, type Corpus } from '../src/loaders/loadCorpus.ts';

const usage =
  'Usage: npm run add-article -- <raw.txt | page.html> [--event <event>] [--slug <slug>] [--title <title>] [--language <bcp47>] [--dry-run [--json]]';

class Refusal extends Error {}

function refuse(message: string, hint?: string): never {
  throw new Refusal(hint ? `${message}\n  → ${hint}` : message);
}

const rootDir = fileURLToPath(new URL('../', import.meta.url));
const paths = defaultPaths(pathToFileURL(rootDir));
const articlesDir = path.join(rootDir, paths.articles);
const metadataPath = path.join(articlesDir, paths.metadataFile);
const suggestionsDir = path.join(rootDir, paths.claims, CONTENT_LAYOUT.suggestionsFolder);

async function loadCorpusOrRefuse(when: string, inMemory?: ArticleInMemory): Promise<Corpus> {
  try {
    return await loadCorpus(paths, inMemory);
  } catch (error) {
    if (error instanceof ContentError) refuse(`The corpus does not load ${when}:\n${error.message}`);
    throw error;
  }
}

const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The parse problem in add-article's words: the build's hints speak of articles.yaml entries that do not exist yet. */
function refuseParse(error: ContentError, unit: string): never {
  const [problem] = error.problems;
  const where = problem?.line !== undefined ? `${unit === 'block' ? 'Block' : 'Line'} ${problem.line}: ` : '';
  if (problem && /^The (?:file|page) has no headline/u.test(problem.message)) {
    refuse(`${where}${problem.message}`, 'If the file really has no headline, give one with --title "…".');
  }
  refuse(`${where}${problem?.message ?? error.message}`, 'Check that this is the article text; nothing was added.');
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        event: { type: 'string' },
        slug: { type: 'string' },
        title: { type: 'string' },
        language: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error), usage);
  }
}

/** Whether the JSON preview was asked for: refusals are then JSON too, even of the options. */
const wantsJson = process.argv.includes('--json');

async function main(): Promise<void> {
  const { values, positionals } = options();
  const dryRun = values['dry-run'] === true;
  if (values.json && !dryRun) refuse('--json is for the preview only.', 'Add --dry-run: npm run --silent add-article -- <file> --dry-run --json');
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

  // 1. The raw file: present, a file, text (a saved page: UTF-8 within the page limits).
  const sourcePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), source);
  if (!existsSync(sourcePath)) refuse(`No such file: ${sourcePath}`, 'Check the path; it is read relative to where you ran npm.');
  if (!statSync(sourcePath).isFile()) refuse(`Not a file: ${sourcePath}`, 'Give the path of one raw .txt file or saved .html page.');
  const sourceName = path.basename(sourcePath);
  const isPage = isSavedPageFile(sourceName);
  const unit = isPage ? 'block' : 'line';
  const bytes = new Uint8Array(readFileSync(sourcePath));
  try {
    if (isPage) decodeSavedPage(sourceName, bytes);
    else decodeArticleText(sourceName, bytes);
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
  const present = readdirSync(articlesDir).filter(isArticleFileName);
  const same = present.find((name) => describeSource(name, new Uint8Array(readFileSync(path.join(articlesDir, name)))).sha256 === sha256);
  const sameEntry = entries.find((entry) => entry.file === same);
  if (same && sameEntry) {
    refuse(`The file is already present: content/articles/${same} has the same bytes (slug ${String(sameEntry.slug)}).`, 'Nothing to add.');
  }

  // 3. Parse it as the build will. --title is for a file without a headline of its own.
  let file: ParsedArticleFile;
  try {
    file = parseArticleFile(bytes, { file: sourceName });
    if (titleOption !== undefined) {
      const at = file.parsed.title.line !== null ? `${unit} ${file.parsed.title.line}` : `the page's ${file.page?.headline?.source ?? 'metadata'}`;
      refuse(`The file has a headline of its own (${at}: "${clip(file.parsed.title.text, 80)}").`, 'Leave out --title: it is only for a file without a headline.');
    }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (titleOption === undefined || !/^The (?:file|page) has no headline/u.test(error.problems[0]?.message ?? '')) refuseParse(error, unit);
    try {
      file = parseArticleFile(bytes, { file: sourceName, titleOverride: { text: titleOption, reason: 'Given with --title.' } });
    } catch (again) {
      if (again instanceof ContentError) refuseParse(again, unit);
      throw again;
    }
  }
  const { parsed } = file;
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
  const extension = isPage ? (/\.htm$/iu.test(sourceName) ? 'htm' : 'html') : 'txt';
  const ownName = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(?:txt|html?)$/u.test(sourceName) ? sourceName : `${slug}.${extension}`;
  const target = same ?? ownName;
  if (!same && present.includes(target)) refuse(`A different file named content/articles/${target} is already present.`, 'Rename the raw file, then run the command again.');

  const suggestionsPath = path.join(suggestionsDir, `${slug}.yaml`);
  if (existsSync(suggestionsPath)) {
    refuse(`A suggestions file for "${slug}" is already there: ${path.relative(rootDir, suggestionsPath)}.`, 'It is left from an earlier run: delete it, or choose another --slug.');
  }

  // A page's own language, when the editor gives none (its primary tag: "en-GB" → "en").
  const pageLanguage = file.page?.language?.value.split('-')[0]?.toLowerCase();
  const language = values.language ?? (pageLanguage && /^[a-z]{2,3}$/u.test(pageLanguage) ? pageLanguage : undefined);
  const date = new Date().toISOString().slice(0, 10);
  const entry = draftEntry({ file: target, slug, event, title: parsed.title.text, sourceName, date, titleOverride: titleOption, language });
  const metadataAfter = appendMetadataEntry(metadataBefore, entry);
  parseArticleMetadata(metadataAfter, path.join(paths.articles, paths.metadataFile), same ? present : [...present, target]);

  // 5. Load the whole corpus as the build does, with the new file: in memory for a dry run, else
  // written first and undone if any step fails, so a refusal leaves the project as it was.
  const targetPath = path.join(articlesDir, target);
  const undo: Array<() => void> = [];
  let after: Corpus;
  let suggestionsText: string;
  let report: AddArticleReport;
  try {
    if (dryRun) {
      after = await loadCorpusOrRefuse('with the new article', { file: target, bytes, metadataText: metadataAfter });
    } else {
      if (!same) {
        copyFileSync(sourcePath, targetPath, constants.COPYFILE_EXCL);
        undo.push(() => rmSync(targetPath));
      }
      writeFileSync(metadataPath, metadataAfter);
      undo.push(() => writeFileSync(metadataPath, metadataBefore));
      after = await loadCorpusOrRefuse('with the new article (it was not added)');
    }
    const added = after.articles.find((article) => article.meta.slug === slug);
    if (!added) throw new Error(`add-article: ${slug} did not load`);

    // 6. Claim suggestions, for review.
    const passages = added.parsed.sections.flatMap((section) => section.paragraphs);
    // Only its event's claims: another event's claims are not what this article can report.
    const others = after.verified.claims.filter((claim) => after.claimEvent.get(claim.id) === event).map((claim) => ({
      ...claim,
      mentions: claim.mentions.filter((mention) => mention.article !== slug),
    }));
    const suggestions = suggestClaims(passages, others, { dek: added.parsed.dek.map((line) => line.text), aliases: after.aliases });
    suggestionsText = suggestionsFile(slug, suggestions, others, DEFAULT_THRESHOLD);
    if (!dryRun) {
      mkdirSync(suggestionsDir, { recursive: true });
      writeFileSync(suggestionsPath, suggestionsText);
    }
    const rel = (absolute: string) => path.relative(rootDir, absolute);
    report = buildReport({
      action: dryRun ? 'dry-run' : same ? 'registered' : 'added',
      target: rel(targetPath),
      metadataFile: rel(metadataPath),
      suggestionsFile: rel(suggestionsPath),
      bytes: bytes.length,
      sha256,
      slug,
      parsed: added.parsed,
      page: added.page,
      suggestions,
      uncoveredFigures: after.verified.numbers[slug]?.uncovered.length ?? 0,
    });
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }

  // 7. The report, printed or as JSON.
  console.log(values.json ? JSON.stringify(previewJson(report)) : `${reportText(report)}\nEvent: ${event}`);
}

main().catch((error: unknown) => {
  if (wantsJson) {
    // One JSON object on stdout, also for a refusal; a bug's stack goes to stderr as well.
    console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    if (!(error instanceof Refusal || error instanceof ContentError)) console.error(error);
    process.exit(1);
  }
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
