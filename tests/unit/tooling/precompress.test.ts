import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressText } from '../../../bench/lib/precompress.ts';
import { serveDir, serveSite } from '../../helpers/site.ts';

let dir: string;
const page = `<!doctype html><html lang="en"><title>t</title>${'<p>The same paragraph, again and again.</p>'.repeat(200)}`;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  mkdirSync(path.join(dir, 'compare'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), page);
  writeFileSync(path.join(dir, 'compare', 'index.html'), page.replace('same', 'other'));
  writeFileSync(path.join(dir, 'site.css'), 'body { margin: 0 }\n'.repeat(50));
  writeFileSync(path.join(dir, 'tiny.txt'), 'a');
  writeFileSync(path.join(dir, 'icon.png'), Buffer.alloc(400, 7));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Answer {
  status: number;
  encoding: string | undefined;
  vary: string | undefined;
  body: Buffer;
}

const request = (origin: string, pathname: string, acceptEncoding?: string): Promise<Answer> =>
  new Promise((resolve, reject) => {
    get(`${origin}${pathname}`, { agent: false, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], vary: res.headers['vary'], body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });

describe('precompressText', () => {
  it('writes a gzip copy beside each text file that unpacks to the same bytes, in every folder', () => {
    const result = precompressText(dir);
    for (const name of ['index.html', 'compare/index.html', 'site.css']) {
      const original = readFileSync(path.join(dir, name));
      expect(gunzipSync(readFileSync(path.join(dir, `${name}.gz`))).equals(original), name).toBe(true);
    }
    expect(result.files).toBe(3);
    expect(result.gzipBytes).toBeLessThan(result.rawBytes / 5);
  });

  it('leaves images alone and keeps no copy that would not be smaller', () => {
    const result = precompressText(dir);
    expect(existsSync(path.join(dir, 'icon.png.gz'))).toBe(false);
    expect(existsSync(path.join(dir, 'tiny.txt.gz'))).toBe(false);
    expect(result.skipped).toBe(1);
  });
});

describe('serveDir with precompressed files', () => {
  it('answers gzip to a browser that accepts it, the file as it is to one that does not', async () => {
    precompressText(dir);
    const site = await serveDir(dir, undefined, { precompressed: true });
    try {
      const zipped = await request(site.origin, '/compare/', 'gzip, deflate, br');
      expect(zipped.status).toBe(200);
      expect(zipped.encoding).toBe('gzip');
      expect(zipped.vary).toBe('Accept-Encoding');
      expect(gunzipSync(zipped.body).toString()).toBe(page.replace('same', 'other'));
      const plain = await request(site.origin, '/compare/');
      expect(plain.encoding).toBeUndefined();
      expect(plain.body.toString()).toBe(page.replace('same', 'other'));
      const image = await request(site.origin, '/icon.png', 'gzip');
      expect(image.encoding).toBeUndefined();
    } finally {
      await site.close();
    }
  });

  it('serveSite passes the option on, as the bench serves its build', async () => {
    precompressText(dir);
    const site = await serveSite(dir, { precompressed: true });
    try {
      expect((await request(site.origin, '/', 'gzip')).encoding).toBe('gzip');
    } finally {
      await site.close();
    }
  });

  it('serves the files as they are without the option, as the tests do', async () => {
    precompressText(dir);
    const site = await serveDir(dir);
    try {
      const answer = await request(site.origin, '/', 'gzip');
      expect(answer.encoding).toBeUndefined();
      expect(answer.body.toString()).toBe(page);
    } finally {
      await site.close();
    }
  });
});
