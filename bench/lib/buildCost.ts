/**
 * Build cost of a generated corpus: generate it (seeded) into a temp copy of the project
 * (tests/helpers/tempProject.ts), run that copy's `npm run build`, measure; optionally change one
 * article and build again with the cache of the first build (an incremental rebuild); throw the
 * copy away.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot, tempProject, type TempProject } from '../../tests/helpers/tempProject.ts';
import { generateCorpus, type CorpusOptions, type CorpusStats } from './corpus.ts';
import { measureBuild, type BuildMeasurement } from './measureBuild.ts';

export interface CorpusBuild {
  articles: number;
  corpus: CorpusStats;
  build: BuildMeasurement;
  msPerPage: number;
  /** Astro's content data store after the build (bytes): Astro inlines it into the build's bundle. */
  dataStoreBytes: number | null;
  /** dist/search-index.json, raw and gzip -9, if the site has one. */
  searchIndex: { raw: number; gzip: number } | null;
  /** The same project built again after one article's text changed (its cache kept), if asked. */
  rebuild: { build: BuildMeasurement; changed: string } | null;
}

/**
 * Changes one article's text as an editor would: a sentence added to its last paragraph. The
 * article's page changes; its peers' pages show only its quotes, which stay as they were.
 */
function changeOneArticle(contentDir: string): string {
  const dir = path.join(contentDir, 'articles');
  const file = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()[0] as string;
  const text = readFileSync(path.join(dir, file), 'utf8');
  writeFileSync(path.join(dir, file), `${text.trimEnd()} The editors added this sentence.\n`);
  return file;
}

/**
 * Astro's cache (content data store, Vite deps) goes to node_modules/.astro by default, and a temp
 * copy's node_modules is a link to the project's: keep the copy's cache in the copy, so its build
 * starts cold, like a clean clone's, and never overwrites the project's own cache.
 */
export function useOwnCache(project: TempProject): void {
  try {
    project.edit('astro.config.mjs', (text) => text.replace(/cacheDir: '[^']*'/u, "cacheDir: './.bench-cache'"));
  } catch {
    process.stderr.write('bench: could not set cacheDir in the temp copy (astro.config.mjs changed?); the build uses the shared cache\n');
  }
}

/**
 * How long a build of this many articles may take before it is stopped: 30 minutes, or 0.3 s of
 * wall time per article (100 minutes at 20,000), since a loaded 2-core machine took 30 minutes for
 * 20,000 articles and the bench stopped a build that had just written its last file.
 */
export const buildTimeoutMs = (articles: number): number => Math.max(30 * 60_000, articles * 300);

export async function buildGeneratedCorpus(
  articles: number,
  seed: number,
  options: Partial<CorpusOptions> & { rebuild?: boolean } = {},
  /** Runs on the built copy before it is thrown away (checks of its dist/), before any rebuild. */
  inspect?: (distDir: string) => Promise<void>,
): Promise<CorpusBuild> {
  const project = tempProject();
  const generated = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
  try {
    useOwnCache(project);
    const { rebuild: _rebuild, ...corpusOptions } = options;
    const corpus = generateCorpus(generated, { ...corpusOptions, articles, seed, vocabularyFrom: path.join(projectRoot, 'content/articles') });
    project.useContent(generated);
    const build = await measureBuild({
      cwd: project.dir,
      command: ['npm', 'run', '--silent', 'build'],
      distDir: path.join(project.dir, 'dist'),
      timeoutMs: buildTimeoutMs(articles),
    });
    const store = path.join(project.dir, '.bench-cache', 'data-store.json');
    const index = path.join(project.dir, 'dist', 'search-index.json');
    const indexBytes = existsSync(index) ? readFileSync(index) : null;
    const dataStoreBytes = existsSync(store) ? statSync(store).size : null;
    if (inspect && build.ok) await inspect(path.join(project.dir, 'dist'));
    let rebuild: CorpusBuild['rebuild'] = null;
    if (options.rebuild && build.ok) {
      const changed = changeOneArticle(path.join(project.dir, 'content'));
      const again = await measureBuild({ cwd: project.dir, command: ['npm', 'run', '--silent', 'build'], distDir: path.join(project.dir, 'dist'), timeoutMs: buildTimeoutMs(articles) });
      rebuild = { build: again, changed };
    }
    return {
      articles,
      corpus,
      build,
      msPerPage: build.dist.htmlPages > 0 ? build.wallMs / build.dist.htmlPages : NaN,
      dataStoreBytes,
      searchIndex: indexBytes ? { raw: indexBytes.length, gzip: gzipSync(indexBytes, { level: 9 }).length } : null,
      rebuild,
    };
  } finally {
    rmSync(generated, { recursive: true, force: true });
    project.dispose();
  }
}
