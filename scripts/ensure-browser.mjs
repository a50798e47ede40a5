// Before the browser tests: make sure a Chromium exists. Where none is found
// and we are root on Debian/Ubuntu, install Debian's `chromium` package;
// otherwise stop with instructions.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

let found;
try {
  found = findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (found) {
  console.log(`Browser for end-to-end tests: ${found.path} (${found.source}).`);
  process.exit(0);
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt) {
  console.log('No Chromium found. Installing Debian\'s "chromium" package (this takes a minute or two)...');
  const installed = run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']);
  const after = installed ? findBrowser() : undefined;
  if (after) {
    console.log(`Installed: ${after.path}.`);
    process.exit(0);
  }
  console.error('Installing chromium with apt-get failed (see the output above).');
}

console.error(
  [
    'No Chromium browser found for the end-to-end tests. Get one of these:',
    '  - Debian/Ubuntu: sudo apt-get install chromium',
    '  - or Playwright\'s own build: npx playwright install chromium',
    '  - or point CHROMIUM_PATH at an existing Chrome/Chromium binary.',
  ].join('\n'),
);
process.exit(1);
