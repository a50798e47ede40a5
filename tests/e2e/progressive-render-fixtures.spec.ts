import { testProgressiveRender } from './progressive-render';

/**
 * The fixtures build's pages that the real content does not have: a paginated index and lite
 * index, a live page's older entries, an article with a lead photo and a correction, a toll
 * metric with many reports (the test itself: progressive-render.ts).
 */
testProgressiveRender([
  '/libya/page/2',
  '/lite/page/2',
  '/live/fixture-live/page/2',
  '/articles/fixture-story-45',
  '/articles/fixture-story-10',
  '/libya/figures/killed',
  '/corrections',
]);
