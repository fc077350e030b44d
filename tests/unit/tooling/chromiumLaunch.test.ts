import { describe, expect, it } from 'vitest';
import { DISABLED_FEATURES, launchChromium, mergeDisabledFeatures } from '../../helpers/site.ts';

describe('mergeDisabledFeatures', () => {
  it('folds the defaults and ours into one switch, and names the defaults to leave out', () => {
    const defaults = ['--no-first-run', '--disable-features=PaintHolding,AimEnabled', '--enable-features=X'];
    expect(mergeDisabledFeatures(defaults, ['WebUIOmniboxPopup', 'AimEnabled'])).toEqual({
      ignore: ['--disable-features=PaintHolding,AimEnabled'],
      arg: '--disable-features=PaintHolding,AimEnabled,WebUIOmniboxPopup',
    });
  });

  it('with no default switch, ignores nothing and gives ours alone', () => {
    expect(mergeDisabledFeatures(['--headless'], ['A', 'B'])).toEqual({ ignore: [], arg: '--disable-features=A,B' });
  });

  it('takes every default switch if there are several', () => {
    expect(mergeDisabledFeatures(['--disable-features=A', '--disable-features=B,'], ['C'])).toEqual({
      ignore: ['--disable-features=A', '--disable-features=B,'],
      arg: '--disable-features=A,B,C',
    });
  });
});

describe('launchChromium', () => {
  it('opens a context without the address-bar popup page Chromium preloads, keeping Playwright\'s own list', async () => {
    const browser = await launchChromium();
    try {
      const cdp = await browser.newBrowserCDPSession();
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<title>t</title><p>x</p>');
      // The preload starts with the context's first window and is listed within 0.3 s when on; wait well past that.
      await page.waitForTimeout(1500);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
      expect(targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => t.url)).toEqual([]);
      // Chromium's own account of its switches: one --disable-features, Playwright's list and ours.
      await page.goto('chrome://version');
      const commandLine = await page.locator('#command_line').innerText();
      const switches = commandLine.split(/\s+/u).filter((arg) => arg.startsWith('--disable-features='));
      expect(switches).toHaveLength(1);
      expect(switches[0]).toContain('PaintHolding');
      expect(switches[0]?.endsWith(`,${DISABLED_FEATURES.join(',')}`)).toBe(true);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
