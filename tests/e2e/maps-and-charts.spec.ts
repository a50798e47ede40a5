import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { isTollMetric, TOLL_PAGE_POINTS } from '../../lib/figures/toll';
import { publishedArticles } from './published-content';

const articles = publishedArticles();
const withPlaces = articles.find((a) => a.places.length >= 3 && a.dateline)!;
const tollFigures = articles.flatMap((a) => a.figures.filter((f) => isTollMetric(f.metric)));
/** The inline part of a map (points, labels, text alternative); the geography is a cached image. */
const MAP_BUDGET_GZIP_KB = 8;

test.describe('maps', () => {
  test("an article's locator map names its places, links them and reserves its space", async ({ page }) => {
    await page.goto(withPlaces.path);
    const map = page.getByRole('img', { name: /^Map: where this story happened/ });
    await expect(map).toBeVisible();
    await expect(map).toHaveAttribute('viewBox', /^0 0 \d+ \d+$/);
    await expect(map).toHaveAttribute('width', /^\d+$/);
    await expect(map).toHaveAttribute('height', /^\d+$/);
    const caption = page.locator('.locator__caption');
    for (const place of withPlaces.places) {
      await expect(caption.getByRole('link', { name: place.name, exact: true })).toHaveAttribute('href', `/places/${place.key}`);
    }
    await expect(caption).toContainText(`${withPlaces.dateline!.name} (dateline)`);
    await expect(page.locator('.locator .map__point--emphasis')).toHaveCount(
      // The dateline is drawn emphasised when it is on the map.
      (await caption.textContent())!.includes(`${withPlaces.dateline!.name} (dateline) (beyond the map)`) ? 0 : 1,
    );
  });

  test(`every map weighs under ${MAP_BUDGET_GZIP_KB} KB gzip`, async ({ page }) => {
    for (const path of [withPlaces.path, '/libya/map', '/places/tripoli', '/places']) {
      await page.goto(path);
      const svgs = await page.locator('svg.map').evaluateAll((nodes) => nodes.map((n) => n.outerHTML));
      expect(svgs.length, path).toBeGreaterThan(0);
      for (const svg of svgs) expect(gzipSync(svg).length / 1024, path).toBeLessThan(MAP_BUDGET_GZIP_KB);
    }
  });

  test("every map draws its frame's geography from one cached, versioned file, in the page's colours", async ({ page, request }) => {
    const hrefs = new Set<string>();
    for (const path of [withPlaces.path, '/libya/map', '/places/tripoli']) {
      await page.goto(path);
      for (const href of await page.locator('svg.map use').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')!))) hrefs.add(href);
      // The used shapes are drawn in the page's colours (custom properties inherit into <use>).
      const land = await page.locator('svg.map use').first().evaluate((use) => getComputedStyle(use).getPropertyValue('--map-land').trim());
      expect(land, path).toBe('#ebe7de');
    }
    expect(hrefs.size).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/maps\/[a-z]+\.svg\?v=[0-9a-f]{12}#geography$/);
      const response = await request.get(href.split('#')[0]!);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      const svg = await response.text();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('<g id="geography">');
      expect(svg.match(/<path /g)).toHaveLength(4);
    }
    expect((await request.get('/maps/atlantis.svg')).status()).toBe(404);
  });

  test('the coverage map links every place its stories name, sized by count', async ({ page }) => {
    await page.goto('/libya/map');
    const map = page.getByRole('group', { name: /^Map: places in our coverage across Libya/ });
    await expect(map).toBeVisible();
    const tripoli = map.getByRole('link', { name: /^Tripoli: \d+ stories$/ });
    await expect(tripoli).toHaveAttribute('href', '/places/tripoli');
    const table = page.getByRole('table', { name: 'Places by number of stories' });
    await expect(table.getByRole('link', { name: 'Tripoli', exact: true })).toBeVisible();
    // Bigger circles for more stories.
    const radius = (key: string) => map.locator(`a[href="/places/${key}"] circle`).getAttribute('r').then(Number);
    expect(await radius('tripoli')).toBeGreaterThan(await radius('zintan'));
    await page.getByRole('group', { name: /north-western Libya/ }).getByRole('link', { name: /^Gharyan:/ }).click();
    await expect(page).toHaveURL(/\/places\/gharyan$/);
  });

  test('a place page shows where the place is; the places index shows them all', async ({ page }) => {
    await page.goto('/places/sirte');
    await expect(page.getByRole('img', { name: 'Map: where Sirte is' })).toBeVisible();
    await page.goto('/places/berlin');
    await expect(page.getByText('Berlin lies beyond our maps of Libya.')).toBeVisible();
    await page.goto('/places');
    await expect(page.getByRole('group', { name: /^Map: places in our coverage/ })).toBeVisible();
  });

  test('map labels do not overlap', async ({ page }) => {
    for (const path of ['/libya/map', withPlaces.path]) {
      await page.goto(path);
      const boxes = await page.locator('svg.map .map__label').evaluateAll((nodes) =>
        nodes.map((n) => {
          const r = n.getBoundingClientRect();
          return { text: n.textContent, x: r.x, y: r.y, w: r.width, h: r.height, svg: n.closest('svg')!.id || n.closest('svg')!.getAttribute('aria-labelledby') };
        }),
      );
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          if (a.svg !== b.svg) continue;
          const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
          expect(overlap, `${path}: labels ${a.text} and ${b.text} overlap`).toBe(false);
        }
      }
    }
  });
});

