import { describe, expect, it } from 'vitest';
import { launcherDefaultFlags, lighthouseChromeFlags } from '../../../bench/lib/lighthouse.ts';
import { DISABLED_FEATURES } from '../../helpers/site.ts';

describe('lighthouseChromeFlags', () => {
  const defaults = ['--disable-features=Translate,OptimizationHints', '--disable-extensions', '--no-first-run'];

  it("keeps chrome-launcher's switches and puts its features and ours in one --disable-features", () => {
    const flags = lighthouseChromeFlags(defaults, 'linux');
    const disable = flags.filter((flag) => flag.startsWith('--disable-features='));
    expect(disable).toEqual([`--disable-features=Translate,OptimizationHints,${DISABLED_FEATURES.join(',')}`]);
    expect(flags).toEqual(expect.arrayContaining(['--disable-extensions', '--no-first-run', '--disable-setuid-sandbox', '--headless=new', '--no-sandbox']));
  });

  it('passes each switch once, even one in both lists', () => {
    const flags = lighthouseChromeFlags([...defaults, '--disable-background-networking'], 'linux');
    expect(flags.filter((flag) => flag === '--disable-background-networking')).toHaveLength(1);
    expect(new Set(flags).size).toBe(flags.length);
  });

  it('adds the setuid sandbox switch on Linux only, as chrome-launcher does', () => {
    expect(lighthouseChromeFlags(defaults, 'darwin')).not.toContain('--disable-setuid-sandbox');
  });

  it('refuses a switch with a space, which the CLI would split', () => {
    expect(() => lighthouseChromeFlags([...defaults, '--user-agent=a b'], 'linux')).toThrow(/holds a space/u);
  });

  it("merges into the chrome-launcher Lighthouse runs, whose defaults have a --disable-features of their own", async () => {
    const real = await launcherDefaultFlags();
    const theirs = real.filter((flag) => flag.startsWith('--disable-features='));
    expect(theirs).toHaveLength(1);
    const all = lighthouseChromeFlags(real, 'linux');
    expect(new Set(all).size).toBe(all.length);
    const merged = all.filter((flag) => flag.startsWith('--disable-features='));
    expect(merged).toHaveLength(1);
    const names = merged[0]?.slice('--disable-features='.length).split(',') ?? [];
    expect(names).toEqual(expect.arrayContaining([...(theirs[0]?.slice('--disable-features='.length).split(',') ?? []), ...DISABLED_FEATURES]));
  });
});
