/**
 * linkedFiles: writes many small output files through a content-addressed store in Astro's cache
 * folder, hard-linking each into the output instead of writing it again when the same bytes were
 * written by an earlier build.
 *
 * The search index is cut into tens of thousands of files (src/integrations/searchShards.ts); on
 * this machine's disk writing each took about half a millisecond (23 s of a 2,000-article
 * rebuild), while a hard link takes a fiftieth of that. A rebuild after one edit produces mostly
 * the same files, so most of them become links. An output file is never written through a link
 * (a stale target is removed first), so the store's copy cannot change under it. Where a link is
 * not possible (another file system) the file is copied.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LinkedWriter {
  write(target: string, body: string): void;
  /** Removes the stored files this build did not write; returns how many files were linked, not written. */
  finish(): { reused: number; written: number };
}

export function linkedWriter(store: string): LinkedWriter {
  mkdirSync(store, { recursive: true });
  const used = new Set<string>();
  const made = new Set<string>();
  let reused = 0;
  let written = 0;
  return {
    write(target, body) {
      const name = createHash('sha256').update(body).digest('base64url');
      const stored = path.join(store, name);
      if (!used.has(name) && !existsSync(stored)) {
        const partial = `${stored}.${process.pid}.partial`;
        writeFileSync(partial, body);
        renameSync(partial, stored);
        written += 1;
      } else reused += 1;
      used.add(name);
      const folder = path.dirname(target);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
      rmSync(target, { force: true });
      try {
        linkSync(stored, target);
      } catch {
        copyFileSync(stored, target);
      }
    },
    finish() {
      for (const name of readdirSync(store)) if (!used.has(name)) rmSync(path.join(store, name), { force: true });
      return { reused, written };
    },
  };
}
