// Finds a Chromium for Playwright: $CHROMIUM_PATH, Playwright's own
// download, then Debian's package. Returns undefined when there is none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {{ path: string, source: string } | undefined} */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const own = playwrightChromium();
  if (own) return { path: own, source: "Playwright's own Chromium" };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  return system ? { path: system, source: 'system package' } : undefined;
}
