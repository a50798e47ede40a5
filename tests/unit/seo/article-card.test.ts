import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE, articleCard } from '@/lib/seo/article-card';
import { site } from '@/lib/site';

describe('articleCard', () => {
  it("is the story's 1200×630 PNG card at <path>/opengraph-image, with the headline as alt text", () => {
    expect(articleCard({ path: '/articles/gna-retakes-gharyan', title: 'GNA retakes Gharyan' })).toEqual({
      url: `${site.url}/articles/gna-retakes-gharyan/opengraph-image`,
      width: 1200,
      height: 630,
      alt: 'GNA retakes Gharyan',
      type: 'image/png',
    });
    expect(CARD_SIZE).toEqual({ width: 1200, height: 630 });
  });

  it("is the Arabic edition's own card for an Arabic story, with the Arabic headline", () => {
    const card = articleCard({ path: '/ar/articles/gna-retakes-gharyan', title: 'قوات الوفاق تستعيد غريان' });
    expect(card.url).toBe(`${site.url}/ar/articles/gna-retakes-gharyan/opengraph-image`);
    expect(card.alt).toBe('قوات الوفاق تستعيد غريان');
  });

  it('for any slug and headline: an absolute URL on this site and the headline unchanged as alt', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), fc.constantFrom('', '/ar'), fc.string(), (slug, edition, title) => {
        const card = articleCard({ path: `${edition}/articles/${slug}`, title });
        expect(card.url).toBe(`${site.url}${edition}/articles/${slug}/opengraph-image`);
        expect(card.alt).toBe(title);
      }),
    );
  });
});
