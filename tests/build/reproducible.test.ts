/**
 * Two builds of the same sources produce byte-identical output: no timestamps, no random ids,
 * stable ordering.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderHashes as hashes } from '../helpers/folderHashes.ts';
import { tempProject } from '../helpers/tempProject.ts';

describe('reproducible builds', () => {
  it('two builds of the same commit give byte-identical dist/', () => {
    const project = tempProject();
    try {
      const first = project.build();
      expect(first.status, first.output).toBe(0);
      const before = hashes(path.join(project.dir, 'dist'));
      // Without its cache, so the second build renders every page again instead of reusing the
      // first build's (incremental builds are tested in incrementalBuild.test.ts).
      rmSync(path.join(project.dir, '.astro'), { recursive: true, force: true });
      const second = project.build();
      expect(second.status, second.output).toBe(0);
      const after = hashes(path.join(project.dir, 'dist'));
      expect(Object.keys(before).length).toBeGreaterThan(90);
      expect(after).toEqual(before);
    } finally {
      project.dispose();
    }
  }, 300_000);
});
