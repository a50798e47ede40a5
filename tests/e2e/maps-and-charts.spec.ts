import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { isTollMetric, TOLL_LABELS, TOLL_METRICS } from '../../lib/figures/toll';
import { TOLL_PAGE_SIZE } from '../../lib/figures/toll-pages';
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
    await expect(caption).toContainText(new RegExp(`${withPlaces.dateline!.name} \\(dateline(, beyond the map)?\\)`));
    await expect(page.locator('.locator .map__point--emphasis')).toHaveCount(
      // The dateline is drawn emphasised when it is on the map.
      (await caption.textContent())!.includes(`${withPlaces.dateline!.name} (dateline, beyond the map)`) ? 0 : 1,
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

const reported = TOLL_METRICS.filter((metric) => tollFigures.some((f) => f.metric === metric));
const countOf = (metric: string) => tollFigures.filter((f) => f.metric === metric).length;
const RAW_HTML_BUDGET_KB = 100;

test.describe('the toll', () => {
  test('the overview gives each reported metric its latest reports, a sparkline and a link to its page', async ({ page }) => {
    await page.goto('/libya/figures');
    await expect(page.locator('section.toll-summary')).toHaveCount(reported.length);
    for (const metric of reported) {
      const section = page.getByRole('region', { name: TOLL_LABELS[metric].title, exact: true });
      await expect(section.getByRole('img', { name: /^Chart of (the newest \d+ of \d+ reports|all \d+ reports|the one report), / })).toBeVisible();
      await expect(section.locator('.toll-summary__reports li').first()).toContainText('Reported by');
      await expect(section.locator('.toll-summary__reports a[href^="/articles/"]').first()).toBeVisible();
      await expect(section.getByRole('link', { name: new RegExp(`: (all ${countOf(metric)} reports|the one report), charted`) })).toHaveAttribute(
        'href',
        `/libya/figures/${metric}`,
      );
    }
    // No full charts or tables here: they are on the metric pages.
    await expect(page.locator('svg.chart, table')).toHaveCount(0);
    await page.getByRole('link', { name: /^Killed: all \d+ reports/ }).click();
    await expect(page).toHaveURL(/\/libya\/figures\/killed$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Killed, as reported');
  });

  test("a metric page's chart labels are readable on a phone and not outsized on a wide screen", async ({ browser }) => {
    for (const [width, least, most] of [
      [375, 11, 13],
      [1280, 11, 16],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto('/libya/figures/killed');
      // The size a label is read at: its font size in the drawing, times the drawing's scale on screen.
      const size = await page.locator('svg.chart').evaluate((svg) => {
        const { width: drawn } = (svg as SVGSVGElement).viewBox.baseVal;
        return (Number(svg.getAttribute('font-size')) * svg.getBoundingClientRect().width) / drawn;
      });
      expect(size, `${width} px screen`).toBeGreaterThanOrEqual(least);
      expect(size, `${width} px screen`).toBeLessThanOrEqual(most);
      await page.close();
    }
  });

  test('a metric page charts its newest reports with linked points and the same rows in a table, paged back in time', async ({ page }) => {
    const total = countOf('killed');
    expect(total, 'the real content has more than one page of killed reports').toBeGreaterThan(TOLL_PAGE_SIZE);
    await page.goto('/libya/figures/killed');
    const chart = page.getByRole('group', { name: /^Chart: killed, reports \d+ to \d+ of \d+ over time$/ });
    await expect(chart.getByRole('link')).toHaveCount(TOLL_PAGE_SIZE);
    const rows = page.getByRole('table', { name: /^Killed: reports/ }).locator('tbody tr');
    await expect(rows).toHaveCount(TOLL_PAGE_SIZE);
    // Each point's link is named by its table row: number, date, value, what is counted, source, story.
    const cells = await rows.first().locator('td').allTextContents();
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(chart.getByRole('link').first()).toHaveAccessibleName(new RegExp(cells.map(escape).join('\\s*')));
    // Numbered from the oldest report: page 1 ends with the newest, number `total`.
    await expect(rows.last().locator('td').first()).toHaveText(String(total));
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'The toll' })).toHaveAttribute('href', '/libya/figures');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/libya\/figures\/killed$/);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd.some((text) => text.includes('"BreadcrumbList"') && text.includes('/libya/figures/killed'))).toBe(true);

    await page.getByRole('link', { name: 'Older reports →' }).click();
    await expect(page).toHaveURL(/\/libya\/figures\/killed\/page\/2$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/libya\/figures\/killed\/page\/2$/);
    await expect(page.getByRole('table', { name: /^Killed: reports/ }).locator('tbody tr').last().locator('td').first()).toHaveText(
      String(total - TOLL_PAGE_SIZE),
    );
    await expect(page.getByRole('link', { name: '← Newer reports' })).toHaveAttribute('href', '/libya/figures/killed');
  });

  test('every report is on exactly one metric page', async ({ request }) => {
    for (const metric of reported) {
      const pages = Math.ceil(countOf(metric) / TOLL_PAGE_SIZE);
      let rows = 0;
      for (let n = 1; n <= pages; n++) {
        const html = await (await request.get(n === 1 ? `/libya/figures/${metric}` : `/libya/figures/${metric}/page/${n}`)).text();
        rows += (html.match(new RegExp(`<tr id="${metric}-\\d+">`, 'g')) ?? []).length;
      }
      expect(rows, metric).toBe(countOf(metric));
    }
  });

  test('unknown metrics, metrics nobody reported and pages past the last are real 404s; page 1 redirects', async ({ request }) => {
    for (const path of ['/libya/figures/nonsense', '/libya/figures/oil-output', `/libya/figures/killed/page/${Math.ceil(countOf('killed') / TOLL_PAGE_SIZE) + 1}`, '/libya/figures/killed/page/0']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    const unreported = TOLL_METRICS.find((metric) => !reported.includes(metric));
    if (unreported) expect((await request.get(`/libya/figures/${unreported}`)).status()).toBe(404);
    const one = await request.get('/libya/figures/killed/page/1', { maxRedirects: 0 });
    expect(one.status()).toBe(308);
    expect(one.headers()['location']).toMatch(/\/libya\/figures\/killed$/);
  });

  test(`the overview and every metric page stay under ${RAW_HTML_BUDGET_KB} KB of raw HTML`, async ({ request }) => {
    const paths = ['/libya/figures', ...reported.flatMap((metric) => Array.from({ length: Math.ceil(countOf(metric) / TOLL_PAGE_SIZE) }, (_, i) => (i === 0 ? `/libya/figures/${metric}` : `/libya/figures/${metric}/page/${i + 1}`)))];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const kb = (await response.body()).length / 1024;
      expect(kb, `${path}: ${kb.toFixed(1)} KB`).toBeLessThan(RAW_HTML_BUDGET_KB);
    }
  });

  test('the CSV holds every report, escaped', async ({ request }) => {
    const response = await request.get('/libya/figures.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('metric,qualifier,value,unit,as_of,scope,reported_by,article_title,article_url');
    expect(lines).toHaveLength(tollFigures.length + 1);
    expect(lines.some((line) => /,"[^"]*, [^"]*",/.test(line))).toBe(true);
  });

  test("an article's fact box links to its metric's page", async ({ page }) => {
    const article = articles.find((a) => a.figures.some((f) => f.metric === 'killed'))!;
    await page.goto(article.path);
    await page.getByRole('link', { name: /charted over time/ }).click();
    await expect(page).toHaveURL(/\/libya\/figures\/[a-z-]+$/);
  });
});

test.describe('front page and header', () => {
  test('shows the lead with its map, top stories, key figures and the timeline teaser', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.lead').getByRole('img', { name: /^Map:/ })).toBeVisible();
    await expect(page.locator('.top-story')).toHaveCount(3);
    const figures = page.getByRole('region', { name: 'Key figures, as last reported' });
    await expect(figures.getByRole('link', { name: /killed/ })).toHaveAttribute('href', '/libya/figures/killed');
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
