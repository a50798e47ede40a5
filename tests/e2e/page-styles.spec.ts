import { expect, test, type Locator } from '@playwright/test';
import { publishedArticles } from './published-content';
import { SHEET_CSS } from '../../lib/styles/sheet-css';

/**
 * Each page inlines only the stylesheets of the components it renders
 * (decisions 0021 and 0027), after its layout's: these check the rules whose
 * outcome depends on that order, that each sheet is sent once, and that a
 * page reached by a client-side navigation gets the sheets it needs.
 */
const articles = publishedArticles();
const withSubheading = articles.find((article) => article.html.includes('<h2'))!;

async function lineHeightRatio(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  });
}

test("Arabic subheadings keep Naskh's taller lines over the article stylesheet's", async ({ page }) => {
  await page.goto(withSubheading.path);
  expect(await lineHeightRatio(page.locator('.article__body h2').first())).toBeCloseTo(1.25, 2);
  await page.goto('/ar/articles/geneva-permanent-ceasefire-signed');
  const arabicHeading = page.locator('.article__body h2').first();
  await expect(arabicHeading).toBeVisible();
  expect(await lineHeightRatio(arabicHeading)).toBeCloseTo(1.5, 2);
});

test("the front page's timeline teaser keeps its tighter spacing over the timeline stylesheet's", async ({ page }) => {
  await page.goto('/');
  const teaser = page.locator('.timeline--teaser');
  await expect(teaser).toBeVisible();
  expect(await teaser.evaluate((element) => getComputedStyle(element).marginTop)).toBe('16px');
  expect(await teaser.locator('li').first().evaluate((element) => getComputedStyle(element).paddingBottom)).toBe('16px');
});

test('a printed article leaves out navigation and sharing, and prints where its external links go', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(withSubheading.path);
  await expect(page.locator('.article__body')).toBeVisible();
  for (const selector of ['.neighbours', '.entity-links', '.share', '.breadcrumb', '.site-footer']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  // No published story links out from its body or sources yet: the rule itself must be on the page.
  const printRules = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].flatMap((rule) =>
        rule instanceof CSSMediaRule && rule.media.mediaText === 'print' ? [...rule.cssRules].map((inner) => inner.cssText) : [],
      ),
    ),
  );
  expect(printRules.some((rule) => rule.includes('.article__body a[href^="http"]::after') && rule.includes('attr(href)'))).toBe(true);
});

test('a page carries each of its stylesheets once, in its <head>, and not in its RSC payload', async ({ request }) => {
  const html = await (await request.get('/articles/geneva-permanent-ceasefire-signed')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  for (const sheet of ['globals', 'search', 'article'] as const) {
    expect(head, sheet).toContain(`<style data-sheet="${sheet}">${SHEET_CSS![sheet]}</style>`);
    expect(html.split(SHEET_CSS![sheet]).length - 1, `${sheet} appears once`).toBe(1);
  }
  // The RSC payload names no sheet's text: a distinctive rule of the article sheet is in the <head> only.
  expect(html.split('.article__title{').length - 1).toBe(1);
  expect(head).not.toContain('data-sheet="front-page"');
  expect(head).not.toContain('data-sheet="arabic"');
});

test('a page reached by a client-side navigation loads the sheets the first page did not have, as cached files', async ({ page }) => {
  const sheetFiles: { url: string; type: string | undefined; cache: string | undefined }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/css/')) {
      sheetFiles.push({ url: response.url(), type: response.headers()['content-type'], cache: response.headers()['cache-control'] });
    }
  });
  await page.goto('/libya', { waitUntil: 'networkidle' });
  expect(await page.locator('style[data-sheet="article"]').count()).toBe(0);
  const link = page.locator('main a[href^="/articles/"]').first();
  const target = await link.getAttribute('href');
  // Marks this document: a full page load would lose it, a client-side navigation keeps it.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await link.click();
  await page.waitForURL(`**${target}`);
  await expect(page.locator('h1.article__title')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  // The article sheet's rule applies: the headline is tightened (letter-spacing: -0.015em), as on a full load.
  const letterSpacing = await page.locator('h1.article__title').evaluate((element) => getComputedStyle(element).letterSpacing);
  expect(letterSpacing).not.toBe('normal');
  expect(parseFloat(letterSpacing)).toBeLessThan(0);
  expect(sheetFiles.map((file) => new URL(file.url).pathname)).toContain('/css/article.css');
  for (const file of sheetFiles) {
    expect(file.type, file.url).toBe('text/css; charset=utf-8');
    expect(file.cache, file.url).toBe('public, max-age=31536000, immutable');
    expect(file.url).toMatch(/\?v=[0-9a-f]{10}$/);
  }
});

test('a stylesheet file that does not exist is a 404', async ({ request }) => {
  expect((await request.get('/css/nope.css')).status()).toBe(404);
  expect((await request.get('/css/globals.css')).status()).toBe(200);
});
