/**
 * Each page's Content-Security-Policy lists the hashes of its own inline scripts and styles only.
 * Astro writes one policy for the whole site into every page: the hashes of every inline script
 * and style of every page (13 on the real site, about 0.7 KB of random base64 that gzip cannot
 * shrink, on each page; the article page's weight, issue 17). `src/middleware.ts` rewrites each
 * page's policy meta, as the page is rendered, to the hashes of what that page inlines, which is
 * also the stricter policy:
 * a script inlined on one page is not allowed on another. Directives other than the hash lists
 * are kept as Astro wrote them; a page without a policy meta is left alone.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/u;
// Astro's own output, where article text is always escaped: "<script" and "<style" only start elements.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gu;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gu;
// Data blocks (JSON-LD) are never run, so CSP does not apply to them.
const DATA_BLOCK = /\stype="application\/(?:ld\+)?json"/u;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Replace the hash sources of one directive (`script-src` or `style-src`) with `hashes`. */
function withHashes(policy: string, directive: string, hashes: string[]): string {
  return policy
    .split(';')
    .map((part) => {
      const tokens = part.trim().split(/\s+/u);
      if (tokens[0] !== directive) return part;
      const kept = tokens.slice(1).filter((token) => !/^'sha(?:256|384|512)-/u.test(token));
      return ` ${[directive, ...kept, ...new Set(hashes)].join(' ')}`;
    })
    .join(';');
}

/** The page with its policy meta listing the hashes of its own inline scripts and styles only. */
export function pageCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].filter((m) => !DATA_BLOCK.test(m[1] ?? '')).map((m) => sha256(m[2] ?? ''));
  const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? ''));
  const policy = withHashes(withHashes(meta[1] ?? '', 'script-src', scripts), 'style-src', styles);
  return html.replace(META, () => `<meta http-equiv="content-security-policy" content="${policy}">`);
}
