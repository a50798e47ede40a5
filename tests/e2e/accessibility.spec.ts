import { expect, test } from '@playwright/test';
import { litePath } from '../../lib/lite/lite-paths';
import { publishedArabicArticles, publishedArticles } from './published-content';
import { axeViolations } from './axe';

const pages = {
  'front page': '/',
  'coverage index': '/libya',
  article: publishedArticles()[0]!.path,
  'article with contents': publishedArticles().find((a) => (a.html.match(/<h2 /g) ?? []).length >= 3)!.path,
  'not-found page': '/articles/no-such-story',
  'topic page': '/topics/tripoli-offensive',
  'person page': '/people/khalifa-hifter',
  'place page': '/places/tripoli',
  'author page': '/authors/conflict-desk',
  'topics index': '/topics',
  timeline: '/libya/timeline',
  'coverage map': '/libya/map',
  'toll overview': '/libya/figures',
  'toll metric page': '/libya/figures/killed',
  'toll metric, later page': '/libya/figures/killed/page/2',
  'places index': '/places',
  'place off the map': '/places/berlin',
  'search results': '/search?q=hifter',
  'empty search': '/search',
  about: '/about',
  standards: '/standards',
  'figures methodology': '/standards/figures',
  corrections: '/corrections',
  'live page': '/live/battle-for-tripoli-first-days',
  'Arabic live page': '/ar/live/battle-for-tripoli-first-days',
  'lite coverage index': '/lite',
  'lite article': `/lite${publishedArticles()[0]!.path}`,
  'lite article with figures and corrections': `/lite${publishedArticles().find((a) => a.figures.length > 0 && a.corrections.length > 0)!.path}`,
  'Arabic lite coverage index': '/ar/lite',
  'lite live page': '/lite/live/battle-for-tripoli-first-days',
  'Arabic lite live page': '/ar/lite/live/battle-for-tripoli-first-days',
  'Arabic lite article with figures and corrections': litePath(publishedArabicArticles().find((a) => a.figures.length > 0 && a.corrections.length > 0)!.path),
};

for (const [name, path] of Object.entries(pages)) {
  test(`${name} has no axe violations, light or dark`, async ({ page }) => {
    expect(await axeViolations(page, path)).toEqual([]);
  });
}
