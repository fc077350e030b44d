/**
 * The site-wide exports as `astro dev` serves them: the file the claims loader wrote to the build
 * cache (src/data/exportFiles.ts), streamed. A build does not render these routes:
 * src/integrations/claimsExports.ts injects them in dev only and links the files into dist/.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { SITE_EXPORTS, exportFolder, type SiteExportName } from '../data/exportFiles.ts';

export async function serveSiteExport(name: SiteExportName): Promise<Response> {
  const [entry] = await getCollection('claims');
  if (!entry) return new Response('No claims yet: the claims loader has not run.', { status: 503 });
  const type = SITE_EXPORTS.find((item) => item.name === name)?.type ?? 'application/octet-stream';
  const file = path.join(exportFolder(path.dirname(entry.data.all.file)), name);
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, { headers: { 'Content-Type': type } });
}
