import { expect, test } from '@playwright/test';
import { publishedArticles } from './published-content';

const articles = publishedArticles();
/** An article that carries at least one topic, person and place. */
const article = articles.find((a) => a.topics.length && a.people.length && a.places.length)!;

test('article → topic → person → place → article', async ({ page }) => {
  await page.goto(article.path);
  const links = page.getByRole('navigation', { name: 'In this story' });
  for (const entry of [...article.topics, ...article.people, ...article.places]) {
    await expect(links.getByRole('link', { name: entry.name, exact: true })).toBeVisible();
  }

  const topic = article.topics[0]!;
  await links.getByRole('link', { name: topic.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.key}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name);
  if (topic.description) await expect(page.locator('.page-header__intro')).toHaveText(topic.description);
  const topicStories = articles.filter((a) => a.topics.some((t) => t.key === topic.key));
  await expect(page.locator('.story')).toHaveCount(Math.min(topicStories.length, 20));
  await expect(page.locator('.story').first()).toContainText(topicStories[0]!.title);

  await page.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
  const person = article.people[0]!;
  await page.getByRole('navigation', { name: 'In this story' }).getByRole('link', { name: person.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${person.key}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);

  await page.getByRole('link', { name: article.title, exact: true }).click();
  const place = article.places[0]!;
  await page.getByRole('navigation', { name: 'In this story' }).getByRole('link', { name: place.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/places/${place.key}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(place.name);
  await expect(page.locator('.page-header__facts').first()).toContainText('° N');

  await page.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});

test('taxonomy index pages list every entry with its article count', async ({ page }) => {
  for (const [kind, name] of [
    ['topics', 'Topics'],
    ['people', 'People'],
    ['places', 'Places'],
  ] as const) {
    await page.goto(`/${kind}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const first = articles[0]![kind][0];
    if (!first) continue;
    const count = articles.filter((a) => a[kind].some((e) => e.key === first.key)).length;
    const item = page.locator('.entity-index li', { has: page.getByRole('link', { name: first.name, exact: true }) });
    await expect(item).toContainText(`${count} ${count === 1 ? 'story' : 'stories'}`);
  }
});

test('an author page lists the author’s stories', async ({ page }) => {
  const author = articles[0]!.authors[0]!;
  await page.goto(`/authors/${author.key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name);
  await expect(page.locator('.story').first()).toContainText(articles[0]!.title);
});

test('article pages link the previous and next story in time order', async ({ page }) => {
  const middle = articles[1]!;
  await page.goto(middle.path);
  const neighbours = page.getByRole('navigation', { name: 'Previous and next stories' });
  await expect(neighbours.getByRole('link', { name: articles[2]!.title })).toHaveAttribute('rel', 'prev');
  await expect(neighbours.getByRole('link', { name: articles[0]!.title })).toHaveAttribute('rel', 'next');

  await page.goto(articles[0]!.path);
  await expect(page.getByText('Next story')).toHaveCount(0);
  await page.goto(articles.at(-1)!.path);
  await expect(page.getByText('Previous story')).toHaveCount(0);
});

test('article pages show up to three related stories and the figures they report', async ({ page }) => {
  const withFigures = articles.find((a) => a.figures.length > 0)!;
  await page.goto(withFigures.path);
  const related = page.locator('.related .story');
  expect(await related.count()).toBeGreaterThan(0);
  expect(await related.count()).toBeLessThanOrEqual(3);
  await expect(page.locator('.related')).not.toContainText(withFigures.title);

  const box = page.getByRole('complementary', { name: 'The figures' });
  await expect(box.locator('li')).toHaveCount(withFigures.figures.length);
  await expect(box).toContainText(withFigures.figures[0]!.reported_by);
});

test('unknown taxonomy pages are 404', async ({ request }) => {
  for (const path of ['/topics/no-such-topic', '/people/nobody', '/things', '/topics/air-war/page/2']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the timeline lists key events oldest first, each linked to its story', async ({ page }) => {
  await page.goto('/libya/timeline');
  const items = page.locator('.timeline li');
  expect(await items.count()).toBeGreaterThan(10);
  const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect([...dates].sort()).toEqual(dates);
  await items.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(articles.at(-1)!.title);
});
