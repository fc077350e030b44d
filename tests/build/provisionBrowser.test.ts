/**
 * npm test's first step, run as npm runs it: it names the browser it found, and stops with a
 * clear message, writing nothing, when the one it is pointed at does not exist.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/tempProject.ts';
import { chromiumPath } from '../helpers/site.ts';

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/provision-browser.ts'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run test:browser', () => {
  it('finds the browser and says which', () => {
    const result = run({ CHROMIUM_PATH: chromiumPath });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`provision-browser: the browser tests use ${chromiumPath} (CHROMIUM_PATH).`);
  });

  it('stops on a CHROMIUM_PATH that is not a browser, naming it', () => {
    const result = run({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is /nonexistent/chromium, which is not an executable file.');
  });

  it('is the first step of npm test', async () => {
    const { default: pkg } = (await import('../../package.json', { with: { type: 'json' } })) as { default: { scripts: Record<string, string> } };
    expect(pkg.scripts['test']?.startsWith('npm run test:browser && ')).toBe(true);
  });
});
