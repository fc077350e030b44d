/**
 * Which Chromium the browser tests drive, and what to do when there is none. One lookup for the
 * tests (site.ts) and for `npm test`'s provisioning step (scripts/provision-browser.ts), in this
 * order: CHROMIUM_PATH; a system Chromium or Chrome (known paths, then PATH); Playwright's
 * browser cache. The plan is a pure function of the machine, so every branch is unit-tested.
 */
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  /** Effective user id (null where there is none, on Windows). */
  uid: number | null;
  isDebian: boolean;
  isExecutable(file: string): boolean;
  list(dir: string): string[];
}

export const systemBrowsers: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
};
const pathNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The executables Playwright's cache may hold (`npx playwright-core install chromium`). */
function playwrightCache(machine: Machine): string[] {
  const root =
    machine.env['PLAYWRIGHT_BROWSERS_PATH'] ??
    (machine.platform === 'darwin' ? path.join(machine.home, 'Library/Caches/ms-playwright') : path.join(machine.home, '.cache/ms-playwright'));
  const found: string[] = [];
  for (const dir of machine.list(root).sort().reverse()) {
    if (dir.startsWith('chromium-')) {
      found.push(
        path.join(root, dir, 'chrome-linux64/chrome'),
        path.join(root, dir, 'chrome-linux/chrome'),
        path.join(root, dir, 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'),
        path.join(root, dir, 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'),
      );
    } else if (dir.startsWith('chromium_headless_shell-')) {
      found.push(path.join(root, dir, 'chrome-linux/headless_shell'), path.join(root, dir, 'chrome-headless-shell-linux64/chrome-headless-shell'));
    }
  }
  return found;
}

export type BrowserPlan =
  | { kind: 'found'; path: string; source: 'CHROMIUM_PATH' | 'system' | 'playwright-cache' }
  | { kind: 'install'; command: string[][]; why: string }
  | { kind: 'stop'; message: string };

export const APT_INSTALL = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
];

export function browserPlan(machine: Machine): BrowserPlan {
  const fromEnv = machine.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (machine.isExecutable(fromEnv)) return { kind: 'found', path: fromEnv, source: 'CHROMIUM_PATH' };
    return { kind: 'stop', message: `CHROMIUM_PATH is ${fromEnv}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it.` };
  }
  const dirs = (machine.env['PATH'] ?? '').split(path.delimiter).filter(Boolean);
  const system = [...(systemBrowsers[machine.platform] ?? []), ...dirs.flatMap((dir) => pathNames.map((name) => path.join(dir, name)))];
  const onSystem = system.find((file) => machine.isExecutable(file));
  if (onSystem) return { kind: 'found', path: onSystem, source: 'system' };
  const cached = playwrightCache(machine).find((file) => machine.isExecutable(file));
  if (cached) return { kind: 'found', path: cached, source: 'playwright-cache' };
  if (machine.platform === 'linux' && machine.isDebian && machine.uid === 0) {
    return { kind: 'install', command: APT_INSTALL, why: "No Chromium found; installing Debian's chromium package (running as root)." };
  }
  const command =
    machine.platform === 'linux' && machine.isDebian ? 'sudo apt-get install -y chromium' : 'npx playwright-core install chromium';
  return {
    kind: 'stop',
    message:
      'The browser tests need Chromium, and none was found (CHROMIUM_PATH, a system Chromium or Chrome, Playwright’s cache).\n' +
      `Run this once, then npm test again:\n\n  ${command}\n`,
  };
}

/** This machine, as browserPlan reads it. */
export function thisMachine(): Machine {
  return {
    env: process.env,
    platform: process.platform,
    home: os.homedir(),
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    isDebian: existsSync('/etc/debian_version'),
    isExecutable: (file) => {
      try {
        accessSync(file, constants.X_OK);
        return !readdirSafe(file);
      } catch {
        return false;
      }
    },
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}

/** True when `file` is a directory (an executable bit on a folder is not a browser). */
function readdirSafe(file: string): boolean {
  try {
    readdirSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The browser the tests use, or an error that says the one command to run. */
export function chromiumExecutable(machine = thisMachine()): string {
  const plan = browserPlan(machine);
  if (plan.kind === 'found') return plan.path;
  throw new Error(plan.kind === 'stop' ? plan.message : 'No Chromium found: run `npm test`, which installs it (as root on Debian), or set CHROMIUM_PATH.');
}
