/**
 * moduleUrl: `import url from './searchUi.ts?module-url'` gives the URL of that module built as a
 * chunk of its own, to load later with `import(/* @vite-ignore *\/ url)`.
 *
 * Why: Vite wraps every dynamic `import()` of a client chunk in its preload helper
 * (`__vitePreload`, 1,745 of the search bootstrap's 2,941 bytes), whatever `build.modulePreload`
 * says: Vite 8's build-import-analysis inserts it for any client chunk that is not a library or a
 * worker, and `modulePreload: false` only empties its list of files (vitejs/vite#18551, #13952).
 * The bootstrap every page loads has nothing to preload (the search module imports no other
 * chunk and no CSS), so the helper is dead weight on every page. A module whose URL is a string
 * is fetched by the browser's own `import()`, which the analysis leaves alone.
 *
 * In a build the module is emitted as a chunk (`emitFile`) and the string is
 * `import.meta.ROLLDOWN_FILE_URL_<ref>`, which Vite renders as the chunk's URL under `base`. Astro's
 * incremental build reads that placeholder too: a page's dependency hash takes in the chunk's
 * final (content-hashed) file name, so a changed search module still re-renders the pages that
 * load the bootstrap. In `astro dev` the string is the module's own path, which the dev server
 * compiles on request.
 *
 * Astro inlines a small page script into every page unless it has a dynamic import; a script
 * that loads modules by URL has dynamic imports Astro cannot see, so `assetsInlineLimit` keeps
 * it a file of its own, as before: cached once for the whole site rather than sent again inside
 * every page (and with no hash of its own in every page's CSP).
 */
import path from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?module-url';
const PREFIX = '\0module-url:';

export interface ModuleUrls {
  plugin: Plugin;
  /** For `vite.build.assetsInlineLimit`: never inline a chunk that loads a module by URL; else Vite's and Astro's default. */
  assetsInlineLimit: (file: string, content: Buffer) => false | undefined;
}

export function moduleUrls(): ModuleUrls {
  // The emitted chunks, then their final URLs: a chunk holding one of them loads that module.
  const refs = new Set<string>();
  const urls = new Set<string>();
  let base = '/';
  let root = process.cwd();
  let serving = false;
  const plugin: Plugin = {
    name: 'coverage-compare:module-url',
    enforce: 'pre',
    // Page scripts are built for the browser only; the emitted chunks' refs belong to that build.
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    configResolved(config) {
      base = config.base;
      root = config.root;
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      if (!resolved) throw new Error(`${importer ?? 'a module'} asks for the URL of ${source}, which does not resolve: check the path.`);
      return `${PREFIX}${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (serving) return `export default ${JSON.stringify(`/${path.relative(root, file).split(path.sep).join('/')}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      refs.add(ref);
      return `export default import.meta.ROLLDOWN_FILE_URL_${ref};`;
    },
    // File names are final only now; this plugin's hook runs before Astro's, which decides what to inline.
    generateBundle() {
      for (const ref of refs) urls.add(`${base}${this.getFileName(ref)}`);
    },
  };
  const loadsByUrl = (content: string) => [...urls].some((url) => content.includes(url));
  return { plugin, assetsInlineLimit: (file, content) => (file.endsWith('.js') && loadsByUrl(content.toString('utf8')) ? false : undefined) };
}
