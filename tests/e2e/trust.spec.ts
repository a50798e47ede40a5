import { expect, test, type Page } from '@playwright/test';
import { publishedArticles, publishedLivePages } from './published-content';

/** The pages that earn trust, against the production build of content/. */
const articles = publishedArticles();
const withToc = articles.find((article) => (article.html.match(/<h2 /g) ?? []).length >= 3)!;
const withoutToc = articles.find((article) => (article.html.match(/<h2 /g) ?? []).length < 3);

const TRUST_PAGES = {
  '/about': 'About Conflict Desk',
  '/standards': 'Editorial standards',
  '/standards/figures': 'How we report casualty figures',
  '/corrections': 'Corrections',
};

async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, any> | Record<string, any>[];
    return Array.isArray(data) ? data : [data];
  });
}

test('each trust page has its heading, its breadcrumb JSON-LD and a revision date', async ({ page }) => {
  for (const [path, title] of Object.entries(TRUST_PAGES)) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(`${title} | Conflict Desk`);
    await expect(page.locator('.editorial__revised time')).toHaveAttribute('datetime', /\+02:00$/);
    const crumbs = (await jsonLd(page)).find((data) => data['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.at(-1).item).toMatch(new RegExp(`${path}$`));
  }
});

test('the standards cover sourcing, attribution, disputes, anonymity, corrections and independence', async ({ page }) => {
  await page.goto('/standards');
  for (const id of ['sourcing', 'attribution', 'disputed-claims', 'anonymous-sources', 'figures', 'corrections', 'independence']) {
    await expect(page.locator(`h2#${id}`)).toHaveCount(1);
  }
  await page.goto('/standards/figures');
  await expect(page.getByRole('heading', { name: 'Why we never average disagreeing reports' })).toBeVisible();
});

test('the about page gives a clearly marked placeholder corrections address at the site domain', async ({ page, baseURL }) => {
  await page.goto('/about');
  const contact = page.locator('#contact ~ dl');
  const domain = new URL(publishedSiteUrl(await page.content()) ?? baseURL!).hostname.replace(/^www\./, '');
  await expect(contact.getByRole('link', { name: `corrections@${domain}` })).toHaveAttribute('href', `mailto:corrections@${domain}`);
  await expect(page.locator('.editorial__note')).toContainText('placeholders');
});

/** The site URL the build was made with (canonical link), which addresses derive from. */
function publishedSiteUrl(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
}

test('the publisher JSON-LD links every policy, and each link lands on a real section', async ({ page, request }) => {
  await page.goto('/about');
  const org = (await jsonLd(page)).find((data) => data['@type'] === 'NewsMediaOrganization')!;
  const policies = ['publishingPrinciples', 'correctionsPolicy', 'ethicsPolicy', 'verificationFactCheckingPolicy', 'unnamedSourcesPolicy', 'actionableFeedbackPolicy', 'masthead'];
  for (const field of policies) {
    const url = new URL(org[field]);
    const html = await (await request.get(url.pathname)).text();
    if (url.hash) expect(html, `${field} → ${url.pathname}${url.hash}`).toContain(`id="${url.hash.slice(1)}"`);
  }
  expect(org.contactPoint.email).toMatch(/^corrections@/);
});

test('every page has the footer with sections, authors, editorial pages and feeds', async ({ page }) => {
  for (const path of ['/', '/libya', articles[0]!.path, '/topics', '/about', '/search?q=tripoli', '/articles/no-such-story']) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    for (const name of ['Authors', 'About us', 'Editorial standards', 'How we report figures', 'Corrections', 'RSS', 'Atom', 'JSON Feed', 'Corrections (RSS)']) {
      await expect(footer.getByRole('link', { name, exact: true }), `${path}: ${name}`).toHaveCount(1);
    }
  }
});

