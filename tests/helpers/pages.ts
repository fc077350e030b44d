import { readdirSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';

/** Every HTML page of the built site, as a URL path ("/", "/articles/x/", "/404.html"). */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const relative = `/${path.relative(dir, full).split(path.sep).join('/')}`;
        pages.push(relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** One page of each type, for the checks too slow to run on every page. */
export const pageTypes: Record<string, string> = {
  index: '/',
  event: '/events/csto-summit-kazakhstan-2022/',
  'event compare': '/events/csto-summit-kazakhstan-2022/compare/divergent/',
  outlets: '/outlets/',
  outlet: '/outlets/worldwarthird-com/',
  article: '/articles/newsdirectory3-two-coup-attempts/',
  claim: '/claims/csto-troop-strength/',
  compare: '/compare/',
  search: '/search/',
  report: '/report/',
  'article table': '/articles/newsdirectory3-two-coup-attempts/table/',
  'reported elsewhere': '/articles/newsdirectory3-two-coup-attempts/reported-elsewhere/',
  'raw beside cleaned': '/articles/newsdirectory3-two-coup-attempts/raw/',
  method: '/method/',
  '404': '/404.html',
};
