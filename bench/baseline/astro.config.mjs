// @ts-check
/**
 * Baseline for the page-weight benchmark: the same article text as the real site, rendered by a
 * minimal Astro page with no comparison UI, no CSS and no scripts. Built by bench/run.ts with
 * `astro build --root bench/baseline`; its dist/ is ignored by git.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
});
