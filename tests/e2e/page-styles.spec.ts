import { expect, test, type Locator } from '@playwright/test';
import { publishedArticles } from './published-content';

/**
 * Each page inlines only the stylesheets of the components it renders
 * (decision 0021), after its layout's: these check the rules whose outcome
 * depends on that order.
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
