/**
 * npm run draft-claims -- [--event <slug>] --out <file> [--force] [--json] [--root <dir>]
 *
 * Drafts the claims of an event from its raw articles alone (cleaned as the build cleans them;
 * existing claims are ignored) and writes them as a claims file with every claim `status:
 * draft`. Prints a summary: claims, groups across two or more articles, divergent claims, time
 * taken; `--json` prints it as JSON. Until events exist a project has one implicit event,
 * `default` (every article in content/articles); with event files (content/events/), `--event` names one
 * (or the only one is drafted), its articles alone are read and the drafts file carries its `event:`; any other slug
 * is refused. `--root` drafts another project's articles (a fixture event). Every refusal writes
 * nothing; the file is written whole or not at all.
 */
import { existsSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/contentError.ts';
import { CONTENT_LAYOUT } from '../src/lib/contentLayout.ts';
import { draftClaims } from '../src/lib/drafting/draftClaims.ts';
import { draftsFile, summarise } from '../src/lib/drafting/draftsFile.ts';
import { eventArticles, type LoadedEventArticle } from './lib/eventArticles.ts';

const usage = 'Usage: npm run draft-claims -- [--event <slug>] --out <file> [--force] [--json] [--root <project-dir>]';
/** The one event of a project until events exist: every article in content/articles. */
export const IMPLICIT_EVENT = 'default';

class Refusal extends Error {}
function refuse(message: string, hint?: string): never {
  throw new Refusal(hint ? `${message}\n  → ${hint}` : message);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: false,
      strict: true,
      options: {
        event: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        root: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error), usage);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const values = options();
  const cwd = process.env.INIT_CWD ?? process.cwd();
  if (values.out === undefined || values.out.trim() === '') refuse('Say where to write the drafts: --out <file>.', usage);
  const out = path.resolve(cwd, values.out);
  if (existsSync(out) && statSync(out).isDirectory()) refuse(`--out is a folder: ${out}`, 'Give a file name, for example drafts.yaml.');
  if (existsSync(out) && !values.force) refuse(`The file exists: ${out}`, 'Choose another name, or add --force to replace it.');
  if (!existsSync(path.dirname(out))) refuse(`No such folder: ${path.dirname(out)}`, 'Create it first, or write the drafts elsewhere.');
  const root = values.root !== undefined ? path.resolve(cwd, values.root) : fileURLToPath(new URL('../', import.meta.url));
  // The project's events (content/events/<slug>.yaml): --event names one, or the only one is
  // drafted. A project without event files (a fixture of articles alone) has one implicit event.
  const eventsDir = path.join(root, CONTENT_LAYOUT.events);
  const slugs = existsSync(eventsDir) ? readdirSync(eventsDir).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5)).sort() : [];
  const known = slugs.length > 0 ? slugs : [IMPLICIT_EVENT];
  if (values.event !== undefined && !known.includes(values.event)) {
    refuse(`Unknown event "${values.event}".`, `Known events: ${known.join(', ')}.${slugs.length === 0 ? ` (${IMPLICIT_EVENT}: every article in ${CONTENT_LAYOUT.articles}.)` : ''}`);
  }
  if (values.event === undefined && known.length > 1) refuse(`The project has ${known.length} events: say which one to draft.`, `Add --event <slug>, one of: ${known.join(', ')}.`);
  const event = values.event ?? (known[0] as string);
  const articlesDir = path.join(root, CONTENT_LAYOUT.articles);
  if (!existsSync(path.join(articlesDir, CONTENT_LAYOUT.metadataFile))) {
    refuse(`No articles: ${path.join(articlesDir, CONTENT_LAYOUT.metadataFile)} does not exist.`, 'Add articles with npm run add-article first, or point --root at a project that has some.');
  }

  let articles: LoadedEventArticle[];
  try {
    articles = await eventArticles(root, slugs.length > 0 ? { slug: event, only: slugs.length === 1 } : undefined);
  } catch (error) {
    if (error instanceof ContentError) refuse(`The articles do not load as the build would load them:\n${error.message}`);
    throw error;
  }
  if (articles.length === 0) refuse(`No articles in ${articlesDir}.`, 'Add articles with npm run add-article first.');

  const drafts = draftClaims(articles, { locale: articles[0]?.language ?? 'en' });
  const summary = summarise(drafts, event, articles.length, performance.now() - started);
  const text = draftsFile(drafts, summary, slugs.length > 0 ? event : undefined);
  // Whole or not at all: a temporary file beside the target, then a rename.
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, out);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...summary, out }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `Drafted ${summary.claims} claims for event "${summary.event}" from ${summary.articles} articles in ${summary.milliseconds} ms.`,
      `  ${summary.groups} across two or more articles, ${summary.singles} from one article only, ${summary.divergent} divergent (figures or sources differ).`,
      `  ${summary.quotes} verbatim quotes; ${summary.skippedSentences} sentences too short to be an assertion left out.`,
      `Written to ${out}. Every claim is status: draft; review it before moving it into ${CONTENT_LAYOUT.claims}/.`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof Refusal) {
    process.stderr.write(`draft-claims: ${error.message}\nNothing was written.\n`);
    process.exit(1);
  }
  throw error;
});
