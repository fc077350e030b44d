/**
 * Adds the fixture events (tests/fixtures/events/) to a temporary project copy, beside the real
 * event: their event files, raw articles (with their articles.yaml entries appended) and claims.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, type TempProject } from './tempProject.ts';

export const fixtureEventsDir = path.join(projectRoot, 'tests/fixtures/events');

export const FIXTURE_EVENTS = ['orvel-valley-flood-2025', 'lindmark-bridge-closure-2025'] as const;

export function addFixtureEvents(project: TempProject): void {
  const copy = (from: string, to: string, keep: (name: string) => boolean) => {
    for (const name of readdirSync(path.join(fixtureEventsDir, from)).filter(keep)) {
      project.write(`${to}/${name}`, readFileSync(path.join(fixtureEventsDir, from, name)));
    }
  };
  copy('events', 'content/events', (name) => name.endsWith('.yaml'));
  copy('articles', 'content/articles', (name) => name.endsWith('.txt'));
  copy('claims', 'content/claims', (name) => name.endsWith('.yaml'));
  const entries = readFileSync(path.join(fixtureEventsDir, 'articles/articles.yaml'), 'utf8');
  project.edit('content/articles/articles.yaml', (text) => `${text.endsWith('\n') ? text : `${text}\n`}\n${entries}`);
}
