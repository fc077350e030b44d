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
 *
 * A target that already is a link to the stored file of its bytes is left as it is: a folder the
 * last build wrote through the store, moved into place (the search shards' folder, renamed to this
 * build's hash), needs no work for the files that did not change; `pruneUnwritten` then removes
 * the files of that folder this build did not write.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LinkedWriter {
  write(target: string, body: string): void;
  /** Removes every file under `folder` (and each folder left empty) this writer did not write; returns how many. */
  pruneUnwritten(folder: string): number;
  /**
   * Removes the stored files this build did not write; returns how many files were linked, not
   * written (`reused`), and how many of those were already in place (`inPlace`).
   */
  finish(): { reused: number; written: number; inPlace: number };
}

export function linkedWriter(store: string): LinkedWriter {
  mkdirSync(store, { recursive: true });
  const used = new Set<string>();
  const made = new Set<string>();
  const targets = new Set<string>();
  let reused = 0;
  let written = 0;
  let inPlace = 0;
  return {
    write(target, body) {
      const name = createHash('sha256').update(body).digest('base64url');
      const stored = path.join(store, name);
      targets.add(target);
      // Bytes this build already wrote are in the store; others may be there from an earlier build.
      const storedFile = used.has(name) ? statSync(stored) : statSync(stored, { throwIfNoEntry: false });
      used.add(name);
      if (storedFile === undefined) {
        const partial = `${stored}.${process.pid}.partial`;
        writeFileSync(partial, body);
        renameSync(partial, stored);
        written += 1;
      } else {
        reused += 1;
        const existing = statSync(target, { throwIfNoEntry: false });
        if (existing && existing.ino === storedFile.ino && existing.dev === storedFile.dev) {
          inPlace += 1;
          return;
        }
      }
      const folder = path.dirname(target);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
      rmSync(target, { force: true });
      try {
        linkSync(stored, target);
      } catch {
        copyFileSync(stored, target);
      }
    },
    pruneUnwritten(folder) {
      let removed = 0;
      const walk = (dir: string): boolean => {
        let empty = true;
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) {
            if (walk(full)) rmSync(full, { recursive: true, force: true });
            else empty = false;
          } else if (targets.has(full)) empty = false;
          else unlinkSync(full), (removed += 1);
        }
        return empty;
      };
      if (statSync(folder, { throwIfNoEntry: false })?.isDirectory()) walk(folder);
      return removed;
    },
    finish() {
      for (const name of readdirSync(store)) if (!used.has(name)) rmSync(path.join(store, name), { force: true });
      return { reused, written, inPlace };
    },
  };
}
