import { absoluteUrl } from '@/lib/site';

/** The size of every OpenGraph card the site draws. */
export const CARD_SIZE = { width: 1200, height: 630 };

/**
 * A story's OpenGraph card as its pages name it (og:image, twitter:image, structured data), for
 * either edition: drawn at this address by app/(en)/articles/[slug]/opengraph-image/route.tsx or
 * app/ar/articles/[slug]/opengraph-image/route.ts, which a publish regenerates
 * (lib/publishing/affected.ts). Its text is the headline, and so is its alt text.
 */
export function articleCard(article: { path: string; title: string }) {
  return { url: absoluteUrl(`${article.path}/opengraph-image`), ...CARD_SIZE, alt: article.title, type: 'image/png' };
}