test('an article: visible breadcrumb matching its JSON-LD, byline to the author page, publishing principles', async ({ page }) => {
  const article = articles[0]!;
  await page.goto(article.path);
  const visible = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
  await expect(visible).toHaveText(['Home', 'Libya coverage', article.title]);
  const data = await jsonLd(page);
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!;
  expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['Home', 'Libya coverage', article.title]);
  const news = data.find((d) => d['@type'] === 'NewsArticle')!;
  expect(news.publishingPrinciples).toMatch(/\/standards$/);
  expect(news.publisher.correctionsPolicy).toMatch(/\/standards#corrections$/);

  const author = article.authors[0]!;
  await page.locator('.byline').getByRole('link', { name: author.name }).click();
  await expect(page).toHaveURL(new RegExp(`/authors/${author.key}$`));
  const profile = (await jsonLd(page)).find((d) => d['@type'] === 'ProfilePage')!;
  expect(profile.mainEntity.name).toBe(author.name);
  expect(['Person', 'Organization']).toContain(profile.mainEntity['@type']);
  if (author.bio) await expect(page.locator('.page-header__bio')).toHaveText(author.bio);
});

test('a story with three or more sections has a table of contents whose links land on its headings', async ({ page }) => {
  await page.goto(withToc.path);
  const links = page.getByRole('navigation', { name: 'Contents', exact: true }).getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`.article__body h2[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
  await links.first().click();
  await expect(page).toHaveURL(/#user-content-/);
  if (withoutToc) {
    await page.goto(withoutToc.path);
    await expect(page.getByRole('navigation', { name: 'Contents', exact: true })).toHaveCount(0);
  }
});

test('related stories never repeat the previous and next links', async ({ page }) => {
  for (const article of articles) {
    await page.goto(article.path);
    const neighbours = await page.locator('.neighbours a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const related = await page.locator('.related a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(related.filter((href) => neighbours.includes(href)), article.path).toEqual([]);
  }
});

test('share links are plain links with the encoded title and URL, and load nothing from elsewhere', async ({ page, baseURL }) => {
  const article = articles[0]!;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(article.path);
  const share = page.getByRole('navigation', { name: 'Share this story' });
  const hrefs = await share.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(4);
  const title = encodeURIComponent(article.title);
  for (const href of hrefs) {
    expect(href).toMatch(/^(mailto:\?|https:\/\/(twitter\.com|www\.facebook\.com|wa\.me)\/)/);
    if (!href.includes('facebook')) expect(href).toContain(title);
    expect(href).toContain(encodeURIComponent(article.path));
  }
  await expect(share.locator('img, svg, script, iframe')).toHaveCount(0);
  const origin = new URL(baseURL!).origin;
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
});

test('the corrections page and feed list every correction, linked to its story or live page', async ({ page, request }) => {
  const corrected = [...articles, ...publishedLivePages()];
  const expected = corrected.flatMap((story) => story.corrections.map((c) => ({ path: story.path, text: c.text })));
  await page.goto('/corrections');
  if (expected.length === 0) await expect(page.getByText('No corrections have been published.')).toBeVisible();
  await expect(page.locator('.corrections-log__entry')).toHaveCount(expected.length);
  // A live page's correction links to its place on the live page, which shows it.
  const live = publishedLivePages().find((p) => p.corrections.length > 0)!;
  expect(live, 'content/ has a corrected live page').toBeDefined();
  const entry = page.locator('.corrections-log__entry').filter({ hasText: live.corrections[0]!.text.slice(0, 60) });
  await expect(entry.getByRole('link', { name: live.title })).toHaveAttribute('href', `${live.path}#correction-1`);
  await page.goto(`${live.path}#correction-1`);
  await expect(page.locator('#correction-1')).toContainText(live.corrections[0]!.text.slice(0, 60));
  const posting = (await jsonLd(page)).find((d) => d['@type'] === 'LiveBlogPosting')!;
  expect(posting.correction.map((c: { text: string }) => c.text)).toEqual(live.corrections.map((c) => c.text));
  await page.goto('/corrections');

  const response = await request.get('/corrections.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      items: [...doc.querySelectorAll('item')].map((item) => ({
        link: item.querySelector('link')?.textContent ?? '',
        description: item.querySelector('description')?.textContent ?? '',
      })),
    };
  }, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.version).toBe('2.0');
  expect(feed.items).toHaveLength(Math.min(expected.length, 50));
  expect(feed.items.map((item) => new URL(item.link).pathname + new URL(item.link).hash)).toContain(`${live.path}#correction-1`);
});

test('the corrections feed is advertised in the head of the corrections page', async ({ page }) => {
  await page.goto('/corrections');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/corrections.xml"]')).toHaveCount(1);
});
