import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoverageMap } from '@/components/CoverageMap';
import { EntityIndex } from '@/components/EntityIndex';
import { SiteLink } from '@/components/SiteLink';
import { coverageMaps } from '@/lib/maps/coverage-map';
import { placeCounts } from '@/lib/maps/place-counts';
import { JsonLd } from '@/components/JsonLd';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { parseTaxonomyKind, TAXONOMY_KINDS, taxonomyIndexPage } from '@/lib/taxonomy-routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { TAXONOMIES } from '@/lib/taxonomy';

type Props = { params: Promise<{ taxonomy: string }> };

export const dynamicParams = false;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export function generateStaticParams() {
  return TAXONOMY_KINDS.map((taxonomy) => ({ taxonomy }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = parseTaxonomyKind((await params).taxonomy);
  return kind
    ? pageMetadata({
        title: TAXONOMIES[kind].title,
        description: `${TAXONOMIES[kind].title} in Conflict Desk's Libya coverage, with their stories.`,
        path: `/${kind}`,
      })
    : {};
}

export default async function TaxonomyIndexPage({ params }: Props) {
  const index = taxonomyIndexPage((await params).taxonomy);
  if (!index) notFound();
  const { kind, page, all } = index;
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: TAXONOMIES[kind].title, path: `/${kind}` },
        ])}
      />
      <EntityIndex kind={kind} page={page} />
      {kind === 'places' ? (
        <section aria-labelledby="places-map-heading">
          <h2 id="places-map-heading" className="section-heading">
            On the map
          </h2>
          <CoverageMap maps={{ libya: coverageMaps(placeCounts(all)).libya }} id="places-map" />
          <p className="more-link">
            <SiteLink href="/libya/map">Close-up of the north-west and stories by place →</SiteLink>
          </p>
        </section>
      ) : null}
    </>
  );
}
