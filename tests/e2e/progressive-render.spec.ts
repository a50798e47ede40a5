import { publishedArticles, publishedLivePages } from './published-content';
import { testProgressiveRender } from './progressive-render';

/** The real content's page types, English and Arabic (the test itself: progressive-render.ts). */
const article = publishedArticles()[0]!.path;
const live = `/live/${publishedLivePages()[0]!.slug}`;
const PAGES = [
  '/',
  '/libya',
  article,
  live,
  `/lite${article}`,
  '/lite',
  '/search?q=tripoli',
  '/libya/timeline',
  '/libya/figures',
  '/libya/map',
  '/topics',
  '/people/fayez-al-sarraj',
  '/no-such-page',
  '/ar',
  '/ar/libya',
  `/ar${article}`,
];

testProgressiveRender(PAGES);
