import { expect, test } from '@playwright/test';
import { nuCheckerErrors } from './nu-checker';
import { litePath } from '../../lib/lite/lite-paths';
import { publishedArabicArticles, publishedArticles } from './published-content';

/**
 * Every page type's HTML, checked by the W3C Nu HTML Checker (the vnu-jar
 * package; needs Java). Zero errors allowed.
 */
const article = publishedArticles()[0]!;
const PAGES = {
  front: '/',
  index: '/libya',
  article: article.path,
  'article-with-contents': publishedArticles().find((a) => (a.html.match(/<h2 /g) ?? []).length >= 3)!.path,
  timeline: '/libya/timeline',
  'coverage-map': '/libya/map',
  figures: '/libya/figures',
  'figures-metric': '/libya/figures/killed',
  'figures-metric-page': '/libya/figures/killed/page/2',
  'place-index': '/places',
  'topic-index': '/topics',
  topic: '/topics/tripoli-offensive',
  person: '/people/khalifa-hifter',
  place: '/places/tripoli',
  author: '/authors/conflict-desk',
  search: '/search?q=hifter',
  'not-found': '/articles/no-such-story',
  about: '/about',
  standards: '/standards',
  'figures-method': '/standards/figures',
  corrections: '/corrections',
  live: '/live/battle-for-tripoli-first-days',
  'ar-live': '/ar/live/battle-for-tripoli-first-days',
  'lite-index': '/lite',
  'lite-article': `/lite${article.path}`,
  'lite-article-with-figures': `/lite${publishedArticles().find((a) => a.figures.length > 0 && a.corrections.length > 0)!.path}`,
  'ar-lite-index': '/ar/lite',
  'lite-live': '/lite/live/battle-for-tripoli-first-days',
  'ar-lite-live': '/ar/lite/live/battle-for-tripoli-first-days',
  'ar-lite-article-with-figures': litePath(publishedArabicArticles().find((a) => a.figures.length > 0 && a.corrections.length > 0)!.path),
};

test('every page type passes the Nu HTML Checker with zero errors', async ({ request }) => {
  test.setTimeout(120_000);
  expect(await nuCheckerErrors(request, PAGES)).toEqual([]);
});
