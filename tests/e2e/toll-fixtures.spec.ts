import { expect, test } from '@playwright/test';
import { TOLL_PAGE_SIZE } from '../../lib/figures/toll-pages';
import { nuCheckerErrors } from './nu-checker';
import { axeViolations } from './axe';

/**
 * The toll pages on the fixture build (tests/fixtures/make-paginated-content.mjs):
 * 82 killed reports with long texts (several pages of TOLL_PAGE_SIZE), a few wounded
 * reports, and a draft's detained report that must never show.
 */
const KILLED = 82;
const KILLED_PAGES = Math.ceil(KILLED / TOLL_PAGE_SIZE);
const RAW_HTML_BUDGET_KB = 100;
const killedPath = (n: number) => (n === 1 ? '/libya/figures/killed' : `/libya/figures/killed/page/${n}`);

test('a metric with many reports is paged from the newest back, every report on exactly one page', async ({ page }) => {
  expect(KILLED_PAGES).toBeGreaterThan(2);
  await page.goto('/libya/figures/killed');
  const numbers: number[] = [];
  for (let n = 1; n <= KILLED_PAGES; n++) {
    await expect(page).toHaveURL(new RegExp(`${killedPath(n).replace(/\//g, '\\/')}$`));
    await expect(page.getByText(`Page ${n} of ${KILLED_PAGES}`, { exact: true })).toBeVisible();
    const cells = await page.locator('.toll-table tbody tr td:first-child').allTextContents();
    expect(cells.length).toBe(n < KILLED_PAGES ? TOLL_PAGE_SIZE : KILLED - (KILLED_PAGES - 1) * TOLL_PAGE_SIZE);
    await expect(page.locator('svg.chart a')).toHaveCount(cells.length);
    numbers.push(...cells.map(Number));
    if (n < KILLED_PAGES) await page.getByRole('link', { name: 'Older reports →' }).click();
  }
  await expect(page.getByRole('link', { name: 'Older reports →' })).toHaveCount(0);
  expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: KILLED }, (_, i) => i + 1));
});

test('the overview shows the reported metrics only; a draft\'s figures stay hidden', async ({ page, request }) => {
  await page.goto('/libya/figures');
  await expect(page.locator('section.toll-summary h2')).toHaveText(['Killed', 'Wounded']);
  // Stories 41 and 42 share the newest Libya day: four reports, the two largest shown.
  await expect(page.locator('#killed .toll-summary__value')).toHaveText(['At least 427', 'At least 420']);
  await expect(page.locator('#killed .toll-summary__also')).toHaveText('2 more reports that day.');
  expect((await request.get('/libya/figures/detained')).status()).toBe(404);
  expect((await request.get(`/libya/figures/killed/page/${KILLED_PAGES + 1}`)).status()).toBe(404);
  const csv = await (await request.get('/libya/figures.csv')).text();
  expect(csv).not.toContain('Draft Source');
});

test(`the overview and every page of a metric stay under ${RAW_HTML_BUDGET_KB} KB of raw HTML`, async ({ request }) => {
  for (const path of ['/libya/figures', ...Array.from({ length: KILLED_PAGES }, (_, i) => killedPath(i + 1)), '/libya/figures/wounded']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const kb = (await response.body()).length / 1024;
    expect(kb, `${path}: ${kb.toFixed(1)} KB`).toBeLessThan(RAW_HTML_BUDGET_KB);
  }
});

const PAGES = { overview: '/libya/figures', 'metric page': '/libya/figures/killed', 'last metric page': killedPath(KILLED_PAGES) };

for (const [name, url] of Object.entries(PAGES)) {
  test(`toll ${name} has no axe violations, light or dark`, async ({ page }) => {
    expect(await axeViolations(page, url)).toEqual([]);
  });
}

test('the toll pages pass the Nu HTML Checker with zero errors', async ({ request }) => {
  test.setTimeout(120_000);
  expect(await nuCheckerErrors(request, PAGES)).toEqual([]);
});