test.describe('the toll', () => {
  test('charts each metric with an accessible name, linked points and a table', async ({ page }) => {
    await page.goto('/libya/figures');
    const killed = page.getByRole('group', { name: 'Chart: killed, reports over time' });
    await expect(killed).toBeVisible();
    // Each chart shows its metric's latest TOLL_PAGE_POINTS reports (the CSV has them all).
    const shown = (metric: string) => Math.min(tollFigures.filter((f) => f.metric === metric).length, TOLL_PAGE_POINTS);
    const count = shown('killed');
    await expect(killed.getByRole('link')).toHaveCount(count);
    await expect(killed.getByRole('link').first()).toHaveAccessibleName(/reported by /);
    // The table is folded away under the chart and opens without JavaScript.
    await page.locator('#killed summary').click();
    await expect(page.getByRole('table', { name: 'Killed: every report, by date' }).locator('tbody tr')).toHaveCount(count);
    const points = await page.locator('svg.chart a').count();
    expect(points).toBe([...new Set(tollFigures.map((f) => f.metric))].reduce((sum, metric) => sum + shown(metric), 0));
  });

  test('the CSV holds the same reports, escaped', async ({ request }) => {
    const response = await request.get('/libya/figures.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('metric,qualifier,value,unit,as_of,scope,reported_by,article_title,article_url');
    expect(lines).toHaveLength(tollFigures.length + 1);
    expect(lines.some((line) => /,"[^"]*, [^"]*",/.test(line))).toBe(true);
  });

  test("an article's fact box links to the chart", async ({ page }) => {
    const article = articles.find((a) => a.figures.some((f) => f.metric === 'killed'))!;
    await page.goto(article.path);
    await page.getByRole('link', { name: /charted over time/ }).click();
    await expect(page).toHaveURL(/\/libya\/figures#\w/);
  });
});

test.describe('front page and header', () => {
  test('shows the lead with its map, top stories, key figures and the timeline teaser', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.lead').getByRole('img', { name: /^Map:/ })).toBeVisible();
    await expect(page.locator('.top-story')).toHaveCount(3);
    const figures = page.getByRole('region', { name: 'Key figures, as last reported' });
    await expect(figures.getByRole('link', { name: /killed/ })).toHaveAttribute('href', '/libya/figures#killed');
    await expect(page.getByRole('region', { name: 'Timeline: turning points' }).getByRole('listitem')).toHaveCount(4);
  });

  test('the header is at most 100 px tall on a 375 px phone, and search works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto('/');
    const box = await page.locator('.site-header').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(100);
    const search = page.getByRole('search', { name: 'Site search' });
    await search.getByRole('searchbox', { name: 'Search coverage' }).fill('Gharyan');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=Gharyan$/);
    await context.close();
  });

  test('the header is one row at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const box = await page.locator('.site-header').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(64);
  });
});
