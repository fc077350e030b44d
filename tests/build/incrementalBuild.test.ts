/**
 * Incremental builds (experimental.incrementalBuild with a cacheKey per page, src/data/pageKey.ts)
 * never serve a stale page: after an edit, a build that reuses the last build's pages gives the
 * same dist/ as a build from scratch. In the real corpus every article is every other's peer, so
 * an article's label is on every page; a claim's statement and an article's lineage reach only
 * some pages. dist/ is kept between builds (src/integrations/keptOutput.ts): the build from
 * scratch removes both the cache and dist/, and a page the last build had and this one does not
 * must be gone.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderHashes as hashes } from '../helpers/folderHashes.ts';
import { tempProject } from '../helpers/tempProject.ts';

const restoredPages = (output: string): number => output.split('\n').filter((line) => /\((restored|cached)\)/u.test(line)).length;

/** "From the build cache: 4 of 5 article parses, 0 of 1 verification groups" → [4, 5, 0, 1]. */
const cacheUse = (output: string): number[] => {
  const match = /From the build cache: (\d+) of (\d+) article parses, (\d+) of (\d+) verification groups/u.exec(output);
  if (!match) throw new Error(`no build cache line in the build output:\n${output.slice(-2000)}`);
  return match.slice(1).map(Number);
};

/** A draft by an outlet that already has an article: its lines are that article's outlet context. */
const NEW_ARTICLE = [
  'Leaders meet as the talks go on',
  '',
  'The leaders met again on Tuesday and said the talks would go on through the week.',
  '',
  'Officials from both sides described the meeting as calm and said more rounds were planned.',
  '',
].join('\n');
const NEW_ENTRY = `
- file: 005_added_for_the_test.txt
  slug: added-for-the-test
  event: csto-summit-kazakhstan-2022
  label: Added draft
  outlet: asumetech.com
  attribution: confirmed
  foundAt: null
  evidence: >-
    Written for the incremental build test.
  lineage: >-
    Written for the incremental build test.
  language: en
  status: draft
`;

