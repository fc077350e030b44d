/**
 * Incremental builds (experimental.incrementalBuild with a cacheKey per page, src/data/pageKey.ts)
 * never serve a stale page: after an edit, a build that reuses the last build's pages gives the
 * same dist/ as a build from scratch. In the real corpus every article is every other's peer, so
 * an article's label is on every page; a claim's statement and an article's lineage reach only
 * some pages.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderHashes as hashes } from '../helpers/folderHashes.ts';
import { tempProject } from '../helpers/tempProject.ts';

const restoredPages = (output: string): number => output.split('\n').filter((line) => /\((restored|cached)\)/u.test(line)).length;

describe('incremental builds', () => {
  it('reuse unchanged pages and rebuild every page an edit reaches, as a build from scratch does', () => {
    const project = tempProject();
    try {
      const first = project.build();
      expect(first.status, first.output).toBe(0);
      expect(restoredPages(first.output)).toBe(0);

      // A claim's statement (its claim page, the tables of the articles that make it, the
      // compare pages that list it) and one article's lineage (its own page only).
      project.edit('content/claims/casualties.yaml', (text) =>
        text.replace('statement: At least 164 people were killed in the unrest.', 'statement: At least 164 people died in the unrest.'),
      );
      project.edit('content/articles/articles.yaml', (text) => text.replace('radicals under its own subhead.', 'radicals under a subhead of its own.'));
      const incremental = project.build();
      expect(incremental.status, incremental.output).toBe(0);
      const afterEdit = hashes(path.join(project.dir, 'dist'));
      // The other claims' pages are reused, so the test would see a stale one.
      expect(restoredPages(incremental.output)).toBeGreaterThan(50);
      expect(readFileSync(path.join(project.dir, 'dist/claims/deaths-nationwide/index.html'), 'utf8')).toContain('At least 164 people died in the unrest.');
      expect(readFileSync(path.join(project.dir, 'dist/articles/worldwarthird-foreign-interference/index.html'), 'utf8')).toContain('a subhead of its own');

      rmSync(path.join(project.dir, '.astro'), { recursive: true, force: true });
      const scratch = project.build();
      expect(scratch.status, scratch.output).toBe(0);
      expect(restoredPages(scratch.output)).toBe(0);
      expect(afterEdit).toEqual(hashes(path.join(project.dir, 'dist')));
    } finally {
      project.dispose();
    }
  }, 600_000);
});
