/**
 * The exports keep their bytes: since /claims.json and /claims.csv are written piece by piece
 * when content syncs (src/data/exportFiles.ts) rather than rendered as one string by an endpoint,
 * the built files must be exactly what the endpoints produced from the real corpus. The digests
 * in tests/fixtures/published/export-digests.json were taken from main's dist/ before the change.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/site.ts';

const pinned = JSON.parse(readFileSync(new URL('../fixtures/published/export-digests.json', import.meta.url), 'utf8')) as { files: Record<string, string> };

describe('the exports of the real corpus', () => {
  it('are byte for byte what the endpoints built before', () => {
    expect(Object.keys(pinned.files)).toEqual(expect.arrayContaining(['/claims.json', '/claims.csv']));
    const now = Object.fromEntries(Object.keys(pinned.files).map((url) => [url, createHash('sha256').update(readFileSync(path.join(distDir, url))).digest('hex')]));
    expect(now).toEqual(pinned.files);
  });
});
