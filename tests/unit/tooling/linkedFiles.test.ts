/** linkedWriter: output files through a content-addressed store, left in place when unchanged. */
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkedWriter } from '../../../src/integrations/linkedFiles.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'linked-files-'));
  folders.push(dir);
  return dir;
};

describe('linkedWriter', () => {
  it('links a second build\'s unchanged bytes from the store, and writes only new bytes', () => {
    const root = temp();
    const store = path.join(root, 'store');
    const first = linkedWriter(store);
    first.write(path.join(root, 'a', 'x.json'), 'same');
    first.write(path.join(root, 'a', 'y.json'), 'old');
    expect(first.finish()).toEqual({ reused: 0, written: 2, inPlace: 0 });

    const second = linkedWriter(store);
    second.write(path.join(root, 'b', 'x.json'), 'same');
    second.write(path.join(root, 'b', 'y.json'), 'new');
    expect(second.finish()).toEqual({ reused: 1, written: 1, inPlace: 0 });
    expect(readFileSync(path.join(root, 'b', 'y.json'), 'utf8')).toBe('new');
    // The store keeps only what the last build used.
    expect(readdirSync(store)).toHaveLength(2);
  });

  it('leaves in place a file of a moved folder whose bytes did not change, replaces a changed one, prunes the rest', () => {
    const root = temp();
    const store = path.join(root, 'store');
    const first = linkedWriter(store);
    for (const [name, body] of [['x', 'same'], ['y', 'old'], ['gone/z', 'dropped']]) first.write(path.join(root, 'h1', `${name}.json`), body as string);
    first.finish();
    const before = statSync(path.join(root, 'h1', 'x.json')).ino;
    // As the search shards' folder is adopted: the last build's hash folder renamed to this build's.
    renameSync(path.join(root, 'h1'), path.join(root, 'h2'));

    const second = linkedWriter(store);
    second.write(path.join(root, 'h2', 'x.json'), 'same');
    second.write(path.join(root, 'h2', 'y.json'), 'new');
    second.write(path.join(root, 'h2', 'w.json'), 'added');
    expect(second.pruneUnwritten(path.join(root, 'h2'))).toBe(1);
    expect(second.finish()).toEqual({ reused: 1, written: 2, inPlace: 1 });
    expect(statSync(path.join(root, 'h2', 'x.json')).ino).toBe(before);
    expect(readFileSync(path.join(root, 'h2', 'y.json'), 'utf8')).toBe('new');
    expect((readdirSync(path.join(root, 'h2'), { recursive: true }) as string[]).sort()).toEqual(['w.json', 'x.json', 'y.json']);
  });

  it('never leaves a stray file of the same name in place: a plain file is replaced by the link', () => {
    const root = temp();
    const store = path.join(root, 'store');
    linkedWriter(store).write(path.join(root, 'seed.json'), 'body');
    writeFileSync(path.join(root, 'copy.json'), 'body');
    const writer = linkedWriter(store);
    writer.write(path.join(root, 'copy.json'), 'body');
    expect(writer.finish().inPlace).toBe(0);
    expect(statSync(path.join(root, 'copy.json')).ino).toBe(statSync(path.join(root, 'seed.json')).ino);
  });
});
