/**
 * npm test's first step: make sure the browser tests have a Chromium. Finds CHROMIUM_PATH, a
 * system Chromium or Chrome, or Playwright's cache; on Debian, as root, installs the chromium
 * package; otherwise stops (exit 1) with the one command to run. See tests/helpers/findBrowser.ts.
 */
import { spawnSync } from 'node:child_process';
import { browserPlan, thisMachine } from '../tests/helpers/findBrowser.ts';

let plan = browserPlan(thisMachine());
if (plan.kind === 'install') {
  console.log(`provision-browser: ${plan.why}`);
  for (const [command, ...args] of plan.command) {
    const run = spawnSync(command as string, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(`provision-browser: \`${[command, ...args].join(' ')}\` failed (exit ${run.status ?? run.signal}).`);
      process.exit(1);
    }
  }
  plan = browserPlan(thisMachine());
}
if (plan.kind !== 'found') {
  console.error(`provision-browser: ${plan.kind === 'stop' ? plan.message : 'the chromium package was installed but no Chromium was found.'}`);
  process.exit(1);
}
console.log(`provision-browser: the browser tests use ${plan.path} (${plan.source}).`);