describe('incremental builds', () => {
  it('reuse unchanged pages and rebuild every page an edit reaches, as a build from scratch does', () => {
    const project = tempProject();
    try {
      const first = project.build();
      expect(first.status, first.output).toBe(0);
      expect(restoredPages(first.output)).toBe(0);

      // A claim's statement (its claim page, the tables of the articles that make it, the
      // compare pages that list it) and one article's lineage (its source and cleaning page, which
      // has the whole note; the article page shows only its first clause, which this edit leaves).
      project.edit('content/claims/casualties.yaml', (text) =>
        text.replace('statement: At least 164 people were killed in the unrest.', 'statement: At least 164 people died in the unrest.'),
      );
      project.edit('content/articles/articles.yaml', (text) => text.replace('radicals under its own subhead.', 'radicals under a subhead of its own.'));
      const incremental = project.build();
      expect(incremental.status, incremental.output).toBe(0);
      const afterEdit = hashes(path.join(project.dir, 'dist'));
      // The other claims' pages are reused, so the test would see a stale one.
      expect(restoredPages(incremental.output)).toBeGreaterThan(50);
      // The edit changed the search file's hash: the last build's shards were moved into the new
      // folder, most left in place, so a stale or left-over shard would show below.
      const shards = /\((\d+) term shards; (\d+) unchanged since the last build, (\d+) of them left in place/u.exec(incremental.output);
      expect(Number(shards?.[3]), incremental.output.slice(-2000)).toBeGreaterThan(100);
      const firstHash = /search-index\/([0-9a-f]+)\//u.exec(first.output)?.[1];
      expect(firstHash, first.output.slice(-2000)).toMatch(/^[0-9a-f]+$/u);
      expect(incremental.output).not.toContain(`search-index/${firstHash}/`);
      expect(readFileSync(path.join(project.dir, 'dist/claims/deaths-nationwide/index.html'), 'utf8')).toContain('At least 164 people died in the unrest.');
      expect(readFileSync(path.join(project.dir, 'dist/articles/worldwarthird-foreign-interference/cleaning/index.html'), 'utf8')).toContain('a subhead of its own');

      rmSync(path.join(project.dir, '.astro'), { recursive: true, force: true });
      rmSync(path.join(project.dir, 'dist'), { recursive: true, force: true });
      const scratch = project.build();
      expect(scratch.status, scratch.output).toBe(0);
      expect(restoredPages(scratch.output)).toBe(0);
      expect(afterEdit).toEqual(hashes(path.join(project.dir, 'dist')));
    } finally {
      project.dispose();
    }
  }, 600_000);

  it('reuse cached parses, verifications and outputs only while their inputs and code are unchanged', () => {
    const project = tempProject();
    const dist = path.join(project.dir, 'dist');
    /** The incremental build after an edit (checked by `check`), then one from scratch: the same dist/. */
    const incrementalEqualsScratch = (check: () => void = () => {}): { output: string } => {
      const incremental = project.build();
      expect(incremental.status, incremental.output).toBe(0);
      check();
      const afterEdit = hashes(dist);
      rmSync(path.join(project.dir, '.astro'), { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
      const scratch = project.build();
      expect(scratch.status, scratch.output).toBe(0);
      const [parseHits, , groupHits] = cacheUse(scratch.output);
      expect([parseHits, groupHits]).toEqual([0, 0]);
      expect(afterEdit).toEqual(hashes(dist));
      return incremental;
    };
    try {
      const first = project.build();
      expect(first.status, first.output).toBe(0);
      expect(cacheUse(first.output)).toEqual([0, 5, 0, 1]);
      const again = project.build();
      expect(cacheUse(again.output)).toEqual([5, 5, 1, 1]);
      expect(again.output).toMatch(/term shards; (\d+) unchanged since the last build/u);

      // An article's text: its own parse and its group's verification are redone, the others reused.
      project.edit('content/articles/000_e850eae5892fedc2.txt', (text) =>
        text.replace('\n\nहिंदी मराठी', '\n\nThe editors added this paragraph to the report.\n\nहिंदी मराठी'),
      );
      const edited = incrementalEqualsScratch();
      expect(cacheUse(edited.output)).toEqual([4, 5, 0, 1]);
      expect(readFileSync(path.join(dist, 'articles/worldwarthird-foreign-interference/index.html'), 'utf8')).toContain('The editors added this paragraph');
      expect(readFileSync(path.join(dist, 'search-index.json'), 'utf8')).toContain('The editors added this paragraph');

      // An article added to an outlet that has one: both of the outlet's files are parsed again
      // (each is the other's context), the rest reused; then removed again.
      project.write('content/articles/005_added_for_the_test.txt', NEW_ARTICLE);
      project.edit('content/articles/articles.yaml', (text) => `${text.trimEnd()}\n${NEW_ENTRY}`);
      const addedPages = path.join(dist, 'articles/added-for-the-test');
      const added = incrementalEqualsScratch();
      expect(cacheUse(added.output)).toEqual([4, 6, 1, 2]);
      expect(readFileSync(path.join(dist, 'claims.json'), 'utf8')).toContain('added-for-the-test');
      // Its page, removed lines, raw views, table and the list of claims reported elsewhere (two
      // pages of 50: more than 50 of its event's claims are not in it).
      expect(readdirSync(addedPages, { recursive: true }).sort()).toEqual([
        'cleaning', 'cleaning/index.html', 'index.html', 'raw', 'raw.txt', 'raw/index.html',
        'reported-elsewhere', 'reported-elsewhere/index.html', 'reported-elsewhere/page', 'reported-elsewhere/page/2', 'reported-elsewhere/page/2/index.html',
        'table', 'table/index.html',
      ]);
      // Removed again: its pages (kept in dist/ from the last build) are gone after the next one.
      project.remove('content/articles/005_added_for_the_test.txt');
      project.edit('content/articles/articles.yaml', (text) => text.replace(NEW_ENTRY, '\n'));
      const removed = incrementalEqualsScratch(() => expect(existsSync(addedPages)).toBe(false));
      expect(cacheUse(removed.output)).toEqual([4, 5, 1, 1]);
      expect(readFileSync(path.join(dist, 'claims.json'), 'utf8')).not.toContain('added-for-the-test');

      // A build that fails in content sync leaves no dist/; the next good build is complete.
      const article = 'content/articles/001_7109ccddf67815c9.txt';
      const good = readFileSync(path.join(project.dir, article));
      project.write(article, Buffer.concat([good, Buffer.from([0xff])]));
      const failed = project.build();
      expect(failed.status).not.toBe(0);
      expect(existsSync(dist)).toBe(false);
      project.write(article, good);
      incrementalEqualsScratch();

      // The parser's code: every key changes, nothing is read from the cache.
      project.edit('src/lib/articles/ruleCatalogue.ts', (text) =>
        text.replace("'Comment form of the publishing site, not article text.'", "'The publishing site’s comment form, not article text.'"),
      );
      const recoded = incrementalEqualsScratch();
      expect(cacheUse(recoded.output)).toEqual([0, 5, 0, 1]);
      expect(readFileSync(path.join(dist, 'articles/trixabia-attempted-coup-unsuccessful/raw/index.html'), 'utf8')).toContain('The publishing site’s comment form');
      expect(readFileSync(path.join(dist, 'articles/trixabia-attempted-coup-unsuccessful/cleaning/index.html'), 'utf8')).toContain('The publishing site’s comment form');
    } finally {
      project.dispose();
    }
  }, 900_000);
});
