import { describe, expect, it } from 'vitest';
import { APT_INSTALL, browserPlan, type Machine } from '../../helpers/findBrowser.ts';

/** A machine with only the given executables and folders. */
function machine(overrides: Partial<Machine> & { executables?: string[]; folders?: Record<string, string[]> } = {}): Machine {
  const { executables = [], folders = {}, ...rest } = overrides;
  return {
    env: { PATH: '/usr/local/bin:/usr/bin' },
    platform: 'linux',
    home: '/home/reader',
    uid: 1000,
    isDebian: true,
    isExecutable: (file) => executables.includes(file),
    list: (dir) => folders[dir] ?? [],
    ...rest,
  };
}

describe('browserPlan', () => {
  it('takes CHROMIUM_PATH first, and refuses one that does not exist', () => {
    expect(browserPlan(machine({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, executables: ['/opt/c/chrome', '/usr/bin/chromium'] }))).toEqual({
      kind: 'found',
      path: '/opt/c/chrome',
      source: 'CHROMIUM_PATH',
    });
    const wrong = browserPlan(machine({ env: { CHROMIUM_PATH: '/nope' }, executables: ['/usr/bin/chromium'] }));
    expect(wrong).toMatchObject({ kind: 'stop', message: expect.stringContaining('CHROMIUM_PATH is /nope') });
  });

  it('finds a system Chromium or Chrome, at a known path or on PATH', () => {
    expect(browserPlan(machine({ executables: ['/usr/bin/chromium'] }))).toMatchObject({ kind: 'found', path: '/usr/bin/chromium', source: 'system' });
    expect(browserPlan(machine({ executables: ['/usr/bin/google-chrome-stable'] }))).toMatchObject({ path: '/usr/bin/google-chrome-stable' });
    expect(browserPlan(machine({ executables: ['/usr/local/bin/chrome'] }))).toMatchObject({ path: '/usr/local/bin/chrome', source: 'system' });
  });

  it("finds Playwright's cache, the newest build first", () => {
    const cache = '/home/reader/.cache/ms-playwright';
    const found = browserPlan(
      machine({
        folders: { [cache]: ['chromium-1100', 'chromium-1200', 'ffmpeg-1010'] },
        executables: [`${cache}/chromium-1100/chrome-linux/chrome`, `${cache}/chromium-1200/chrome-linux64/chrome`],
      }),
    );
    expect(found).toEqual({ kind: 'found', path: `${cache}/chromium-1200/chrome-linux64/chrome`, source: 'playwright-cache' });
    const custom = browserPlan(
      machine({ env: { PLAYWRIGHT_BROWSERS_PATH: '/pw' }, folders: { '/pw': ['chromium_headless_shell-1200'] }, executables: ['/pw/chromium_headless_shell-1200/chrome-linux/headless_shell'] }),
    );
    expect(custom).toMatchObject({ kind: 'found', source: 'playwright-cache' });
  });

  it("on Debian as root, installs Debian's chromium package", () => {
    expect(browserPlan(machine({ uid: 0 }))).toMatchObject({ kind: 'install', command: APT_INSTALL });
    expect(APT_INSTALL.at(-1)).toContain('chromium');
  });

  it('otherwise stops with the one command to run', () => {
    const debianUser = browserPlan(machine());
    expect(debianUser).toMatchObject({ kind: 'stop', message: expect.stringContaining('\n  sudo apt-get install -y chromium\n') });
    const mac = browserPlan(machine({ platform: 'darwin', isDebian: false, uid: 501 }));
    expect(mac).toMatchObject({ kind: 'stop', message: expect.stringContaining('\n  npx playwright-core install chromium\n') });
    const otherLinuxRoot = browserPlan(machine({ isDebian: false, uid: 0 }));
    expect(otherLinuxRoot.kind).toBe('stop');
  });
});
