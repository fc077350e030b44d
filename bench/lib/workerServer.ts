/**
 * workerServer — serves a folder from a worker thread of this process, so the served files' list
 * lives in the worker's heap and not in the bench's.
 *
 * sirv (`dev: false`) lists every file at start-up and keeps the list: at 100,000 claims (about
 * 450,000 files with Pagefind's) that put the bench's heap at 416 MB after a full collection,
 * against 59 MB for the real corpus, and V8 then marked it while the browser searched (the bench's
 * collections paused it p95 21.6 ms inside the timed windows, 2026-12-03). A worker is its own V8
 * isolate with its own heap and collector: its list is collected only when the worker allocates,
 * and serving allocates little. The server is the same (`serveDir` over HTTP/1.1, sirv over
 * `node:http2` with TLS for `--http2`); the worker's threads still count as the bench's process
 * in `hostCpu`.
 *
 * `serveInWorker(dir, tls)` resolves with the origin once the worker listens; `close()` stops the
 * server and ends the worker.
 */
import { readFileSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import sirv from 'sirv';

/** PEM files for HTTP/2 over TLS; null serves HTTP/1.1. */
export interface TlsFiles {
  key: string;
  cert: string;
}

interface Job {
  dir: string;
  tls: TlsFiles | null;
}

type Reply = { origin: string } | { error: string };

export async function serveInWorker(dir: string, tls: TlsFiles | null = null): Promise<{ origin: string; close(): Promise<void> }> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { dir, tls } satisfies Job });
  const origin = await new Promise<string>((resolve, reject) => {
    worker.once('message', (reply: Reply) => ('origin' in reply ? resolve(reply.origin) : reject(new Error(`workerServer: ${reply.error}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`workerServer: the worker ended (exit code ${code}) before it listened on ${dir}`)));
  });
  return {
    origin,
    async close() {
      const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      await ended;
    },
  };
}

async function listen({ dir, tls }: Job): Promise<{ origin: string; close(): Promise<void> }> {
  if (!tls) {
    // The tests' server, so the bench serves exactly as the browser tests are served.
    const { serveDir } = await import('../../tests/helpers/site.ts');
    return serveDir(dir);
  }
  const handler = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const server = createSecureServer({ key: readFileSync(tls.key), cert: readFileSync(tls.cert), allowHTTP1: true }, (req, res) =>
    handler(req as never, res as never, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `https://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.dir) {
  const port = parentPort;
  listen(workerData as Job).then(
    (server) => {
      port.on('message', (message) => {
        if (message === 'close') void server.close().finally(() => port.close());
      });
      port.postMessage({ origin: server.origin } satisfies Reply);
    },
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply),
  );
}
