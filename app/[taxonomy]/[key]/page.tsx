import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityPage } from '@/components/EntityPage';
import { PlaceLocation } from '@/components/PlaceLocation';
import type { Place } from '@/lib/content/registries';
import { singlePlaceMap } from '@/lib/maps/place-map';
import { entityPageMetadata } from '@/lib/seo/metadata';
import { taxonomyPage, taxonomyPages } from '@/lib/taxonomy-routes';

type Props = { params: Promise<{ taxonomy: string; key: string }> };

export const dynamicParams = false;

/** Regenerated at most every 5 minutes, so scheduled articles appear without a rebuild. */
export const revalidate = 300;

export function generateStaticParams() {
  return taxonomyPages().map(({ kind, key }) => ({ taxonomy: kind, key }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taxonomy, key } = await params;
  const data = taxonomyPage(taxonomy, key);
  return data ? entityPageMetadata(data.kind, data.entry, 1) : {};
}

export default async function TaxonomyEntryPage({ params }: Props) {
  const { taxonomy, key } = await params;
  const data = taxonomyPage(taxonomy, key);
  if (!data) notFound();
  const place = data.kind === 'places' ? (data.entry as Place) : undefined;
  return (
    <EntityPage
      kind={data.kind}
      entry={data.entry}
      articles={data.page.items}
      total={data.total}
      info={data.page}
      aside={place ? <PlaceLocation place={place} map={singlePlaceMap(place)} /> : undefined}
    />
  );
}
