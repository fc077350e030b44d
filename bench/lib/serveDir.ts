/**
 * Serves a folder on 127.0.0.1 like tests/helpers/site.ts serveSite, for a build without an
 * index page (the baseline has only /<slug>/ pages).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { ServedSite } from '../../tests/helpers/site.ts';

export async function serveDir(dir: string): Promise<ServedSite> {
  const handler = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
