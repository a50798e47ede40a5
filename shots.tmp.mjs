import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = { front: '/ar', index: '/ar/libya', article: '/ar/articles/fixture-story-45', en: '/articles/fixture-story-45' };
for (const scheme of ['light', 'dark']) for (const width of [375, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  for (const [name, url] of Object.entries(pages)) {
    if (name === 'en' && (scheme === 'dark' || width === 375)) continue;
    await page.goto('http://127.0.0.1:4201' + url);
    await page.screenshot({ path: `/tmp/ar-shot-${name}-${width}-${scheme}.png`, fullPage: false });
  }
  await ctx.close();
}
await browser.close();
