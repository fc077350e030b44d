import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveInWorker } from '../../../bench/lib/workerServer.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'worker-server-'));
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(path.join(dir, 'a.json'), '{"a":1}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serveInWorker', () => {
  it('serves the folder over HTTP/1.1 from a worker, 404 for a missing file, and ends on close', async () => {
    const server = await serveInWorker(dir);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
      const found = await fetch(`${server.origin}/a.json`);
      expect(found.status).toBe(200);
      expect(await found.json()).toEqual({ a: 1 });
      expect((await fetch(`${server.origin}/`)).status).toBe(200);
      expect((await fetch(`${server.origin}/missing.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.origin}/a.json`)).rejects.toThrow();
  });

  it('rejects, naming the problem, when the worker cannot serve', async () => {
    await expect(serveInWorker(dir, { key: path.join(dir, 'no-key.pem'), cert: path.join(dir, 'no-cert.pem') })).rejects.toThrow(/workerServer: .*no-key\.pem/u);
  });
});
