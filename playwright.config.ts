import { defineConfig } from '@playwright/test';
import { findBrowser, playwrightChromium } from './scripts/find-browser.mjs';

/**
 * End-to-end tests against two production builds:
 * - `site` (port 3100): the real content in content/ (`npm run build`);
 * - `fixtures` (port 3101): 45 synthetic articles and a draft, to exercise
 *   pagination and drafts (`npm run build:fixtures`, into .next-fixtures).
 * `npm run test:e2e` builds both first.
 */
// E2E_PORT_BASE lets several checkouts run their suites side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3100);
const SITE_PORT = PORT_BASE;
const FIXTURES_PORT = PORT_BASE + 1;
// As `npm start` serves a build: with the memory settings of scripts/server-memory.mjs.
const serve = 'node scripts/serve.mjs';

const browser = findBrowser();
const ownBrowser = browser?.path === playwrightChromium();
const launchOptions = ownBrowser || !browser
  ? {}
  : {
      executablePath: browser.path,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { browserName: 'chromium', launchOptions, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'site',
      testIgnore: /(fixtures|embargo|live-fixtures|arabic-fixtures)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: 'fixtures',
      testMatch: /(fixtures|embargo|arabic-fixtures)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${FIXTURES_PORT}` },
    },
  ],
  webServer: [
    {
      command: `${serve} -p ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/libya`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${serve} -p ${FIXTURES_PORT}`,
      url: `http://127.0.0.1:${FIXTURES_PORT}/libya`,
      env: { NEXT_DIST_DIR: '.next-fixtures', CONTENT_DIR: 'tests/fixtures/generated/paginated' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
