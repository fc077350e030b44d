/**
 * npm run new-event -- --slug <slug> --title "<title>" --date <YYYY-MM-DD> [--end <YYYY-MM-DD>] [--place "<place>"] [--summary "<summary>"]
 *
 * Writes content/events/<slug>.yaml, checked with the build's schema first. Refuses, writing
 * nothing, on a missing or bad option, a slug in use or a date that is not a calendar day.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTENT_LAYOUT } from '../src/lib/contentLayout.ts';
import { EventRefusal, newEventFile } from '../src/lib/events/newEvent.ts';

const usage = 'Usage: npm run new-event -- --slug <slug> --title "<title>" --date <YYYY-MM-DD> [--end <YYYY-MM-DD>] [--place "<place>"] [--summary "<summary>"]';
const rootDir = fileURLToPath(new URL('../', import.meta.url));

function main(): number {
  let values: Record<string, string | undefined>;
  try {
    const parsed = parseArgs({
      allowPositionals: false,
      options: { slug: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, end: { type: 'string' }, place: { type: 'string' }, summary: { type: 'string' } },
    });
    values = parsed.values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n  → ${usage}`);
    return 1;
  }
  const folder = path.join(rootDir, CONTENT_LAYOUT.events);
  const existing = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5)) : [];
  try {
    const { file, text } = newEventFile(values, existing, CONTENT_LAYOUT.events);
    mkdirSync(folder, { recursive: true });
    // 'wx': never overwrite, even if the file appeared since the check.
    writeFileSync(path.join(rootDir, file), text, { flag: 'wx' });
    console.log(`Wrote ${file}.\nAdd articles to it with: npm run add-article -- <file> --event ${values['slug']}`);
    if (text.includes('Not yet')) console.log('Fill in its place and summary in that file before publishing.');
    return 0;
  } catch (error) {
    if (error instanceof EventRefusal) {
      console.error(`${error.message}\n  → ${error.hint}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
