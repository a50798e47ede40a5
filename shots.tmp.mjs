import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = { front: '/ar', index: '/ar/libya', article: '/ar/articles/lna-takes-sirte', figures: '/ar/articles/air-strike-shuts-tripoli-mitiga-airport-as-thousands-flee', en: '/articles/lna-takes-sirte' };
for (const scheme of ['light', 'dark']) for (const width of [375, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  for (const [name, url] of Object.entries(pages)) {
    if (name === 'en' && (scheme === 'dark' || width === 375)) continue;
    await page.goto('http://127.0.0.1:4203' + url);
    await page.screenshot({ path: `/tmp/ar-real-${name}-${width}-${scheme}.png`, fullPage: false });
  }
  await ctx.close();
}
await browser.close();
