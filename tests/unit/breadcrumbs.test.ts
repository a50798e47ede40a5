import { describe, expect, it } from 'vitest';
import { articleBreadcrumbs } from '../../lib/breadcrumbs';
import { breadcrumbJsonLd } from '../../lib/seo/json-ld';
import { absoluteUrl } from '../../lib/site';

describe('articleBreadcrumbs', () => {
  it('goes Home › Libya coverage › headline', () => {
    expect(articleBreadcrumbs({ title: 'Gharyan falls', path: '/articles/gharyan' })).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Libya coverage', path: '/libya' },
      { name: 'Gharyan falls', path: '/articles/gharyan' },
    ]);
  });

  it('gives the BreadcrumbList JSON-LD the same names and links in the same order', () => {
    const crumbs = articleBreadcrumbs({ title: 'A </script> headline', path: '/articles/x' });
    const list = breadcrumbJsonLd(crumbs) as { itemListElement: { position: number; name: string; item: string }[] };
    expect(list.itemListElement.map(({ name, item }) => ({ name, item }))).toEqual(
      crumbs.map((crumb) => ({ name: crumb.name, item: absoluteUrl(crumb.path) })),
    );
    expect(list.itemListElement.map((entry) => entry.position)).toEqual([1, 2, 3]);
  });
});
