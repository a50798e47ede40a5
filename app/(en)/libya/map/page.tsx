import type { Metadata } from 'next';
import { CoverageMap } from '@/components/CoverageMap';
import { JsonLd } from '@/components/JsonLd';
import { COVERAGE_MAP_PLACES, coverageMaps, rankPlaces } from '@/lib/maps/coverage-map';
import { SiteLink } from '@/components/SiteLink';
import { placeCounts } from '@/lib/maps/place-counts';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { taxonomyIndex } from '@/lib/taxonomy-routes';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = pageMetadata({
  title: 'Map of our Libya coverage',
  description: 'Every place our coverage of the war in western Libya names, sized by how many stories name it.',
  path: '/libya/map',
});

export default function CoverageMapPage() {
  const counts = placeCounts(taxonomyIndex('places'));
  const ranked = rankPlaces(counts);
  const shown = ranked.slice(0, COVERAGE_MAP_PLACES);
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Libya coverage', path: '/libya' },
          { name: 'Map', path: '/libya/map' },
        ])}
      />
      <header className="page-header">
        <h1>Map of our coverage</h1>
        <p className="page-header__intro">
          {shown.length < ranked.length ? (
            <>
              The {shown.length} places our stories name most often, of {ranked.length}, sized by how many name
              each; <SiteLink href="/places">every place</SiteLink> has its own page.
            </>
          ) : (
            'Every place our stories name, sized by how many name it.'
          )}{' '}
          Choose a place to read its stories.
        </p>
      </header>
      <CoverageMap maps={coverageMaps(counts)} counts={shown} />
    </>
  );
}
