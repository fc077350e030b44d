// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  // Canonical origin for absolute URLs (canonical links, sitemap, Open Graph).
  site: 'https://coverage-compare.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Builds must be reproducible and work offline.
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') })],
});
